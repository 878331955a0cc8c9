"""Staff log in with a password and a TOTP code; first-time staff enrol an authenticator app with an enrolment
code from their station head (tests/accounts/test_enrolment.py)."""

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from lianyang.accounts.enrolment import enrolment_code_issue
from lianyang.audit.models import AuditEvent

PASSWORD = "correct-horse-battery"


def _code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def _login(client, user, code=""):
    return client.post(
        reverse("accounts:staff_login"), {"username": user.username, "password": PASSWORD, "otp_token": code}
    )


@pytest.mark.django_db
def test_officer_logs_in_with_password_and_code(client, officer_a):
    device = TOTPDevice.objects.create(user=officer_a, name="phone", confirmed=True)
    response = _login(client, officer_a, _code(device))
    assert response.status_code == 302 and response["Location"] == "/staff/"
    assert client.get("/staff/").status_code == 200
    assert AuditEvent.objects.filter(actor=officer_a, action="login").exists()


@pytest.mark.django_db
def test_wrong_code_is_refused(client, officer_a):
    TOTPDevice.objects.create(user=officer_a, name="phone", confirmed=True)
    response = _login(client, officer_a, "000000")
    assert "The code is not correct" in response.content.decode()
    assert client.get("/staff/").status_code == 302


@pytest.mark.django_db
def test_missing_code_is_asked_for(client, officer_a):
    TOTPDevice.objects.create(user=officer_a, name="phone", confirmed=True)
    assert "Enter the six-digit code" in _login(client, officer_a).content.decode()


@pytest.mark.django_db
def test_first_login_leads_to_enrolment_with_a_qr_code(client, officer_a, head_a):
    code = enrolment_code_issue(actor=head_a, member=officer_a.staff_profile)
    response = _login(client, officer_a)
    assert response["Location"] == reverse("accounts:totp_setup")
    client.post(reverse("accounts:totp_setup"), {"enrolment_code": code})
    page = client.get(reverse("accounts:totp_setup"))
    assert 'src="data:image/svg+xml' in page.content.decode()
    assert client.get("/staff/residents/").status_code == 302
    device = TOTPDevice.objects.get(user=officer_a)
    response = client.post(reverse("accounts:totp_setup"), {"otp_token": _code(device)})
    assert response["Location"] == reverse("reports:home")
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/staff/residents/").status_code == 200


@pytest.mark.django_db
def test_enrolment_refuses_a_wrong_code(client, officer_a, head_a):
    code = enrolment_code_issue(actor=head_a, member=officer_a.staff_profile)
    _login(client, officer_a)
    client.post(reverse("accounts:totp_setup"), {"enrolment_code": code})
    response = client.post(reverse("accounts:totp_setup"), {"otp_token": "123456"})
    assert "The code is not correct" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=officer_a, confirmed=True).exists()


@pytest.mark.django_db
def test_five_wrong_passwords_lock_the_account(client, officer_a):
    for _ in range(5):
        client.post(reverse("accounts:staff_login"), {"username": officer_a.username, "password": "wrong"})
    response = _login(client, officer_a)
    assert response.status_code == 429
    assert "locked" in response.content.decode()


@pytest.mark.django_db
def test_resident_cannot_log_in_to_the_back_office(client, resident_user):
    response = client.post(
        reverse("accounts:staff_login"), {"username": resident_user.username, "password": "portal-pass-2026"}
    )
    assert "not correct" in response.content.decode()


@pytest.mark.django_db
def test_demo_switch_lets_staff_in_without_a_code(client, officer_a, settings):
    settings.DEMO_SKIP_TOTP = True
    client.force_login(officer_a)
    assert client.get("/staff/residents/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["officer_a", "head_a", "liaison_a", "district_admin"])
def test_every_staff_role_chooses_the_language_of_the_back_office(request, client_for, role):
    user = request.getfixturevalue(role)
    client = client_for(user)
    assert client.get(reverse("accounts:profile")).status_code == 200
    response = client.post(reverse("accounts:profile"), {"language": "ko"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.language == "ko"
    assert 'lang="ko"' in client.get(reverse("accounts:profile")).content.decode()
    assert client.post(reverse("accounts:profile"), {"language": "xx"}).status_code == 200


@pytest.mark.django_db
def test_residents_have_no_staff_profile_page(client_for, resident_user):
    assert client_for(resident_user).get(reverse("accounts:profile")).status_code == 403


@pytest.mark.django_db
def test_demo_login_goes_straight_to_the_start_page(client, officer_a, settings):
    settings.DEMO_SKIP_TOTP = True
    response = _login(client, officer_a)
    assert response["Location"] == "/staff/"
