"""A record's change log in the reader's words: "Passport", "Date of expiry", not model labels and field names."""

import pytest
from django.urls import reverse
from django.utils import translation

from lianyang.audit.display import events_described, field_name, object_name
from lianyang.audit.models import AuditEvent
from lianyang.people.models import IdentityDocument, Resident
from lianyang.people.services import resident_update
from tests.factories import make_passport


def test_fields_are_named_by_their_translated_verbose_names():
    assert field_name(IdentityDocument, "expiry_date") == "Date of expiry"
    assert field_name(Resident, "birth_date") == "Date of birth"
    assert field_name(Resident, "status:moved_away") == "Status: Moved away"


def test_a_name_that_is_no_field_is_shown_as_it_is_unless_it_is_known():
    assert field_name(Resident, "number") == "Document number"
    assert field_name(Resident, "made_up") == "made_up"
    assert object_name("nothing.here") == "nothing.here"


@pytest.mark.django_db
def test_resident_page_change_log_names_the_passport_and_its_fields(client_for, officer_a, resident_a):
    resident_update(actor=officer_a, resident=resident_a, occupation="Teacher")
    page = client_for(officer_a).get(reverse("people:resident_detail", args=[resident_a.pk])).content.decode()
    history = page[page.index('id="history"') :]
    assert "<td>Passport</td>" in history and "Date of expiry" in history
    assert "<td>Resident</td>" in history and "Occupation" in history
    assert "people.identitydocument" not in history and "expiry_date" not in history
    assert "people.resident" not in history


@pytest.mark.django_db
def test_change_log_is_shown_in_the_reader_s_language(officer_a, resident_a):
    document = make_passport(resident_a, number="E99999999")
    event = AuditEvent.objects.filter(object_type="people.identitydocument", object_id=str(document.pk)).first()
    with translation.override("zh-hans"):
        [shown] = events_described([event], objects=[document])
        expected_kind = str(IdentityDocument.Kind.PASSPORT.label)
        expected_expiry = str(IdentityDocument._meta.get_field("expiry_date").verbose_name)
    assert shown.object_name == expected_kind != "Passport"
    assert expected_expiry in shown.field_names
