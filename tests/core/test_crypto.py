from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection

from lianyang.core.crypto import blind_index, mask
from lianyang.people.models import IdentityDocument
from tests.factories import make_passport, make_resident


def test_mask_keeps_three_first_and_two_last_characters():
    assert mask("E12345689") == "E12****89"
    assert mask("AB12") == "****"


def test_blind_index_ignores_case_spaces_and_hyphens():
    assert blind_index("e1234 5689") == blind_index("E1234-5689")
    assert blind_index("E12345689") != blind_index("E12345680")


def test_document_number_is_stored_encrypted(station_a):
    document = make_passport(make_resident(station_a), number="X98765432")
    with connection.cursor() as cursor:
        cursor.execute("SELECT number FROM people_identitydocument WHERE id = %s", [document.pk])
        stored = cursor.fetchone()[0]
    assert "X98765432" not in stored
    assert IdentityDocument.objects.get(pk=document.pk).number == "X98765432"


def test_rotation_re_encrypts_every_row_under_the_newest_key(station_a, settings):
    document = make_passport(make_resident(station_a), number="R11122233")
    old_key = settings.FIELD_ENCRYPTION_KEYS[0]
    new_key = Fernet.generate_key().decode()
    settings.FIELD_ENCRYPTION_KEYS = [new_key, old_key]
    call_command("rotate_encryption_keys", verbosity=0)
    settings.FIELD_ENCRYPTION_KEYS = [new_key]
    assert IdentityDocument.objects.get(pk=document.pk).number == "R11122233"


def test_a_dump_holds_ciphertext_and_loads_back_to_the_same_numbers(station_a, tmp_path):
    # `lianyang dumpdata` and fixtures hold what the database holds: never a document number in clear.
    document = make_passport(
        make_resident(station_a), number="X24681357", mrz="P<XXXDOE<<JANE<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<"
    )
    dump = tmp_path / "people.json"
    call_command("dumpdata", "people.identitydocument", output=str(dump), verbosity=0)
    text = dump.read_text()
    assert "X24681357" not in text and "DOE<<JANE" not in text
    IdentityDocument.objects.filter(pk=document.pk).update(number="", mrz="")
    call_command("loaddata", str(dump), verbosity=0)
    loaded = IdentityDocument.objects.get(pk=document.pk)
    assert (loaded.number, loaded.mrz) == ("X24681357", "P<XXXDOE<<JANE<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<")


def test_a_typed_value_that_looks_like_a_token_is_kept_as_typed(station_a):
    field = IdentityDocument._meta.get_field("number")
    assert field.to_python("gAAAAABnot-a-real-token") == "gAAAAABnot-a-real-token"
