"""A small demo community built into the test database through the services, as `lianyang demo` builds it."""

import json
from io import StringIO

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection

from lianyang.accounts.models import Role, StaffLanguage, StaffProfile, TrainingRecord
from lianyang.audit.chain import audit_seal, audit_verify
from lianyang.demo.build import DEMO_PASSWORD
from lianyang.demo.nationalities import MIX
from lianyang.people.models import IdentityDocument, Permit, Resident
from lianyang.people.selectors import residents_visible_to
from tests.demo.conftest import demo_built


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """One build for the module (120 residents at Lianyang, 7 at Gubei), rolled back afterwards."""
    with demo_built(django_db_blocker, residents=120) as summary:
        yield summary


pytestmark = pytest.mark.django_db


def lianyang_staff():
    return StaffProfile.objects.filter(station__name_en__startswith="Lianyang")


def test_lianyang_has_twelve_staff_a_head_and_a_police_liaison(demo):
    roles = list(lianyang_staff().values_list("role", flat=True))
    assert roles.count(Role.HEAD) == 1
    assert len([role for role in roles if role in {Role.HEAD, Role.OFFICER}]) == 12
    assert roles.count(Role.POLICE_LIAISON) == 1
    assert StaffProfile.objects.filter(role=Role.DISTRICT_ADMIN, station=None, district="浦东新区").exists()


def test_staff_languages_cover_all_ten_interface_languages(demo):
    spoken = set(StaffLanguage.objects.filter(staff__in=lianyang_staff()).values_list("language", flat=True))
    assert {code for code, _name in settings.LANGUAGES} <= spoken


def test_the_head_holds_an_advanced_interpretation_certificate(demo):
    head = lianyang_staff().get(role=Role.HEAD)
    assert TrainingRecord.objects.filter(staff=head, title__startswith="Advanced Interpretation").exists()


def test_lianyang_residents_come_from_all_eighty_three_nationalities_of_the_mix(demo):
    nationalities = set(
        Resident.objects.filter(station__name_en__startswith="Lianyang").values_list("nationality", flat=True)
    )
    assert nationalities == {n.code for n in MIX}


def test_every_kind_of_permit_is_recorded(demo):
    assert set(Permit.objects.values_list("kind", flat=True)) == set(Permit.Kind.values)


def test_no_document_number_is_stored_in_plain_text(demo):
    numbers = [d.number for d in IdentityDocument.objects.all()] + [p.number for p in Permit.objects.all()]
    with connection.cursor() as cursor:
        cursor.execute("SELECT number, mrz FROM people_identitydocument UNION ALL SELECT number, '' FROM people_permit")
        stored = " ".join(f"{number} {mrz}" for number, mrz in cursor.fetchall())
    assert numbers
    assert not [number for number in numbers if number in stored]


def test_an_officer_of_the_second_station_sees_none_of_lianyangs_residents(demo):
    gubei_officer = StaffProfile.objects.get(user__username="gubei.officer").user
    visible = residents_visible_to(gubei_officer)
    assert visible.exists()
    assert not visible.filter(station__name_en__startswith="Lianyang").exists()


def test_a_portal_resident_logs_in_with_the_demo_password(demo):
    login = demo.portal[0]
    user = get_user_model().objects.get(username=login.username)
    assert user.check_password(DEMO_PASSWORD)
    assert user.resident.email == login.username


def test_everything_was_written_through_the_audited_services(demo):
    audit_seal()
    report = audit_verify()
    assert report.intact
    assert report.checked >= Resident.objects.count() + IdentityDocument.objects.count() + Permit.objects.count()


def test_stats_json_counts_what_was_built(demo):
    out = StringIO()
    call_command("stats", "--json", stdout=out)
    counts = json.loads(out.getvalue())
    expected = {
        "stations", "areas", "compounds", "households", "residents", "nationalities", "staff_by_role",
        "staff_by_language", "documents", "permits_by_kind", "permits_expiring_30", "permits_expiring_60",
    }  # fmt: skip
    assert expected <= set(counts)
    assert counts["stations"] == 2
    assert counts["areas"] == 9
    assert counts["compounds"] == 26
    assert counts["residents"] == Resident.objects.count() == 127
    assert counts["nationalities"] == 83
    assert counts["permits_expiring_30"] <= counts["permits_expiring_60"]
    assert sum(counts["registrations_by_status"].values()) == counts["registrations"] > 0
    assert counts["registrations_overdue"] > 0
    assert counts["reminders_sent"] == 0  # the worker has not run yet


def test_registrations_are_in_every_status_and_some_are_overdue(demo):
    from django.utils import timezone

    from lianyang.registration.models import OPEN_STATUSES, AccommodationRegistration, Status

    registrations = AccommodationRegistration.objects.all()
    assert set(registrations.values_list("status", flat=True)) == set(Status.values)
    assert registrations.filter(status__in=OPEN_STATUSES, deadline_at__lt=timezone.now()).exists()
    assert not registrations.filter(status=Status.REGISTERED, police_receipt_number="").exists()
