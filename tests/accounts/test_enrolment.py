"""A member of staff sets up their authenticator app only with a one-time enrolment code from the head of their
station: a password alone enrols nothing."""

import datetime

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from lianyang.accounts.enrolment import ENROLMENT_CODE_ATTEMPTS, authenticator_reset, enrolment_code_issue
from lianyang.accounts.models import EnrolmentCode
from lianyang.audit.models import AuditEvent
from tests.factories import make_staff

PASSWORD = "correct-horse-battery"
QR = 'src="data:image/svg+xml'


def _setup_url():
    return reverse("accounts:totp_setup")


def _app_code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def _password_login(user, client=None):
    client = client or Client()
    client.post(reverse("accounts:staff_login"), {"username": user.username, "password": PASSWORD})
    return client


def _enter(client, code):
    return client.post(_setup_url(), {"enrolment_code": code})


@pytest.mark.django_db
def test_a_password_alone_cannot_enrol_an_authenticator(officer_a):
    client = _password_login(officer_a)
    page = client.get(_setup_url()).content.decode()
    assert QR not in page and "Enrolment code" in page
    client.post(_setup_url(), {"otp_token": "123456"})
    assert not TOTPDevice.objects.filter(user=officer_a).exists()
    assert client.get("/staff/residents/").status_code == 302


@pytest.mark.django_db
def test_a_head_issued_code_enrols_once_and_only_once(officer_a, head_a):
    code = enrolment_code_issue(actor=head_a, member=officer_a.staff_profile)
    assert len(code.replace("-", "")) >= 8 and not set(code) & set("01OIL")
    assert not EnrolmentCode.objects.filter(code_hash__contains=code.replace("-", "")).exists()
    client = _password_login(officer_a)
    response = _enter(client, f"  {code.lower()} ")
    assert response["Location"] == _setup_url()
    assert QR in client.get(_setup_url()).content.decode()
    # The same code in a second session, before or after the first confirms, sets up nothing.
    other = _password_login(officer_a)
    assert "Ask your station head for a new one" in _enter(other, code).content.decode()
    assert QR not in other.get(_setup_url()).content.decode()
    device = TOTPDevice.objects.get(user=officer_a)
    response = client.post(_setup_url(), {"otp_token": _app_code(device)})
    assert response["Location"] == reverse("reports:home")
    assert client.get("/staff/residents/").status_code == 200
    assert TOTPDevice.objects.get(user=officer_a).confirmed
    used = AuditEvent.objects.filter(actor=officer_a, object_type="accounts.enrolmentcode", fields=["used_at"])
    assert used.count() == 1


@pytest.mark.django_db
def test_an_expired_code_is_refused(officer_a, head_a, settings):
    settings.ENROLMENT_CODE_HOURS = 2
    code = enrolment_code_issue(actor=head_a, member=officer_a.staff_profile)
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=2, minutes=1), tick=False):
        client = _password_login(officer_a)
        assert "Ask your station head for a new one" in _enter(client, code).content.decode()
        assert QR not in client.get(_setup_url()).content.decode()
    assert not TOTPDevice.objects.filter(user=officer_a).exists()


@pytest.mark.django_db
def test_a_code_is_good_until_it_expires(officer_a, head_a, settings):
    settings.ENROLMENT_CODE_HOURS = 2
    code = enrolment_code_issue(actor=head_a, member=officer_a.staff_profile)
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=1, minutes=59), tick=False):
        client = _password_login(officer_a)
        assert _enter(client, code).status_code == 302
        assert QR in client.get(_setup_url()).content.decode()


@pytest.mark.django_db
def test_wrong_codes_void_the_code(officer_a, head_a):
    code = enrolment_code_issue(actor=head_a, member=officer_a.staff_profile)
    client = _password_login(officer_a)
    for wrong in ["AAAAA-AAAAA"] * (ENROLMENT_CODE_ATTEMPTS - 1) + ["", "x" * 500 + "\u202e"]:
        assert _enter(client, wrong).status_code == 200
    assert "Ask your station head for a new one" in _enter(client, code).content.decode()
    assert not TOTPDevice.objects.filter(user=officer_a).exists()
    assert EnrolmentCode.objects.get(user=officer_a).voided_at is not None
    failures = AuditEvent.objects.filter(actor=officer_a, object_type="accounts.enrolmentcode")
    assert failures.count() == ENROLMENT_CODE_ATTEMPTS + 1


@pytest.mark.django_db
def test_an_officer_cannot_issue_codes(client_for, officer_a, station_a):
    colleague = make_staff(station_a, "officer")
    with pytest.raises(PermissionDenied):
        enrolment_code_issue(actor=officer_a, member=colleague.staff_profile)
    client = client_for(officer_a)
    url = reverse("accounts:enrolment_code_issue", args=[colleague.staff_profile.pk])
    assert client.post(url).status_code == 403
    assert client.get(reverse("accounts:member_list")).status_code == 403
    assert not EnrolmentCode.objects.exists()


@pytest.mark.django_db
def test_a_head_of_another_station_cannot_issue_for_this_station(client_for, officer_a, station_b):
    head_b = make_staff(station_b, "head")
    with pytest.raises(PermissionDenied):
        enrolment_code_issue(actor=head_b, member=officer_a.staff_profile)
    with pytest.raises(PermissionDenied):
        authenticator_reset(actor=head_b, member=officer_a.staff_profile)
    client = client_for(head_b)
    assert client.post(reverse("accounts:enrolment_code_issue", args=[officer_a.staff_profile.pk])).status_code == 404
    assert officer_a.staff_profile.display_name not in client.get(reverse("accounts:member_list")).content.decode()
    assert not EnrolmentCode.objects.exists()


@pytest.mark.django_db
def test_issuing_is_audited_and_voids_the_code_before(officer_a, head_a):
    first = enrolment_code_issue(actor=head_a, member=officer_a.staff_profile)
    second = enrolment_code_issue(actor=head_a, member=officer_a.staff_profile)
    issued = AuditEvent.objects.filter(actor=head_a, action="create", object_type="accounts.enrolmentcode")
    assert issued.count() == 2 and {e.station_id for e in issued} == {officer_a.staff_profile.station_id}
    voided = AuditEvent.objects.filter(actor=head_a, action="update", fields=["voided_at"])
    assert voided.count() == 1
    client = _password_login(officer_a)
    assert "Ask your station head for a new one" in _enter(client, first).content.decode()
    assert _enter(client, second).status_code == 302


@pytest.mark.django_db
def test_the_head_issues_a_code_on_the_station_staff_page_and_it_is_shown_once(client_for, head_a, officer_a):
    client = client_for(head_a)
    page = client.get(reverse("accounts:member_list")).content.decode()
    url = reverse("accounts:enrolment_code_issue", args=[officer_a.staff_profile.pk])
    assert url in page and officer_a.staff_profile.display_name in page
    assert "Any code issued before stops working" in client.get(url).content.decode()
    assert not EnrolmentCode.objects.exists()
    shown = client.post(url)
    assert "no-store" in shown["Cache-Control"]
    code = shown.context["code"]
    assert code in shown.content.decode()
    assert code not in client.get(reverse("accounts:member_list")).content.decode()
    assert _enter(_password_login(officer_a), code).status_code == 302


@pytest.mark.django_db
def test_an_enrolled_member_gets_no_code_until_their_lost_authenticator_is_reset(client_for, head_a, officer_a):
    TOTPDevice.objects.create(user=officer_a, name="phone", confirmed=True)
    with pytest.raises(ValidationError):
        enrolment_code_issue(actor=head_a, member=officer_a.staff_profile)
    client = client_for(head_a)
    reset = reverse("accounts:authenticator_reset", args=[officer_a.staff_profile.pk])
    assert reset in client.get(reverse("accounts:member_list")).content.decode()
    assert client.get(reset).status_code == 200 and TOTPDevice.objects.filter(user=officer_a).exists()
    assert client.post(reset)["Location"] == reverse("accounts:member_list")
    assert not TOTPDevice.objects.filter(user=officer_a).exists()
    assert AuditEvent.objects.filter(actor=head_a, action="delete", object_type="otp_totp.totpdevice").exists()
    member = _password_login(officer_a)
    assert QR not in member.get(_setup_url()).content.decode()
    code = enrolment_code_issue(actor=head_a, member=officer_a.staff_profile)
    assert _enter(member, code).status_code == 302


@pytest.mark.django_db
def test_a_head_cannot_reset_their_own_authenticator(client_for, head_a):
    client = client_for(head_a)
    assert client.post(reverse("accounts:authenticator_reset", args=[head_a.staff_profile.pk])).status_code == 403
    assert TOTPDevice.objects.filter(user=head_a).exists()


@pytest.mark.django_db
def test_a_superuser_issues_the_first_head_s_code_on_the_command_line(head_a, django_user_model, capsys):
    admin = django_user_model.objects.create_superuser("root", password="root-password-2026")
    call_command("enrolment_code", head_a.username, "--by", admin.username)
    code = capsys.readouterr().out.split()[-1]
    assert _enter(_password_login(head_a), code).status_code == 302
    assert AuditEvent.objects.filter(actor=admin, action="create", object_type="accounts.enrolmentcode").exists()
    with pytest.raises(PermissionDenied):
        enrolment_code_issue(actor=make_staff(None, "district_admin"), member=head_a.staff_profile)


@pytest.mark.django_db
def test_the_demo_still_lets_staff_in_with_a_password_alone(client, officer_a, settings):
    settings.DEMO_SKIP_TOTP = True
    response = client.post(reverse("accounts:staff_login"), {"username": officer_a.username, "password": PASSWORD})
    assert response["Location"] == "/staff/"
    assert client.get("/staff/residents/").status_code == 200
