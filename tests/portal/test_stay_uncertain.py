"""A passport reading that the check digits cannot prove is never shown as certain: the details step marks the
fields and asks the resident to compare them with the passport."""

import re

import pytest

from lianyang.registration import mrz
from tests.portal.test_stay_flow import type_passport, url
from tests.registration.test_ocr import passport_lines

KIM = passport_lines(surname="KIM", given="MINJUN", number="M87654321", state="KOR", birth="850314")


@pytest.fixture
def uncertain_number(monkeypatch):
    parse = mrz.parse

    def reading(*lines, **kwargs):
        result = parse(*lines, **kwargs)
        result.uncertain = ["document_number", "surname"]
        return result

    monkeypatch.setattr(mrz, "parse", reading)


@pytest.mark.django_db
def test_uncertain_fields_are_marked_on_the_details_step(client, resident_user, uncertain_number):
    client.force_login(resident_user)
    client.post(url("begin"))
    assert type_passport(client, KIM)["Location"] == url("person")
    page = client.get(url("person")).content.decode()
    assert 'id="uncertain-reading"' in page and 'role="alert"' in page and "Passport number" in page
    assert re.search(r'<input[^>]*name="document_number"[^>]*class="uncertain"', page)


@pytest.mark.django_db
def test_a_certain_reading_marks_nothing(client, resident_user):
    client.force_login(resident_user)
    client.post(url("begin"))
    type_passport(client, KIM)
    page = client.get(url("person")).content.decode()
    assert 'value="M87654321"' in page and "uncertain-reading" not in page
