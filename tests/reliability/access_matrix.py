"""The access matrix: for every URL pattern that takes an object's id, which roles may GET it and POST to it, on
their own station's object and on another station's, and which personal data a refusal must not show.

DESIGN.md (Security), PIPL art. 6 and 51: an officer or head sees their own station's residents only, a police
liaison only filed registrations, a district administrator no personal data, a resident only their own.
test_access_matrix.py walks every cell.
"""

import itertools
from dataclasses import dataclass

from django.utils import timezone

from lianyang.registration.forms import new_key
from tests.factories import iso_from_today, station_address

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


def resident_form(place) -> dict:
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


def _notice_form(place) -> dict:
    return {"category": "safety", "shown_from": "2026-01-05T09:00", "required_languages": ["zh-hans"],
            "poster_languages": ["zh-hans", "en"]}  # fmt: skip


def _publishing_private(place) -> list[str]:
    """A draft is the station's own until it is published: its text must not show to anyone else."""
    return ["停水通知", "Dumplings", "Metro"]


def _nothing(place) -> list[str]:
    return []


def _exchange_form(topic: str, **more) -> dict:
    """An offer's or a wish's form as its owner would send it: a topic, a language, one weekly time."""
    return {"topic": topic, "languages": ["en"], "compound": "", "note": "", "weekday_0": "5", "start_0": "09:00",
            "end_0": "12:00", **more}  # fmt: skip


def _pairing_private(place) -> list[str]:
    """A pairing shows both sides and what they did together."""
    return [*place.secrets, place.host.name, place.session_text]


def _campaign_private(place) -> list[str]:
    """A campaign's pages show its title and its households' names."""
    return [*place.secrets, place.campaign.title]


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
    "people:resident_edit": Access(lambda p: {"pk": p.resident.pk}, get=CASEWORK, post=CASEWORK, data=resident_form),
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
    # Publishing in the back office: the station's officers and head write, translate, review and publish.
    "publishing:notice": Access(lambda p: {"pk": p.notice.pk}, get=CASEWORK, private=_publishing_private),
    "publishing:notice_edit": Access(
        lambda p: {"pk": p.notice.pk}, get=CASEWORK, post=CASEWORK, data=_notice_form, private=_publishing_private
    ),
    "publishing:notice_publish": Access(lambda p: {"pk": p.notice.pk}, post=CASEWORK, private=_publishing_private),
    "publishing:translate": Access(
        lambda p: {"kind": "notice", "pk": p.notice.pk, "language": "fr"},
        get=CASEWORK,
        post=CASEWORK,
        data=lambda p: {"title": "Coupure d'eau", "body": "Demain."},
        private=_publishing_private,
    ),
    "publishing:review": Access(
        lambda p: {"kind": "notice", "pk": p.notice.pk, "language": "zh-hans"},
        post=CASEWORK,
        data=lambda p: {"approve": "yes"},
        private=_publishing_private,
    ),
    "publishing:issue": Access(
        lambda p: {"pk": p.issue.pk},
        get=CASEWORK,
        post=CASEWORK,
        data=lambda p: {"language": "en", "title": "Festival", "body": "Lanterns."},
        private=_publishing_private,
    ),
    "publishing:picture": Access(
        lambda p: {"kind": "notice", "pk": p.notice.pk}, post=CASEWORK, private=_publishing_private
    ),
    "publishing:picture_file": Access(
        lambda p: {"kind": "notice", "pk": p.published_notice.pk}, get=CASEWORK, private=_publishing_private
    ),
    "publishing:issue_publish": Access(lambda p: {"pk": p.issue.pk}, post=CASEWORK, private=_publishing_private),
    "publishing:entry_create": Access(
        lambda p: {"section_pk": p.section.pk},
        post=CASEWORK,
        data=lambda p: {"language": "en", "title": "Taxi", "body": "Use the app."},
        private=_publishing_private,
    ),
    "publishing:entry_checked": Access(lambda p: {"pk": p.entry.pk}, post=CASEWORK, private=_publishing_private),
    "wechat:send": Access(
        lambda p: {"kind": "notice", "pk": p.published_notice.pk}, post=CASEWORK, private=_publishing_private
    ),
    "wechat:outbox_copied": Access(lambda p: {"pk": p.outbox_item.pk}, post=CASEWORK, private=_publishing_private),
    "publishing_print:poster": Access(lambda p: {"pk": p.published_notice.pk}, get=CASEWORK, private=_nothing),
    "publishing_print:poster_pdf": Access(lambda p: {"pk": p.published_notice.pk}, get=CASEWORK, private=_nothing),
    "publishing_print:issue_pdf": Access(
        lambda p: {"pk": p.issue.pk, "language": "en"}, get=CASEWORK, private=_publishing_private
    ),
    # The handbook in print: the address names a language only, and each officer gets their own station's.
    "publishing_print:handbook_pdf": Access(lambda p: {"language": "ko"}, get=CASEWORK, across=True, private=_nothing),
    # The station's publications on the portal: public, for any station (they hold no personal data).
    "board:station": Access(lambda p: {"station_pk": p.station.pk}, get=EVERYONE, across=True, private=_nothing),
    "board:notice": Access(lambda p: {"pk": p.published_notice.pk}, get=EVERYONE, across=True, private=_nothing),
    "board:handbook_station": Access(
        lambda p: {"station_pk": p.station.pk}, get=EVERYONE, across=True, private=_nothing
    ),
    "board:newspaper_station": Access(
        lambda p: {"station_pk": p.station.pk}, get=EVERYONE, across=True, private=_nothing
    ),
    "board:issue": Access(lambda p: {"pk": p.issue.pk}, private=_nothing),
    "board:issue_pdf": Access(lambda p: {"pk": p.issue.pk}, private=_nothing),
    "board:handbook_pdf": Access(lambda p: {"station_pk": p.station.pk}, get=EVERYONE, across=True, private=_nothing),
    "board:picture": Access(
        lambda p: {"kind": "notice", "pk": p.published_notice.pk}, get=EVERYONE, across=True, private=_nothing
    ),
    "board_feeds:rss": Access(lambda p: {"station_pk": p.station.pk}, get=EVERYONE, across=True, private=_nothing),
    "board_feeds:atom": Access(lambda p: {"station_pk": p.station.pk}, get=EVERYONE, across=True, private=_nothing),
    # The newsletter's one-click unsubscribe: the signed address is the key (a mail reader cannot log in).
    "newsletter:unsubscribe": Access(
        lambda p: {"token": p.unsubscribe_token}, get=EVERYONE, post=EVERYONE, across=True, private=_nothing
    ),
    # The waste guide is the city's, one for every station: any station's head corrects any item, officers read
    # the list only (no personal data in it).
    "civic:guide_item_edit": Access(
        lambda p: {"pk": p.waste_item.pk},
        get={HEAD},
        post={HEAD},
        data=lambda p: {
            "category": "dry",
            "how": "bagged",
            "source": "dry-list",
            "names_en": f"matrix item {p.station.pk}",
            "names_zh_hans": f"矩阵{p.station.pk}",
        },
        across=True,
        private=_nothing,
    ),
    # A compound's waste drop-off windows: no personal data, but the station's own; its head sets them.
    "civic:windows_edit": Access(
        lambda p: {"pk": p.compound.pk},
        get={HEAD},
        post={HEAD},
        data=lambda p: {"opens_1": "06:30", "closes_1": "08:30"},
        private=_nothing,
    ),
    # A compound's waste-sorting poster: public, for any compound (names and hours are not personal data).
    "waste:poster": Access(lambda p: {"compound_pk": p.compound.pk}, get=EVERYONE, across=True, private=_nothing),
    # Campaigns: the station's caseworkers work them door to door; the doors show the households' names.
    "civic:campaign": Access(lambda p: {"pk": p.campaign.pk}, get=CASEWORK, private=_campaign_private),
    "civic:campaign_script": Access(
        lambda p: {"pk": p.campaign.pk},
        post=CASEWORK,
        data=lambda p: {"language": "en", "text": "Good morning, we come about the bins."},
        private=_campaign_private,
    ),
    "civic:campaign_message": Access(
        lambda p: {"pk": p.campaign.pk},
        post=CASEWORK,
        data=lambda p: {"language": "en", "subject": "The four bins", "body": "We come by next week."},
        private=_campaign_private,
    ),
    "civic:campaign_send": Access(
        lambda p: {"pk": p.campaign.pk}, get=CASEWORK, post=CASEWORK, private=_campaign_private
    ),
    "civic:campaign_wechat": Access(lambda p: {"pk": p.campaign.pk}, post=CASEWORK, private=_campaign_private),
    "civic:campaign_compound": Access(
        lambda p: {"pk": p.campaign.pk, "compound_pk": p.compound.pk}, get=CASEWORK, private=_campaign_private
    ),
    "civic:campaign_building": Access(
        lambda p: {"pk": p.campaign.pk, "building_pk": p.building.pk}, get=CASEWORK, private=_campaign_private
    ),
    "civic:campaign_sheet": Access(
        lambda p: {"pk": p.campaign.pk, "building_pk": p.building.pk}, get=CASEWORK, private=_campaign_private
    ),
    "civic:contact_mark": Access(
        lambda p: {"pk": p.campaign.pk, "contact_pk": p.contact.pk},
        post=CASEWORK,
        data=lambda p: {"status": "reached", "version": p.contact.version},
        private=_campaign_private,
    ),
    # The station's calendar days: its head's settings, no personal data, but its own.
    "casework:levels:day_remove": Access(
        lambda p: {"pk": p.calendar_day.pk}, get={HEAD}, post={HEAD}, private=lambda p: [p.calendar_day.name]
    ),
}
