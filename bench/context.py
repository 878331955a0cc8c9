"""What the pages are measured on, found in whatever database is configured (the bench build or the demo):
the station with the most open registrations, its head and police liaison, names in four scripts that exist
there, a resident with papers, an open registration, and a resident with a portal account; the station's
caseworker with the most open requests, one of their requests with its thread and a Korean (else Chinese) word
of a request, and a resident with a portal account and requests; the coming activity of the portal resident's
station with the longest waiting list; plus their sessions.
"""

import datetime
import re
import secrets

from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.db.models import Count, Q
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from lianyang.accounts import backends
from lianyang.accounts.models import CASEWORK_ROLES, StaffProfile
from lianyang.activities.models import Activity, Enrolment
from lianyang.casework.models import OPEN_STATUSES as OPEN_REQUESTS
from lianyang.casework.models import ServiceRequest
from lianyang.civic.models import Campaign
from lianyang.community.models import Station
from lianyang.core.crypto import blind_index
from lianyang.people.models import Resident
from lianyang.registration.models import OPEN_STATUSES, AccommodationRegistration

SCRIPTS = {
    "q_korean": re.compile(r"[\uac00-\ud7a3]"),
    "q_cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "q_chinese": re.compile(r"[\u4e00-\u9fff]"),
}
SCAN = 20_000  # residents looked at, at most, to find the names


def measured_station() -> Station:
    """The station with the most open registrations (annotated `open`): every staff page is measured there."""
    open_ = Count("registrations", filter=Q(registrations__status__in=OPEN_STATUSES))
    return Station.objects.annotate(open=open_).order_by("-open", "id").first()


def discover() -> dict:
    station = measured_station()
    staff = {p.role: p.user for p in StaffProfile.objects.filter(station=station).select_related("user")}
    today = timezone.localdate()
    c = {"station": station.pk, "open_registrations": station.open, "today": today.isoformat(),
         "in_30_days": (today + datetime.timedelta(days=30)).isoformat()}  # fmt: skip
    residents = Resident.objects.filter(station=station)
    c["nationality"] = residents.values("nationality").annotate(n=Count("id")).order_by("-n")[0]["nationality"]
    for pk, surname, native, chinese in residents.order_by("id").values_list(
        "id", "surname", "native_name", "chinese_name"
    )[:SCAN]:
        if "q_latin" not in c and native.isascii() and native and surname.isalpha():
            c["q_latin"] = surname.title()
        for key, script in SCRIPTS.items():
            text = chinese if key == "q_chinese" else native
            if key not in c and script.search(text or ""):
                c[key] = text
                if key == "q_korean":
                    c["resident"] = pk
    resident = Resident.objects.get(pk=c["resident"])
    c["document_number"] = resident.documents.first().number
    c["document_index"] = blind_index(c["document_number"])
    queue = AccommodationRegistration.objects.filter(station=station)
    c["registration"] = queue.filter(status="submitted").order_by("deadline_at", "id").first().pk
    mine = AccommodationRegistration.objects.filter(resident__user__isnull=False).select_related("resident")
    own = mine.filter(station=station, status__in=OPEN_STATUSES).first() or mine.first() or _submitted(staff["head"])
    c["portal_user"], c["reference"] = own.resident.user_id, own.reference
    c["csrf"] = secrets.token_hex(16)  # an unmasked 32-character token, sent as cookie and form field alike
    c["users"] = {"head": staff["head"], "liaison": staff["police_liaison"], "resident": own.resident.user}
    c.update(_casework(station, own.resident.user, c["users"]))
    c.update(_activities(own.resident))
    c["campaign"] = _campaign(station)
    return c


def _campaign(station) -> int:
    """The station's campaign with the most households (a bench build's city-wide census); 0 when none."""
    campaigns = Campaign.objects.filter(station=station).annotate(households=Count("contacts"))
    campaign = campaigns.order_by("-households", "pk").first()
    return campaign.pk if campaign else 0


def _activities(resident) -> dict:
    """The portal resident's station (the activities it lists) and its coming activity with the longest waiting
    list (the full walk of a bench build), else the soonest; 0 when none is coming (the page then fails)."""
    waiting = Count("enrolments", filter=Q(enrolments__status=Enrolment.Status.WAITLISTED))
    coming = Activity.objects.filter(station_id=resident.station_id, starts_at__gt=timezone.now())
    activity = coming.annotate(waiting=waiting).order_by("-waiting", "starts_at", "id").first()
    return {"activity_station": resident.station_id, "activity": activity.pk if activity else 0}


def _casework(station, resident_user, users: dict) -> dict:
    """The caseworker with the most open requests at the station and their open request with the longest
    thread; a Korean word of a request there (else Chinese); the portal resident's newest request with a
    reply (the resident of the portal pages when they asked any, else the account with the most requests)."""
    requests = ServiceRequest.objects.filter(station=station)
    open_ = Count("user__assigned_requests", filter=Q(user__assigned_requests__status__in=OPEN_REQUESTS))
    officer = (
        StaffProfile.objects.filter(station=station, role__in=CASEWORK_ROLES)
        .annotate(open=open_)
        .select_related("user")
        .order_by("-open", "pk")
        .first()
    )
    theirs = requests.filter(assignee=officer.user, status__in=OPEN_REQUESTS).annotate(n=Count("messages"))
    c = {
        "officer": officer.user_id,
        "officer_open_requests": officer.open,
        "officer_request": theirs.order_by("-n", "resolution_due").first().pk,
    }
    for language in ("ko", "zh-hans"):
        subject = requests.filter(language=language).values_list("subject", flat=True).order_by("pk").first()
        if subject:
            c["q_request"] = subject.split()[0] if language == "ko" else subject[:4]
            break
    asker = resident_user
    if not ServiceRequest.objects.filter(resident__user=asker).exists():
        top = ServiceRequest.objects.filter(resident__user__isnull=False).values("resident__user")
        asker = type(resident_user).objects.get(pk=top.annotate(n=Count("id")).order_by("-n")[0]["resident__user"])
    mine = ServiceRequest.objects.filter(resident__user=asker).order_by("-created_at", "-id")
    replied = mine.filter(messages__kind="reply").first() or mine.first()
    c.update(asker=asker.pk, own_request=replied.pk, own_requests=mine.count())
    users.update(officer=officer.user, asker=asker)
    return c


def _submitted(officer):
    """A registration for a resident with a portal account, through the service (the demo may have none)."""
    from lianyang.registration.services import registration_submit

    resident = Resident.objects.filter(user__isnull=False, status="active", address__isnull=False).first()
    return registration_submit(
        actor=officer, resident=resident, address=resident.address, document=None, permit=None,
        arrival_at=timezone.now() - datetime.timedelta(hours=3), submission_key="bench-portal", channel="walk_in",
        host_name="王建国", host_phone="+12125550100", host_relation="landlord", host_id_kind="resident_id",
        host_id_number="991234567890123456", proof_kind="lease",
    )  # fmt: skip


def session_for(user, *, staff: bool) -> str:
    """A logged-in session, as the login pages leave it; staff also carry their confirmed TOTP device."""
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = backends.PATH
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    if staff:
        device = TOTPDevice.objects.filter(user=user, name="bench", confirmed=True).first()
        device = device or TOTPDevice.objects.create(user=user, name="bench", confirmed=True)
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.create()
    return session.session_key


PORTAL_ROLES = ("resident", "asker")  # residents on the portal: a plain session, no TOTP device


def cookies(c: dict) -> dict[str, str]:
    """The Cookie header of each role."""
    return {
        role: f"sessionid={session_for(user, staff=role not in PORTAL_ROLES)}; csrftoken={c['csrf']}"
        for role, user in c["users"].items()
    }
