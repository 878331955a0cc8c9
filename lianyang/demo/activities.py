"""The demo station's activities and exchanges with neighbours: a year of monthly activities and a Mandarin corner
every second Saturday, the coming weeks open for sign-up, and local hosts paired with residents.

Written through the services where they can be: the officers create, translate and review the activities
(events/planning.py; four eyes: each translation reviewed by another officer), the series is planned by
`series_create`, a portal resident signs up and another gives up a seat on a full activity so that it is offered
to the waiting list (events/services.py); hosts with portal accounts write their offers, the Brazilian resident her
wish, and their pairing is proposed, sent, accepted and its sessions logged by both through pairing/services.py;
the matcher proposes the rest for an officer to review. What the services cannot write is inserted in bulk as the
services would have written it: the past year's sign-ups (sign-up refuses an activity already held, and needs the
resident's own portal account, which most residents do not have), their check-ins (the service stamps the moment of
writing, not the day of the activity) and ratings (only the resident's own account rates); the coming weeks'
sign-ups of residents without an account (taken at the desk; there is no staff sign-up service); and the offers,
wishes and past pairings of hosts and residents without an account (only their owners write offers and wishes, and
both sides answer a pairing from their own accounts). The seed's pair is dated back after the services wrote it.

Only residents who consented to activities (people.Consent "activities") enrol, and only those who consented to
pairing (people.Consent "pairing") wish for a pairing (PIPL art. 13-14).
"""

import datetime
import random

from django.contrib.auth import get_user_model
from django.utils import timezone

from lianyang.accounts.models import StaffProfile
from lianyang.activities.events.planning import activity_create, activity_translate, series_create
from lianyang.activities.events.services import CODE_ALPHABET, CODE_LENGTH, enrolment_cancel, enrolment_signup
from lianyang.activities.models import ActivitySeries, Enrolment, Pairing
from lianyang.activities.models.pairing import (
    AvailabilitySlot,
    ExchangeOffer,
    ExchangeTopic,
    ExchangeWish,
    PairingSession,
)
from lianyang.activities.pairing import matcher
from lianyang.activities.pairing.services import (
    LANGUAGE_CODES,
    _party,
    offer_save,
    pairing_answer,
    pairing_propose,
    pairing_send,
    pairings_match,
    session_log,
    wish_save,
)
from lianyang.core.models import Weekday
from lianyang.people.models import Consent, LocalHost, Resident
from lianyang.people.services import consent_set

from .activitytexts import (
    COMMENTS,
    COOKING_HOST,
    HOST_FEEDBACK,
    LOW_COMMENTS,
    MONTHLY,
    RESIDENT_FEEDBACK,
    SESSIONS,
    TEXTS,
    VENUES,
)
from .casework import times_as_given

Status = Enrolment.Status
# Who translates each language and which other officer reviews it (four eyes); English is the source.
TRANSLATORS = {
    "zh-hans": ("officer.en", "head"), "ja": ("officer.ja", "officer.ja2"), "ko": ("officer.ko", "officer.ko2"),
    "fr": ("officer.fr", "head"), "de": ("officer.de", "head"), "es": ("officer.es", "officer.pt"),
    "pt-br": ("officer.pt", "officer.es"), "ru": ("officer.ru", "head"), "ar": ("officer.ar", "head"),
}  # fmt: skip
# The coming activity whose Korean and Arabic texts are not written yet: readers see the English (the fallback).
UNTRANSLATED = ("doctor_talk", ("ko", "ar"))
PAST_PAIRING_DAYS = 165


def _at(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def _nth_weekday(month: datetime.date, nth: int, weekday: int) -> datetime.date:
    first = month.replace(day=1)
    return first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


class _Station:
    """The station's officers by user name, its consenting residents and its portal residents."""

    def __init__(self, station, head):
        self.station, self.head = station, head
        self.staff = {
            p.user.username: p.user for p in StaffProfile.objects.filter(station=station).select_related("user")
        }
        self.staff["head"] = head
        consents = Consent.objects.filter(
            resident__station=station, resident__status=Resident.Status.ACTIVE, withdrawn_at__isnull=True
        ).order_by("resident_id")
        self.enrolling = list(
            consents.filter(purpose=Consent.Purpose.ACTIVITIES).values_list(
                "resident_id", "resident__preferred_language"
            )
        )
        self.portal = {
            str(r.nationality): r
            for r in Resident.objects.filter(station=station, user__isnull=False, status=Resident.Status.ACTIVE)
            .select_related("user", "household__address__building")
            .order_by("pk")
        }

    def user(self, username: str):
        return self.staff.get(username, self.head)

    def consent(self, resident, purpose: str) -> None:
        """The resident agreed at the desk (recorded by the officer who speaks their language)."""
        if not Consent.objects.filter(resident=resident, purpose=purpose, withdrawn_at__isnull=True).exists():
            consent_set(actor=self.user("officer.pt"), resident=resident, purpose=purpose, given=True)


def _translated(place: _Station, activity, key: str, missing=()) -> None:
    for language, (title, description) in TEXTS[key][1].items():
        if language == "en" or language in missing:
            continue
        translator, reviewer = TRANSLATORS[language]
        for actor, reviewed in ((place.user(translator), False), (place.user(reviewer), True)):
            activity_translate(
                actor=actor, activity=activity, language=language, title=title, description=description,
                reviewed=reviewed,
            )  # fmt: skip
    activity.translations.filter(language_code="en").update(status="reviewed", reviewer=place.user("head"))


def _activity(place: _Station, key: str, starts_at, *, capacity: int, hours: float = 2, opens_days: int = 21):
    theme, texts = TEXTS[key]
    title, description = texts["en"]
    activity = activity_create(
        actor=place.user("officer.en"), station=place.station, language="en", title=title, description=description,
        theme=theme, venue=VENUES.get(key, VENUES["default"]), starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=hours), capacity=capacity,
        signup_opens_at=starts_at - datetime.timedelta(days=opens_days),
        signup_closes_at=starts_at - datetime.timedelta(hours=2), languages=["zh-hans", "en"],
    )  # fmt: skip
    return activity


class _Codes:
    """Check-in codes drawn from the seeded stream, unique among those the demo writes."""

    def __init__(self, rng: random.Random):
        self.rng, self.used = rng, set()

    def new(self) -> str:
        while True:
            code = "".join(self.rng.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
            if code not in self.used:
                self.used.add(code)
                return code


def _held(rng, activity, people, codes: _Codes, *, full: bool) -> list[Enrolment]:
    """A past activity's roster: most came, some did not, a few cancelled; a full one had a waiting list."""
    rows = []
    for index, (resident_id, language) in enumerate(people):
        signed = activity.signup_opens_at + datetime.timedelta(hours=rng.uniform(1, 200))
        waited = full and index >= activity.capacity
        status = (
            Status.CANCELLED
            if waited and rng.random() < 0.6
            else rng.choices([Status.ATTENDED, Status.NO_SHOW, Status.CANCELLED], [85, 11, 4])[0]
        )
        row = Enrolment(
            activity=activity, resident_id=resident_id, signed_up_by_id=resident_id, status=status,
            queued_at=signed if waited else None, check_in_code=codes.new(), created_at=signed, updated_at=signed,
        )  # fmt: skip
        if status == Status.CANCELLED:
            row.cancelled_at = row.updated_at = signed + datetime.timedelta(hours=rng.uniform(1, 48))
        if status == Status.ATTENDED:
            row.checked_in_at = row.updated_at = activity.starts_at + datetime.timedelta(minutes=rng.randint(-10, 15))
            if rng.random() < 0.5:
                row.rating = rng.choices([5, 4, 3, 2], [50, 32, 13, 5])[0]
                row.rated_at = row.updated_at = activity.ends_at + datetime.timedelta(hours=rng.uniform(2, 60))
                if rng.random() < 0.3:
                    row.comment = rng.choice(
                        LOW_COMMENTS if row.rating <= 2 else COMMENTS.get(language) or COMMENTS["en"]
                    )
        rows.append(row)
    return rows


def _coming(rng, activity, people, codes: _Codes, *, waiting: int = 0) -> list[Enrolment]:
    """Sign-ups taken at the desk for a coming activity: seats, then the waiting list in the order they came."""
    rows = []
    for index, (resident_id, _language) in enumerate(people):
        signed = activity.signup_opens_at + datetime.timedelta(hours=index + rng.uniform(0, 1))
        queued = index >= len(people) - waiting
        rows.append(Enrolment(
            activity=activity, resident_id=resident_id, signed_up_by_id=resident_id,
            status=Status.WAITLISTED if queued else Status.CONFIRMED, queued_at=signed if queued else None,
            check_in_code=codes.new(), created_at=signed, updated_at=signed,
        ))  # fmt: skip
    return rows


def activities_add(rng: random.Random, *, station, head) -> int:
    """A year of activities of the station and the coming weeks (see the module's docstring); answers how many."""
    place = _Station(station, head)
    now, today = timezone.now(), timezone.localdate()
    codes = _Codes(rng)
    theme, texts = TEXTS["mandarin_corner"]
    series = series_create(
        actor=place.user("officer.en"), station=station, ordinal=ActivitySeries.Ordinal.SECOND,
        weekday=Weekday.SATURDAY, start_time=datetime.time(10), duration_minutes=90,
        first_day=today - datetime.timedelta(days=365), last_day=today + datetime.timedelta(days=90),
        language="en", title=texts["en"][0], description=texts["en"][1], capacity=16, venue=VENUES["default"],
        theme=theme, languages=["zh-hans", "en"],
    )  # fmt: skip
    held = []
    for day in series.days():
        if _at(day, 10) <= now:
            activity = _activity(place, "mandarin_corner", _at(day, 10), capacity=16, hours=1.5, opens_days=14)
            activity.series = series
            activity.save(update_fields=["series"])
            held.append(activity)
    for back in range(12, 0, -1):
        year, month_index = divmod(today.year * 12 + today.month - 1 - back, 12)
        month = datetime.date(year, month_index + 1, 1)
        key = MONTHLY[month.month]
        held.append(
            _activity(place, key, _at(_nth_weekday(month, 3, Weekday.SUNDAY), 14), capacity=rng.choice([20, 24, 30]))
        )
    enrolments = []
    for activity in held:
        full = rng.random() < 0.3
        count = activity.capacity + rng.randint(2, 5) if full else round(activity.capacity * rng.uniform(0.5, 0.95))
        people = rng.sample(place.enrolling, min(count, len(place.enrolling)))
        enrolments += _held(rng, activity, people, codes, full=full)
    coming = {
        "dumplings": _activity(place, "dumplings", _at(today + datetime.timedelta(days=6), 14), capacity=20),
        "riverside_walk": _activity(place, "riverside_walk", _at(today + datetime.timedelta(days=13), 9), capacity=12),
        "doctor_talk": _activity(place, "doctor_talk", _at(today + datetime.timedelta(days=20), 19), capacity=30),
    }
    portal = [r for code, r in place.portal.items() if code != "BR"]
    walker = portal[0] if portal else None
    pool = [p for p in place.enrolling if p[0] not in {r.pk for r in place.portal.values()}]
    enrolments += _coming(rng, coming["dumplings"], rng.sample(pool, min(8, len(pool))), codes)
    walkers = rng.sample(pool, min(15, len(pool)))
    if walker is not None:
        place.consent(walker, Consent.Purpose.ACTIVITIES)
        walkers = [(walker.pk, walker.preferred_language), *walkers[:11], *walkers[11:]]
    enrolments += _coming(rng, coming["riverside_walk"], walkers, codes, waiting=max(0, len(walkers) - 12))
    enrolments += _coming(rng, coming["doctor_talk"], rng.sample(pool, min(6, len(pool))), codes)
    upcoming = list(series.activities.filter(starts_at__gt=now)[:1])
    for activity in upcoming:
        enrolments += _coming(rng, activity, rng.sample(pool, min(5, len(pool))), codes)
    with times_as_given(Enrolment):
        Enrolment.objects.bulk_create(enrolments, batch_size=1000)
    for activity in [*held, *series.activities.filter(starts_at__gt=now)]:
        _translated(place, activity, "mandarin_corner" if activity.series_id else _key_of(activity))
    for key, activity in coming.items():
        _translated(place, activity, key, UNTRANSLATED[1] if key == UNTRANSLATED[0] else ())
    brazilian = place.portal.get("BR")
    if brazilian is not None:
        place.consent(brazilian, Consent.Purpose.ACTIVITIES)
        enrolment_signup(actor=brazilian.user, activity=coming["dumplings"])
    if walker is not None:  # a seat freed on the full walk is offered to the first on the waiting list
        enrolment_cancel(actor=walker.user, enrolment=coming["riverside_walk"].enrolments.get(resident=walker))
    return station.activities.count()


def _key_of(activity) -> str:
    title = activity.safe_translation_getter("title", language_code="en")
    return next(key for key, (_theme, texts) in TEXTS.items() if texts["en"][0] == title)


def _host_account(host: LocalHost, slug: str):
    email = f"{slug}@neighbours.lianyang.invalid"
    # Made without a password: demo_build gives every account it made the demo password, hashed once.
    host.user = get_user_model().objects.create_user(username=email, email=email, password=None, language="zh-hans")
    host.save(update_fields=["user"])
    return email


def _slots(rng: random.Random) -> list[tuple]:
    days = rng.sample(list(Weekday.values), rng.choice([1, 2, 3]))
    slots = []
    for day in sorted(days):
        start = rng.choice([9, 10, 14, 15, 19])
        slots.append((day, datetime.time(start), datetime.time(start + rng.choice([2, 3]))))
    return slots


def exchanges_add(rng: random.Random, *, station, head) -> list[tuple[str, str]]:
    """Hosts' offers, residents' wishes, pairings active and ended with their sessions, the seed's cooking pair,
    and the matcher's proposals left for an officer; answers the hosts' portal logins (user name, name)."""
    place = _Station(station, head)
    officer = place.user("officer.pt")
    today = timezone.localdate()
    hosts = list(LocalHost.objects.filter(station=station).order_by("pk"))
    brazilian = place.portal.get("BR")
    compound = brazilian.household.address.building.compound if brazilian and brazilian.household_id else None
    zhou = LocalHost.objects.create(
        station=station, name=COOKING_HOST[0], name_pinyin=COOKING_HOST[1], compound=compound,
        offers="家常菜：红烧肉 / Home cooking: braised pork", languages=["zh-hans", "wuu", "en"],
    )  # fmt: skip
    logins = [(_host_account(zhou, COOKING_HOST[2]), f"{zhou.name} ({zhou.name_pinyin})")]
    for host in hosts[:2]:
        logins.append(
            (_host_account(host, host.name_pinyin.lower().replace(" ", ".")), f"{host.name} ({host.name_pinyin})")
        )
    topics = [t for t in ExchangeTopic.values if t != ExchangeTopic.OTHER]
    zhou_offer = offer_save(
        actor=zhou.user, host=zhou, topic=ExchangeTopic.COOKING, languages=["zh-hans", "en"], compound=compound,
        capacity=2, note="Shanghai home cooking in my kitchen", slots=[(5, datetime.time(14), datetime.time(17)),
                                                                        (6, datetime.time(10), datetime.time(13))],
    )  # fmt: skip
    offers, slots = [], []
    for index, host in enumerate(hosts):
        topic = topics[index % len(topics)]
        languages = [code for code in host.languages if code in LANGUAGE_CODES]
        if host.user_id:
            offer_save(actor=host.user, host=host, topic=topic, languages=languages, compound=host.compound,
                       capacity=rng.choice([1, 2, 3]), slots=_slots(rng))  # fmt: skip
            continue
        offer = ExchangeOffer(station=station, host=host, topic=topic, languages=languages, compound=host.compound,
                              capacity=rng.choice([1, 2, 3]))  # fmt: skip
        offers.append(offer)
        slots += [AvailabilitySlot(offer=offer, weekday=d, start=s, end=e) for d, s, e in _slots(rng)]
    ExchangeOffer.objects.bulk_create(offers)
    consenting = list(
        Consent.objects.filter(
            resident__station=station, resident__status=Resident.Status.ACTIVE, withdrawn_at__isnull=True,
            purpose=Consent.Purpose.PAIRING, resident__user__isnull=True,
        ).order_by("resident_id").values_list("resident_id", "resident__preferred_language")
    )  # fmt: skip
    wishes = []
    for resident_id, language in rng.sample(consenting, min(40, len(consenting))):
        languages = [code for code in dict.fromkeys([language, "en", "zh-hans"]) if code in LANGUAGE_CODES]
        wish = ExchangeWish(station=station, resident_id=resident_id, topic=rng.choice(topics),
                            languages=languages[: rng.choice([1, 2, 3])])  # fmt: skip
        wishes.append(wish)
        slots += [AvailabilitySlot(wish=wish, weekday=d, start=s, end=e) for d, s, e in _slots(rng)]
    ExchangeWish.objects.bulk_create(wishes)
    for slot in slots:
        slot.offer_id = slot.offer.pk if slot.offer else None
        slot.wish_id = slot.wish.pk if slot.wish else None
    AvailabilitySlot.objects.bulk_create(slots)
    _pairings_past(rng, station, officer, wishes[: len(wishes) // 3], today, kept=zhou_offer)
    if brazilian is not None:
        _cooking_pair(place, brazilian, zhou, zhou_offer, officer, today)
    pairings_match(actor=officer, station=station)
    return logins


def _pairings_past(rng, station, officer, wishes, today, *, kept) -> None:
    """Pairings made before: most active or finished with both sides' feedback, one declined; their sessions.
    The `kept` offer is left for the seed's pair."""
    offers = list(
        ExchangeOffer.objects.filter(station=station)
        .exclude(pk=kept.pk)
        .prefetch_related("slots")
        .select_related("compound")
    )
    places = {offer.pk: offer.capacity for offer in offers}
    pairings, sessions = [], []
    for wish in wishes:
        offer = next((o for o in offers if o.topic == wish.topic and places[o.pk] > 0), None)
        if offer is None:
            continue
        fate = rng.choices([Pairing.Status.ACTIVE, Pairing.Status.ENDED, Pairing.Status.DECLINED], [5, 4, 1])[0]
        started = today - datetime.timedelta(days=rng.randint(60, 330))
        reasons = matcher.pair_reasons(_party(wish), _party(offer))
        at = _at(started, 10)
        pairing = Pairing(
            station=station, offer=offer, wish=wish, resident_id=wish.resident_id, topic=wish.topic,
            score=matcher.points(reasons), reasons=reasons, status=fate, proposed_by=officer, sent_by=officer,
            sent_at=at, created_at=at - datetime.timedelta(days=2), updated_at=at,
        )  # fmt: skip
        if fate == Pairing.Status.DECLINED:
            pairing.ended_at, pairing.ended_reason = at + datetime.timedelta(days=2), Pairing.EndReason.DECLINED
        else:
            pairing.host_accepted_at = pairing.resident_accepted_at = at + datetime.timedelta(days=1)
            places[offer.pk] -= fate == Pairing.Status.ACTIVE
            last = today - datetime.timedelta(days=rng.randint(2, 20))
            if fate == Pairing.Status.ENDED:
                last = min(last, started + datetime.timedelta(days=rng.randint(40, 120)))
                pairing.ended_at = _at(last + datetime.timedelta(days=3), 18)
                pairing.ended_reason = rng.choices([Pairing.EndReason.FINISHED, Pairing.EndReason.MOVED_AWAY], [4, 1])[
                    0
                ]
                pairing.host_feedback, pairing.resident_feedback = (
                    rng.choice(HOST_FEEDBACK),
                    rng.choice(RESIDENT_FEEDBACK),
                )
                wish.active = False
            day = started + datetime.timedelta(days=7)
            while day <= last:
                sessions.append((pairing, day, rng.choice(SESSIONS.get(wish.topic, ["Meeting"])), rng.random() < 0.5))
                day += datetime.timedelta(days=rng.randint(10, 21))
        pairing.updated_at = pairing.ended_at or pairing.updated_at
        pairings.append(pairing)
    with times_as_given(Pairing):
        Pairing.objects.bulk_create(pairings)
    ExchangeWish.objects.filter(pk__in=[w.pk for w in wishes if not w.active]).update(active=False)
    PairingSession.objects.bulk_create(
        PairingSession(pairing=p, date=d, what_they_did=what, logged_by="host" if by_host else "resident")
        for p, d, what, by_host in sessions
    )


def _cooking_pair(place, brazilian, zhou, offer, officer, today) -> None:
    """The seed's pair through the services: her consent and wish, the officer's proposal, both sides' yes, and
    Hong Shao Rou and the other dishes twice a month, logged by one side or the other; then dated back to when
    they met (the services stamp the moment of writing)."""
    place.consent(brazilian, Consent.Purpose.PAIRING)
    wish = wish_save(
        actor=brazilian.user, resident=brazilian, topic=ExchangeTopic.COOKING, languages=["en", "pt-br"],
        compound=zhou.compound, note="I would love to cook Chinese food for my family",
        slots=[(5, datetime.time(13), datetime.time(18))],
    )  # fmt: skip
    pairing = pairing_propose(actor=officer, wish=wish, offer=offer)
    pairing_send(actor=officer, pairing=pairing)
    pairing_answer(actor=zhou.user, pairing=pairing, accept=True)
    pairing = pairing_answer(actor=brazilian.user, pairing=pairing, accept=True)
    started = today - datetime.timedelta(days=PAST_PAIRING_DAYS)
    day, index = started + datetime.timedelta(days=5), 0
    while day <= today:
        session_log(actor=zhou.user if index % 2 else brazilian.user, pairing=pairing, date=day,
                    what_they_did=SESSIONS["cooking"][index % len(SESSIONS["cooking"])])  # fmt: skip
        day, index = day + datetime.timedelta(days=14), index + 1
    at = _at(started, 10)
    Pairing.objects.filter(pk=pairing.pk).update(
        created_at=at - datetime.timedelta(days=2), sent_at=at, host_accepted_at=at + datetime.timedelta(hours=5),
        resident_accepted_at=at + datetime.timedelta(days=1), updated_at=at + datetime.timedelta(days=1),
    )  # fmt: skip
