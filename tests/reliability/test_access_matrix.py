"""Who may reach which object: every URL pattern that takes an object's id, for every role, on an object of the
role's own station and on the same kind of object of another station, by GET and by POST.

The answer each role should get is written once, in ACCESS below. "Allowed" is a page (200) or a redirect
anywhere but a login page; "refused" is 403, 404, 405 or a redirect to a login page, with none of the object's
personal data in the body and, whatever the method, no row of the database changed. A pattern with an id that
ACCESS does not classify fails `test_every_pattern_with_an_id_is_in_the_matrix`, so no new page slips through.

DESIGN.md (Security), PIPL art. 6 and 51: an officer or head sees their own station's residents only, a police
liaison only filed registrations, a district administrator no personal data, a resident only their own.
"""

import itertools
from dataclasses import dataclass
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, transaction
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from lianyang.activities.events.services import (
    calendar_feed_renew,
    enrolment_check_in,
    enrolment_signup,
)
from lianyang.activities.pairing.services import pairing_end, pairing_propose, pairing_send, session_log
from lianyang.casework.models import CalendarDay
from lianyang.casework.requests.services import request_close, request_submit
from lianyang.casework.visits.services import visit_plan
from lianyang.notify.models import Notification
from lianyang.people.services import consent_set, household_create
from lianyang.registration.forms import new_key
from lianyang.registration.services import registration_record_receipt, registration_step, registration_submit
from tests.activities.activity_factories import make_activity
from tests.activities.pairing_factories import make_active_pairing, make_host, make_offer, make_wish
from tests.conftest import login_staff
from tests.factories import (
    days_from_today,
    iso_from_today,
    make_passport,
    make_permit,
    make_portal_account,
    make_resident,
    make_staff,
    make_station,
    pdf_bytes,
    station_address,
)
from tests.registration.factories import HOST, filed_batch, make_registration, make_upload, verified_registration
from tests.urlconf import CONVERTER, fill, url_patterns

ANONYMOUS, OWNER, RESIDENT = "anonymous", "resident (owner)", "resident (not the owner)"
OFFICER, HEAD, LIAISON, DISTRICT = "officer", "head", "police liaison", "district administrator"
ROLES = (ANONYMOUS, OWNER, RESIDENT, OFFICER, HEAD, LIAISON, DISTRICT)
CASEWORK = frozenset({OFFICER, HEAD})
NOBODY = frozenset()
EVERYONE = frozenset(ROLES)


@dataclass(frozen=True)
class Access:
    """One pattern's row: who may GET and who may POST the object of their own station (`get`, `post`), the
    object the pattern is requested with (`values`), what a POST sends (`data`, valid where a form is behind it,
    so a refusal is the access rule's and not the form's) and the object's personal data (`private`).

    Nobody reaches another station's object, except where `across` says the URL itself is the key."""

    values: object
    get: frozenset = NOBODY
    post: frozenset = NOBODY
    data: object = lambda place: {}
    private: object = lambda place: place.secrets
    across: bool = False


_keys = itertools.count(1)


def _resident_form(place) -> dict:
    resident = place.resident
    return {
        "surname": resident.surname,
        "given_names": resident.given_names,
        "native_name": resident.native_name,
        "sex": resident.sex,
        "birth_date": resident.birth_date.isoformat(),
        "nationality": resident.nationality.code,
        "preferred_language": "en",
        "phone": "+86 139 0000 0000",
        "address": station_address(place.station, 1).pk,
        "arrival_date": iso_from_today(-30),
        "status": "active",
    }


def _receipt(place) -> dict:
    prefix = f"receipt-{place.filed.pk}"
    return {f"{prefix}-number": "PCS-MATRIX-1", f"{prefix}-received_on": iso_from_today(0)}


def _activity_form(place) -> dict:
    activity = place.activity
    moment = lambda at: timezone.localtime(at).strftime("%Y-%m-%dT%H:%M")  # noqa: E731
    return {
        **{name: getattr(activity, name) for name in ("theme", "venue", "capacity", "seats_per_signup", "offer_hours")},
        **{
            name: moment(getattr(activity, name))
            for name in ("starts_at", "ends_at", "signup_opens_at", "signup_closes_at")
        },
        "languages": activity.languages,
    }


def _exchange_form(topic: str, **more) -> dict:
    """An offer's or a wish's form as its owner would send it: a topic, a language, one weekly time."""
    return {"topic": topic, "languages": ["en"], "compound": "", "note": "", "weekday_0": "5", "start_0": "09:00",
            "end_0": "12:00", **more}  # fmt: skip


def _pairing_private(place) -> list[str]:
    """A pairing shows both sides and what they did together."""
    return [*place.secrets, place.host.name, place.session_text]


def _member_names(place) -> list[str]:
    profile = place.officer.staff_profile
    return [profile.display_name, profile.display_name_en]


ACCESS = {
    # A member of staff's enrolment code and authenticator app: the head of their own station only.
    "accounts:enrolment_code_issue": Access(
        lambda p: {"pk": p.officer.staff_profile.pk}, get={HEAD}, post={HEAD}, private=_member_names
    ),
    "accounts:authenticator_reset": Access(
        lambda p: {"pk": p.officer.staff_profile.pk}, get={HEAD}, post={HEAD}, private=_member_names
    ),
    # The resident's portal: their own stays and messages, by reference or id.
    "stay:detail": Access(lambda p: {"reference": p.submitted.reference}, get={OWNER}),
    "stay:submitted": Access(lambda p: {"reference": p.submitted.reference}, get={OWNER}),
    "stay:correct": Access(lambda p: {"reference": p.returned.reference}, get={OWNER}, post={OWNER}),
    "stay:slip": Access(lambda p: {"reference": p.registered.reference}, get={OWNER}),
    "stay:message": Access(lambda p: {"pk": p.message.pk}, get={OWNER}),
    "stay:message_read": Access(lambda p: {"pk": p.message.pk}, post={OWNER}),
    # The slip's QR code: whoever holds the slip checks it (masked data only, registration/verify.py).
    "verify:slip": Access(
        lambda p: {"token": p.registered.verify_token}, get=EVERYONE, across=True, private=lambda p: p.unmasked
    ),
    # Residents' records: the station's caseworkers.
    "people:resident_detail": Access(lambda p: {"pk": p.resident.pk}, get=CASEWORK, post=CASEWORK),
    "people:resident_edit": Access(lambda p: {"pk": p.resident.pk}, get=CASEWORK, post=CASEWORK, data=_resident_form),
    "people:document_create": Access(
        lambda p: {"pk": p.resident.pk},
        get=CASEWORK,
        post=CASEWORK,
        data=lambda p: {
            "kind": "passport",
            "number": f"E7{next(_keys):07d}",
            "issuing_state": p.resident.nationality.code,
            "issue_date": iso_from_today(-10),
            "expiry_date": iso_from_today(3650),
        },
    ),
    "people:permit_create": Access(
        lambda p: {"pk": p.resident.pk},
        get=CASEWORK,
        post=CASEWORK,
        data=lambda p: {
            "kind": "rp_work",
            "number": f"RP7{next(_keys):06d}",
            "document": p.document.pk,
            "valid_from": iso_from_today(-1),
            "valid_until": iso_from_today(700),
            "entries": "multiple",
        },
    ),
    "people:household_create": Access(
        lambda p: {"pk": p.resident.pk},
        get=CASEWORK,
        post=CASEWORK,
        data=lambda p: {"address": station_address(p.station, 2).pk, "contact_person": p.resident.pk},
    ),
    "people:household_edit": Access(
        lambda p: {"pk": p.household.pk},
        get=CASEWORK,
        post=CASEWORK,
        data=lambda p: {"address": station_address(p.station, 2).pk, "contact_person": p.resident.pk},
    ),
    "people:document_reveal": Access(lambda p: {"pk": p.document.pk}, post=CASEWORK),
    # Home visits: the station's caseworkers, for their own station's households.
    "casework:visit_detail": Access(
        lambda p: {"pk": p.visit.pk}, get=CASEWORK, post=CASEWORK, data=lambda p: {"outcome": "met", "notes": "Met."}
    ),
    "casework:visits_household": Access(lambda p: {"pk": p.household.pk}, get=CASEWORK),
    "casework:visit_follow_up": Access(
        lambda p: {"pk": p.visit.pk},
        post=CASEWORK,
        data=lambda p: {"resident": p.resident.pk, "category": "housing", "text": "The heating is broken."},
    ),
    # The station's places: no personal data, but its own.
    "community:area_detail": Access(
        lambda p: {"pk": p.area.pk}, get=CASEWORK, post=CASEWORK, private=lambda p: [p.area.name]
    ),
    "community:compound_detail": Access(
        lambda p: {"pk": p.compound.pk}, get=CASEWORK, post=CASEWORK, private=lambda p: [p.compound.name]
    ),
    "community:building_detail": Access(
        lambda p: {"pk": p.building.pk}, get=CASEWORK, post=CASEWORK, private=lambda p: [p.compound.name]
    ),
    # Registrations: the station's caseworkers check them and take their steps.
    "registration:detail": Access(lambda p: {"pk": p.submitted.pk}, get=CASEWORK, post=CASEWORK),
    "registration:assign": Access(
        lambda p: {"pk": p.submitted.pk}, post=CASEWORK, data=lambda p: {"officer": p.officer.pk}
    ),
    "registration:file_now": Access(
        lambda p: {"pk": p.verified.pk}, post=CASEWORK, data=lambda p: {"filing_key": new_key()}
    ),
    "registration:step": Access(lambda p: {"pk": p.submitted.pk, "kind": "withdraw"}, post=CASEWORK),
    "registration:confirm_address": Access(
        lambda p: {"pk": p.proposed.pk},
        post=CASEWORK,
        data=lambda p: {"address-building_number": "9", "address-unit": "", "address-room": "901"},
    ),
    "registration:host_id_reveal": Access(lambda p: {"pk": p.submitted.pk}, post=CASEWORK),
    "registration:upload_file": Access(lambda p: {"pk": p.upload.pk}, get=CASEWORK, post=CASEWORK),
    # Police batches: the caseworkers who file them follow them; the liaison takes them, with the files.
    "registration:batch_detail": Access(
        lambda p: {"pk": p.batch.pk}, get=CASEWORK | {LIAISON}, post=CASEWORK | {LIAISON}
    ),
    "registration:batch_xlsx": Access(lambda p: {"pk": p.batch.pk}, get={LIAISON}, post={LIAISON}),
    "registration:batch_csv": Access(lambda p: {"pk": p.batch.pk}, get={LIAISON}, post={LIAISON}),
    "registration:police_form": Access(
        lambda p: {"batch_pk": p.batch.pk, "pk": p.filed.pk}, get={LIAISON}, post={LIAISON}
    ),
    "registration:receipt_record": Access(
        lambda p: {"batch_pk": p.batch.pk, "pk": p.filed.pk}, post={LIAISON}, data=_receipt
    ),
    # Service requests: the station's caseworkers; the resident who asked, on the portal.
    "casework:requests:detail": Access(lambda p: {"pk": p.request.pk}, get=CASEWORK),
    "casework:requests:message": Access(
        lambda p: {"pk": p.request.pk, "kind": "reply"}, post=CASEWORK, data=lambda p: {"body": "Matrix reply"}
    ),
    "casework:requests:step": Access(lambda p: {"pk": p.request.pk, "kind": "wait"}, post=CASEWORK),
    "casework:requests:assign": Access(
        lambda p: {"pk": p.request.pk}, post=CASEWORK, data=lambda p: {"assignee": p.officer.pk}
    ),
    "casework:requests:merge": Access(
        lambda p: {"pk": p.request.pk}, get=CASEWORK, post=CASEWORK, data=lambda p: {"into": p.other_request.pk}
    ),
    "casework:requests:attachment": Access(lambda p: {"pk": p.attachment.pk}, get=CASEWORK),
    "requests:detail": Access(lambda p: {"pk": p.request.pk}, get={OWNER}),
    "requests:reply": Access(lambda p: {"pk": p.request.pk}, post={OWNER}, data=lambda p: {"body": "Matrix answer"}),
    "requests:rate": Access(lambda p: {"pk": p.closed_request.pk}, post={OWNER}, data=lambda p: {"rating": 5}),
    "requests:reopen": Access(lambda p: {"pk": p.closed_request.pk}, post={OWNER}),
    "requests:attachment": Access(lambda p: {"pk": p.attachment.pk}, get={OWNER}),
    "registration:police_return": Access(
        lambda p: {"batch_pk": p.batch.pk, "pk": p.filed.pk},
        get={LIAISON},
        post={LIAISON},
        data=lambda p: {"reason": "The passport photo cannot be read."},
    ),
    # Activities on the portal: the station's residents see its activities; a sign-up is its resident's own.
    "activities_portal:detail": Access(lambda p: {"pk": p.activity.pk}, get={OWNER, RESIDENT}),
    "activities_portal:signup": Access(
        lambda p: {"pk": p.open_activity.pk}, post={OWNER, RESIDENT}, data=lambda p: {"people": ["me"], "consent": "on"}
    ),
    "activities_portal:enrolment": Access(lambda p: {"pk": p.enrolment.pk}, get={OWNER}),
    "activities_portal:cancel": Access(lambda p: {"pk": p.enrolment.pk}, get={OWNER}, post={OWNER}),
    "activities_portal:accept": Access(lambda p: {"pk": p.enrolment.pk}, post={OWNER}),
    "activities_portal:rate": Access(lambda p: {"pk": p.attended.pk}, post={OWNER}, data=lambda p: {"rating": 5}),
    "activities_portal:ics": Access(lambda p: {"pk": p.enrolment.pk}, get={OWNER}),
    # Activities in the back office: the station's officers and head.
    "activities:detail": Access(lambda p: {"pk": p.activity.pk}, get=CASEWORK),
    "activities:edit": Access(lambda p: {"pk": p.activity.pk}, get=CASEWORK, post=CASEWORK, data=_activity_form),
    "activities:translate": Access(
        lambda p: {"pk": p.activity.pk},
        post=CASEWORK,
        data=lambda p: {"language": "fr", "title": "Atelier de raviolis", "description": "Pliage de jiaozi."},
    ),
    "activities:check_in": Access(
        lambda p: {"pk": p.activity.pk}, get=CASEWORK, post=CASEWORK, data=lambda p: {"code": p.enrolment.check_in_code}
    ),
    "activities:attendance": Access(
        lambda p: {"pk": p.activity.pk, "enrolment_pk": p.enrolment.pk},
        post=CASEWORK,
        data=lambda p: {"attended": "yes"},
    ),
    # Pairing with local hosts in the back office: the station's officers and head review, send and end them.
    "activities:pairing:pairing": Access(
        lambda p: {"pk": p.active_pairing.pk},
        get=CASEWORK,
        post=CASEWORK,
        data=lambda p: {"reason": "moved_away"},
        private=_pairing_private,
    ),
    "activities:pairing:send": Access(lambda p: {"pk": p.proposed_pairing.pk}, post=CASEWORK, private=_pairing_private),
    "activities:pairing:discard": Access(
        lambda p: {"pk": p.proposed_pairing.pk}, post=CASEWORK, private=_pairing_private
    ),
    # Pairing on the portal: an offer is its host's own (a host is not a role here: tests/activities has the host's
    # side), a wish its resident's; a pairing its two sides', the resident's side being the owner's. The officers'
    # view of a pairing is on the staff pages.
    "exchange:offer": Access(
        lambda p: {"pk": p.offer.pk},
        data=lambda p: _exchange_form("cooking", capacity="2"),
        private=lambda p: [p.host.name],
    ),
    "exchange:offer_close": Access(lambda p: {"pk": p.offer.pk}, private=lambda p: [p.host.name]),
    "exchange:wish": Access(
        lambda p: {"pk": p.wish.pk}, get={OWNER}, post={OWNER}, data=lambda p: _exchange_form("cooking")
    ),
    "exchange:wish_close": Access(lambda p: {"pk": p.wish.pk}, post={OWNER}),
    "exchange:pairing": Access(lambda p: {"pk": p.active_pairing.pk}, get={OWNER}, private=_pairing_private),
    "exchange:answer": Access(
        lambda p: {"pk": p.sent_pairing.pk}, post={OWNER}, data=lambda p: {"answer": "accept"}, private=_pairing_private
    ),
    "exchange:session": Access(
        lambda p: {"pk": p.active_pairing.pk},
        post={OWNER},
        data=lambda p: {"date": iso_from_today(0), "what_they_did": "Jiaozi"},
        private=_pairing_private,
    ),
    "exchange:end": Access(
        lambda p: {"pk": p.active_pairing.pk},
        post={OWNER},
        data=lambda p: {"reason": "finished", "feedback": "Thank you."},
        private=_pairing_private,
    ),
    "exchange:feedback": Access(
        lambda p: {"pk": p.ended_pairing.pk},
        post={OWNER},
        data=lambda p: {"feedback": "Thank you."},
        private=_pairing_private,
    ),
    # The private calendar feed: its secret address is the key (a calendar app cannot log in); no names in it.
    "activities_portal:feed": Access(lambda p: {"token": p.feed.token}, get=EVERYONE, across=True),
    # The station's calendar days: its head's settings, no personal data, but its own.
    "casework:levels:day_remove": Access(
        lambda p: {"pk": p.calendar_day.pk}, get={HEAD}, post={HEAD}, private=lambda p: [p.calendar_day.name]
    ),
}
ROUTES = {name: route for route, name in url_patterns() if CONVERTER.search(route)}
CELLS = [(name, role, where, method) for name in ACCESS for role in ROLES for where in ("same", "other")
         for method in ("GET", "POST")]  # fmt: skip
# A floor under the matrix's size, so a change that empties it fails: 72 patterns x 7 roles x 2 stations x 2 methods.
AT_LEAST = 2000


def test_every_pattern_with_an_id_is_in_the_matrix():
    print(f"\naccess matrix: {len(ACCESS)} patterns x {len(ROLES)} roles x 2 stations x 2 methods = {len(CELLS)} cells")
    assert sorted(ROUTES) == sorted(ACCESS), "classify every pattern that takes an id in ACCESS"
    assert len(CELLS) >= AT_LEAST


def _pairings(station, officer, resident, host_name: str) -> dict:
    """A local host's offers and the resident's wishes on four topics, paired: a proposal not yet sent, one sent,
    an active pairing with a session logged by the host, and a pairing the host ended (the resident's feedback to
    come)."""
    host = make_host(station, host_name)
    offers = {topic: make_offer(host, topic, capacity=2) for topic in ("cooking", "tea", "calligraphy", "mandarin")}
    wishes = {topic: make_wish(resident, topic, consent=topic == "cooking") for topic in offers}
    active = make_active_pairing(officer, offers["cooking"], wishes["cooking"])
    session_text = f"Hong shao rou at {host_name}'s"
    session_log(actor=host.user, pairing=active, date=days_from_today(-1), what_they_did=session_text)
    ended = make_active_pairing(officer, offers["mandarin"], wishes["mandarin"])
    pairing_end(actor=host.user, pairing=ended, reason="finished", feedback="好")
    return {
        "host": host,
        "offer": offers["cooking"],
        "wish": wishes["cooking"],
        "proposed_pairing": pairing_propose(actor=officer, wish=wishes["calligraphy"], offer=offers["calligraphy"]),
        "sent_pairing": pairing_send(
            actor=officer, pairing=pairing_propose(actor=officer, wish=wishes["tea"], offer=offers["tea"])
        ),
        "active_pairing": active,
        "ended_pairing": ended,
        "session_text": session_text,
    }


def _place(name: str, people: tuple[int, int], host_name: str) -> SimpleNamespace:
    """One station with a resident of each kind of object a pattern opens: a household, a passport, a message,
    registrations submitted, returned, verified, filed, registered and at an address not yet listed, and a local
    host's offers paired with the resident's wishes."""
    station = make_station(name, rooms=8)
    officer = make_staff(station, "officer")
    resident, neighbour = make_resident(station, people[0]), make_resident(station, people[1])
    document = make_passport(resident, number=f"E8{station.pk:07d}")
    make_permit(resident, number=f"RP8{station.pk:06d}")
    user = make_portal_account(resident, f"owner{station.pk}@example.com")
    address = station_address(station, 0)
    compound = address.building.compound
    at = {index: station_address(station, index) for index in range(3, 8)}
    submitted = make_registration(resident, address=at[3])
    returned = make_registration(resident, address=at[4])
    registration_step(actor=officer, registration=returned, kind="return", reason_code="passport_unreadable")
    verified = verified_registration(resident, officer, address=at[5])
    filed, registered = (
        verified_registration(resident, officer, address=at[6]),
        verified_registration(resident, officer, address=at[7], permit=resident.permits.first()),
    )
    batch = filed_batch(officer, [filed, registered])
    registration_record_receipt(
        actor=officer, registration=registered, number="PCS2026-0042", received_on=days_from_today(0)
    )
    proposed = registration_submit(
        actor=None,
        resident=neighbour,
        address=None,
        proposed_compound=compound,
        proposed_building="9",
        proposed_room="901",
        arrival_at=submitted.arrival_at,
        submission_key=f"matrix-proposed-{station.pk}",
        channel="portal",
        **HOST,
    )
    upload = make_upload(submitted, user)
    message = Notification.objects.create(
        resident=resident,
        channel=Notification.Channel.PORTAL,
        language="en",
        template="registration_submitted",
        subject=f"Registration {submitted.reference} received",
        body=f"Dear {resident.surname}, your registration {submitted.reference} has been received.",
        status=Notification.Status.SENT,
        idempotency_key=f"matrix:{station.pk}",
    )
    for record in (submitted, returned, verified, filed, registered, proposed):
        record.refresh_from_db()
    asked = request_submit(
        actor=user,
        category="housing",
        text=f"Matrix question {station.pk}",
        language="en",
        attachments=[SimpleUploadedFile("lease.pdf", pdf_bytes(), "application/pdf")],
    )
    other_request = request_submit(actor=user, category="other", text="Matrix duplicate", language="en")
    closed_request = request_submit(actor=user, category="pets", text="Matrix closed", language="en")
    request_close(actor=officer, service_request=closed_request)
    household = household_create(actor=None, station=station, address=address, members=[resident])
    activity, attended = make_activity(station, officer=officer), make_activity(station, officer=officer)
    consent_set(actor=None, resident=resident, purpose="activities", given=True)
    enrolment = enrolment_signup(actor=user, activity=activity)[0]
    checked_in = enrolment_signup(actor=user, activity=attended)[0]
    enrolment_check_in(actor=officer, activity=attended, code=checked_in.check_in_code)
    visit = visit_plan(actor=officer, household=household, planned_on=days_from_today(0), purpose="routine")
    return SimpleNamespace(
        station=station,
        officer=officer,
        user=user,
        neighbour=neighbour,
        resident=resident,
        document=document,
        household=household,
        visit=visit,
        area=compound.area,
        compound=compound,
        building=address.building,
        submitted=submitted,
        returned=returned,
        verified=verified,
        filed=filed,
        registered=registered,
        proposed=proposed,
        batch=batch,
        upload=upload,
        message=message,
        request=asked,
        other_request=other_request,
        closed_request=closed_request,
        attachment=asked.attachments.get(),
        # What a refused answer must not show: the resident's names and the registrations' references.
        secrets=[resident.surname, resident.native_name, submitted.reference, filed.reference, returned.reference],
        unmasked=[resident.given_names, resident.native_name, document.number],
        activity=activity,
        open_activity=make_activity(station, officer=officer),
        enrolment=enrolment,
        attended=checked_in,
        feed=calendar_feed_renew(actor=user),
        calendar_day=CalendarDay.objects.create(
            station=station, date=days_from_today(30), kind="holiday", name=f"Station day {station.name_en}"
        ),
        **_pairings(station, officer, resident, host_name),
    )


def _client(user=None, staff=False) -> Client:
    client = Client()
    if staff:
        login_staff(client, user)
    elif user is not None:
        client.force_login(user)
    return client


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """Station A and station B, built once for the module and rolled back afterwards, with a client per role:
    the staff of A (a liaison of A's police station among them) and A's residents, one of whom owns A's objects."""
    storage = {**settings.STORAGES["default"], "OPTIONS": {"location": tmp_path_factory.mktemp("private")}}
    with (
        django_db_blocker.unblock(),
        override_settings(
            STORAGES={**settings.STORAGES, "default": storage},
        ),
        transaction.atomic(),
    ):
        same, other = _place("Lianyang", (1, 0), "王阿姨"), _place("Gubei", (3, 2), "李叔叔")
        station = same.station
        clients = {
            ANONYMOUS: _client(),
            OWNER: _client(same.user),
            RESIDENT: _client(make_portal_account(same.neighbour, f"neighbour{station.pk}@example.com")),
            OFFICER: _client(make_staff(station, "officer"), staff=True),
            HEAD: _client(make_staff(station, "head"), staff=True),
            LIAISON: _client(make_staff(station, "police_liaison"), staff=True),
            DISTRICT: _client(make_staff(None, "district_admin"), staff=True),
        }
        yield SimpleNamespace(places={"same": same, "other": other}, clients=clients)
        transaction.set_rollback(True)


# The project's tables, read raw (stored bytes, nothing decrypted) to prove a refused request changed no row.
TABLES = [model._meta for model in apps.get_models() if model.__module__.startswith("lianyang.")]


def _rows() -> list:
    with connection.cursor() as cursor:
        rows = []
        for meta in TABLES:
            cursor.execute(f"SELECT * FROM {meta.db_table} ORDER BY {meta.pk.column}")  # noqa: S608 (model names)
            rows.append(cursor.fetchall())
    return rows


LOGIN_PAGES = ("/staff/login/", "/en/login/")


def _allowed(response) -> bool:
    if response.status_code == 302:
        return not response.url.startswith(LOGIN_PAGES)
    return response.status_code == 200


def _refused(response) -> bool:
    if response.status_code == 302:
        return response.url.startswith(LOGIN_PAGES)
    return response.status_code in (403, 404, 405)


def _body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode(errors="replace")


def _cell(client, method: str, path: str, access: Access, place, *, expected: bool, before: list) -> str:
    """One cell of the matrix, rolled back; what is wrong with its answer, or ""."""
    with transaction.atomic():
        response = client.get(path) if method == "GET" else client.post(path, access.data(place))
        if expected:
            # A URL that is its own key (`across`) is open to all, and so shows its object's data masked to all.
            shown = _shown(response, access.private(place)) if access.across else []
            wrong = "" if _allowed(response) and not shown else f"expected allowed, shows {shown}"
        else:
            shown, changed = _shown(response, access.private(place)), _rows() != before
            wrong = "" if _refused(response) and not shown and not changed else f"shows {shown}, changed {changed}"
        transaction.set_rollback(True)
    client.cookies.pop("messages", None)
    to = f" to {response.url}" if response.status_code == 302 else ""
    return wrong and f"{response.status_code}{to}: {wrong}"


def _shown(response, private) -> list[str]:
    body = _body(response)
    return [text for text in private if text and text in body]


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(ACCESS))
def test_each_role_reaches_only_what_the_matrix_allows(world, name):
    access, leaks, before = ACCESS[name], [], _rows()  # every cell is rolled back: each starts from `before`
    for where, place in world.places.items():
        values = access.values(place)
        path = fill(ROUTES[name], lambda _kind, key: str(values[key]))
        for role, client in world.clients.items():
            for method, allowed in (("GET", access.get), ("POST", access.post)):
                expected = role in allowed and (where == "same" or access.across)
                wrong = _cell(client, method, path, access, place, expected=expected, before=before)
                if wrong:
                    leaks.append(f"{role} {method} {where}'s {path}: {wrong}")
    assert not leaks, "\n".join(leaks)


@dataclass(frozen=True)
class Named:
    """Another station's object named where a form or a query takes an id, by `role` of station A: the request
    is answered (a form error, a 404), shows none of B's personal data and changes no row but the audit's.

    `request(same, other)` gives the path and the form; named with A's own object instead (`request(same, same)`),
    the same form goes through, unless `control` is False, so the refusal is the station's and not the form's."""

    role: str
    request: object
    control: bool = True


NAMED = {
    "file B's verified registration from A's queue": Named(
        OFFICER,
        lambda same, other: (
            reverse("registration:file"),
            {"registrations": [other.verified.pk], "filing_key": new_key()},
        ),
    ),
    "assign A's registration to B's officer": Named(
        OFFICER,
        lambda same, other: (reverse("registration:assign", args=[same.submitted.pk]), {"officer": other.officer.pk}),
    ),
    "enter a walk-in registration for B's resident": Named(
        OFFICER,
        lambda same, other: (f"{reverse('registration:create')}?resident={other.resident.pk}", {}),
        control=False,
    ),
    "add a resident at B's address": Named(
        OFFICER,
        lambda same, other: (
            reverse("people:resident_create"),
            {**_resident_form(same), "surname": "NOVAK", "address": station_address(other.station, 1).pk},
        ),
    ),
    "move A's resident to B's address": Named(
        HEAD,
        lambda same, other: (
            reverse("people:resident_edit", args=[same.resident.pk]),
            {**_resident_form(same), "address": station_address(other.station, 1).pk},
        ),
    ),
    "start A's resident's household at B's address": Named(
        OFFICER,
        lambda same, other: (
            reverse("people:household_create", args=[same.resident.pk]),
            {"address": station_address(other.station, 2).pk, "contact_person": same.resident.pk},
        ),
    ),
    "make B's resident the contact of A's new household": Named(
        OFFICER,
        lambda same, other: (
            reverse("people:household_create", args=[same.resident.pk]),
            {"address": station_address(same.station, 2).pk, "contact_person": other.resident.pk},
        ),
    ),
    "move A's household to B's address": Named(
        OFFICER,
        lambda same, other: (
            reverse("people:household_edit", args=[same.household.pk]),
            {"address": station_address(other.station, 2).pk, "contact_person": same.resident.pk},
        ),
    ),
    "add a permit to A's resident on B's passport": Named(
        OFFICER,
        lambda same, other: (
            reverse("people:permit_create", args=[same.resident.pk]),
            {**ACCESS["people:permit_create"].data(same), "document": other.document.pk},
        ),
    ),
    "return B's filed registration as A's liaison": Named(
        LIAISON,
        lambda same, other: (
            reverse("registration:police_return", args=[same.batch.pk, other.filed.pk]),
            {"reason": "The passport photo cannot be read."},
        ),
    ),
}
AUDIT_TABLES = {"audit_auditevent", "audit_chainhead"}


def _rows_but_audit() -> list:
    return [rows for meta, rows in zip(TABLES, _rows(), strict=True) if meta.db_table not in AUDIT_TABLES]


@pytest.mark.django_db
@pytest.mark.parametrize("case", sorted(NAMED))
def test_another_station_s_object_named_in_a_form_changes_nothing(world, case):
    named, same, client = NAMED[case], world.places["same"], world.clients[NAMED[case].role]
    before = _rows_but_audit()
    if named.control:
        with transaction.atomic():
            client.post(*named.request(same, same))
            assert _rows_but_audit() != before, "the form naming A's own object should go through"
            transaction.set_rollback(True)
    with transaction.atomic():
        response = client.post(*named.request(same, world.places["other"]))
        shown = _shown(response, world.places["other"].secrets)
        assert response.status_code in (200, 302, 403, 404), response.status_code
        assert not shown
        assert _rows_but_audit() == before
        transaction.set_rollback(True)
    client.cookies.pop("messages", None)


@pytest.mark.django_db
def test_a_police_result_sheet_naming_b_s_registration_records_nothing(world):
    """A's liaison uploads the police's sheet with B's filed registration on it: the preview names no one of B,
    and confirming it records no receipt."""
    client, other = world.clients[LIAISON], world.places["other"]
    before = _rows_but_audit()
    with transaction.atomic():
        sheet = f"reference,receipt number,date\r\n{other.filed.reference},PCS-B-1,{iso_from_today(0)}"
        upload = SimpleUploadedFile("result.csv", sheet.encode(), content_type="text/csv")
        assert client.post(reverse("registration:result_sheet_upload"), {"sheet": upload}).status_code == 302
        preview = _body(client.get(reverse("registration:result_sheet_preview")))
        token = client.session["registration:result_sheet"]["token"]
        done = client.post(reverse("registration:result_sheet_confirm"), {"token": token})
        assert done.status_code == 200
        assert not [secret for secret in other.secrets[:2] if secret in preview + _body(done)]
        assert _rows_but_audit() == before
        transaction.set_rollback(True)
    client.cookies.pop("messages", None)
