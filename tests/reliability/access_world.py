"""The world the access matrix is walked in: station A and station B, each with a resident who owns an object of
every kind the matrix names (registrations, requests, visits, activities, pairings…), and a client per role."""

from contextlib import contextmanager
from types import SimpleNamespace

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client, override_settings

from lianyang.activities.events.services import (
    calendar_feed_renew,
    enrolment_check_in,
    enrolment_signup,
)
from lianyang.activities.pairing.services import pairing_end, pairing_propose, pairing_send, session_log
from lianyang.casework.models import CalendarDay
from lianyang.casework.requests.services import request_close, request_submit
from lianyang.casework.visits.services import visit_plan
from lianyang.civic.campaigns.services import campaign_create
from lianyang.civic.models import WasteItem
from lianyang.notify.models import Notification
from lianyang.people.services import consent_set, household_create
from lianyang.publishing.digest import unsubscribe_token
from lianyang.publishing.handbook import entry_create, section_create
from lianyang.publishing.models import WeChatOutboxItem
from lianyang.publishing.newspaper import article_create, issue_create
from lianyang.publishing.notices import notice_create
from lianyang.publishing.pictures import picture_set
from lianyang.publishing.wechat.services import wechat_send
from lianyang.registration.services import registration_record_receipt, registration_step, registration_submit
from tests.activities.activity_factories import make_activity
from tests.activities.pairing_factories import make_active_pairing, make_host, make_offer, make_wish
from tests.conftest import login_staff
from tests.factories import (
    days_from_today,
    make_passport,
    make_permit,
    make_portal_account,
    make_resident,
    make_staff,
    make_station,
    pdf_bytes,
    png_bytes,
    station_address,
)
from tests.publishing.publishing_factories import published_notice, reviewed
from tests.registration.factories import HOST, filed_batch, make_registration, make_upload, verified_registration
from tests.reliability.access_matrix import ANONYMOUS, DISTRICT, HEAD, LIAISON, OFFICER, OWNER, RESIDENT


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
        **_publications(station, officer),
        waste_item=WasteItem.objects.create(
            key=f"matrix-{station.pk}",
            category="dry",
            how="bagged",
            source="dry-list",
            names={"en": [f"matrix item {station.pk}"], "zh-hans": [f"矩阵{station.pk}"]},
        ),
        **_campaign(station),
        unsubscribe_token=unsubscribe_token(resident.pk),
    )


def _campaign(station) -> dict:
    """A waste-sorting briefing over the station's households, made by its head, and the resident's door in it."""
    campaign = campaign_create(
        actor=make_staff(station, "head"),
        station=station,
        kind="waste",
        title=f"Waste briefing {station.name_en}",
        starts_on=days_from_today(0),
        ends_on=days_from_today(30),
    )
    return {"campaign": campaign, "contact": campaign.contacts.get()}


def _publications(station, officer) -> dict:
    """A draft notice, a notice on the board, a newspaper issue with an article, a handbook section and entry."""
    notice = notice_create(actor=officer, station=station, language="zh-hans", title="停水通知", body="明天停水。")
    issue = issue_create(actor=officer, station=station, dated=days_from_today(0))
    section = section_create(actor=officer, station=station, language="en", title="Transport")
    on_the_board = published_notice(station, writer=officer)
    picture_set(actor=officer, piece=on_the_board, uploaded_file=SimpleUploadedFile("board.png", png_bytes()))
    wechat_send(actor=officer, piece=on_the_board)
    article = article_create(actor=officer, issue=issue, language="en", title="Dumplings", body="Jiaozi.")
    reviewed(article, officer, make_staff(station), "en", "Dumplings", "Jiaozi.")  # the issue prints in English
    return {
        "notice": notice,
        "published_notice": on_the_board,
        "outbox_item": WeChatOutboxItem.objects.filter(station=station).first(),
        "issue": issue,
        "article": article,
        "section": section,
        "entry": entry_create(actor=officer, section=section, language="en", title="Metro", body="Line 2."),
    }


def _client(user=None, staff=False) -> Client:
    client = Client()
    if staff:
        login_staff(client, user)
    elif user is not None:
        client.force_login(user)
    return client


@contextmanager
def two_stations(private_folder):
    """Station A and station B, built for the length of the block and rolled back afterwards, with a client per
    role: the staff of A (a liaison of A's police station among them) and A's residents, one of whom owns A's
    objects. Uploaded papers go to `private_folder`."""
    storage = {**settings.STORAGES["default"], "OPTIONS": {"location": private_folder}}
    with override_settings(STORAGES={**settings.STORAGES, "default": storage}), transaction.atomic():
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
