"""A station's year of activities at scale, written in bulk as the services would write them: what the demo plans
for its station (lianyang/demo/activities.py), for every station of a build.

Each station gets a Mandarin corner every second Saturday (a series from a year back to three months ahead), the
monthly activity of each of the past twelve months (the festivals in their season), and three coming activities
open for sign-up: dumplings next week with seats, the riverside walk full with its waiting list (a seat given up
this morning is offered to the first in the queue), and the doctor's talk whose Korean and Arabic texts are not
written yet (a reader in those languages sees the English). Every text is written in English by an officer and
translated into the nine other interface languages by the station's best speaker of each, reviewed by another
(four eyes), as parler translation rows. The past activities have their rosters (most came, some did not, a few
cancelled; about half of those who came rated the activity, some with a comment in their language), the coming
ones their sign-ups taken at the desk; only residents who consented to activities enrol (PIPL art. 13-14).

The rows are the demo's own (`_held`, `_coming`), drawn from a stream keyed by the station's name and the build's
seed, so they do not depend on which process writes them nor on whether the build or a later `bench build`
(`activities_add` in build.py) does. Creation events are not written to the audit log, as for the rest of a build.
"""

import datetime
import random

from django.db import transaction
from django.utils import timezone

from lianyang.accounts.models import Role, StaffProfile
from lianyang.activities.models import Activity, ActivitySeries, Enrolment, TranslationStatus
from lianyang.casework.requests.routing import speakers_of
from lianyang.core.models import Weekday
from lianyang.demo.activities import UNTRANSLATED, _at, _Codes, _coming, _held, _nth_weekday
from lianyang.demo.activitytexts import MONTHLY, TEXTS, VENUES
from lianyang.demo.casework import times_as_given
from lianyang.people.models import Consent, Resident

Status = Enrolment.Status
Translation = Activity._parler_meta.root_model
BATCH = 5000
LANGUAGES = tuple(TEXTS["mandarin_corner"][1])  # the ten interface languages, English (the source) first
SERIES_KEY = "mandarin_corner"


class _StationCodes(_Codes):
    """The demo's seeded check-in codes, redrawn where another station already holds one (codes are unique across
    the deployment: a clash has about one chance in three thousand at city scale)."""

    def taken(self, rows: list[Enrolment]) -> None:
        while clashes := set(
            Enrolment.objects.filter(check_in_code__in=[row.check_in_code for row in rows]).values_list(
                "check_in_code", flat=True
            )
        ):
            for row in rows:
                if row.check_in_code in clashes:
                    row.check_in_code = self.new()


def _writers(station, head) -> dict[str, tuple[int, int]]:
    """Who writes and who reviews each language's text: the station's best speaker of it (else the head), and
    another officer who speaks it (else the head; the head's own text is reviewed by another officer)."""
    others = list(
        StaffProfile.objects.filter(station=station, role=Role.OFFICER).order_by("pk").values_list("user_id", flat=True)
    )
    writers = {}
    for language in LANGUAGES:
        speakers = [row[3] for row in speakers_of(station=station, language=language)]
        translator = speakers[0] if speakers else head
        second = [user for user in speakers[1:] if user != translator]
        reviewer = second[0] if second else head
        if reviewer == translator:
            reviewer = next((user for user in others if user != translator), translator)
        writers[language] = (translator, reviewer)
    return writers


def _activity(station, key: str, starts_at, *, capacity: int, hours: float = 2, opens_days: int = 21,
              closes_before=datetime.timedelta(hours=2), series=None, created_by=None) -> Activity:  # fmt: skip
    """One activity as activity_create writes it (the demo's `_activity`: written in English, in Chinese and
    English on the day)."""
    theme = TEXTS[key][0]
    activity = Activity(
        station=station, series=series, source_language="en", theme=theme, venue=VENUES.get(key, VENUES["default"]),
        starts_at=starts_at, ends_at=starts_at + datetime.timedelta(hours=hours), capacity=capacity,
        signup_opens_at=starts_at - datetime.timedelta(days=opens_days), signup_closes_at=starts_at - closes_before,
        languages=["zh-hans", "en"], created_by_id=created_by,
    )  # fmt: skip
    activity.bench_key = key
    return activity


def _translations(activity: Activity, writers: dict, missing=()) -> list:
    """The activity's text in every language but `missing`, each reviewed by a second officer."""
    rows = []
    for language, (title, description) in TEXTS[activity.bench_key][1].items():
        if language in missing:
            continue
        translator, reviewer = writers[language]
        rows.append(Translation(
            master=activity, language_code=language, title=title, description=description,
            status=TranslationStatus.REVIEWED, translator_id=translator, reviewer_id=reviewer,
        ))  # fmt: skip
    return rows


def activities_write(station, *, seed: int) -> dict:
    """The station's series, past and coming activities, their translations and enrolments (see the module)."""
    rng = random.Random(f"{seed}:{station.name}:activities")
    now, today = timezone.now(), timezone.localdate()
    head = StaffProfile.objects.filter(station=station, role=Role.HEAD).order_by("pk").first().user_id
    writers = _writers(station, head)
    author = writers["en"][0]
    enrolling = list(
        Consent.objects.filter(
            resident__station=station, resident__status=Resident.Status.ACTIVE, withdrawn_at__isnull=True,
            purpose=Consent.Purpose.ACTIVITIES,
        ).order_by("resident_id").values_list("resident_id", "resident__preferred_language", "resident__user_id")
    )  # fmt: skip
    with transaction.atomic():
        series = ActivitySeries.objects.create(
            station=station, ordinal=ActivitySeries.Ordinal.SECOND, weekday=Weekday.SATURDAY,
            start_time=datetime.time(10), duration_minutes=90, first_day=today - datetime.timedelta(days=365),
            last_day=today + datetime.timedelta(days=90),
        )  # fmt: skip
        held, ahead = [], []
        for day in series.days():
            starts_at = _at(day, 10)
            if starts_at <= now:  # the year behind, as the demo dates it
                held.append(_activity(station, SERIES_KEY, starts_at, capacity=16, hours=1.5, opens_days=14,
                                      series=series, created_by=author))  # fmt: skip
            else:  # as series_create plans them: open fourteen days before, closing when it starts
                ahead.append(_activity(station, SERIES_KEY, starts_at, capacity=16, hours=1.5, opens_days=14,
                                       closes_before=datetime.timedelta(0), series=series,
                                       created_by=author))  # fmt: skip
        for back in range(12, 0, -1):
            year, month_index = divmod(today.year * 12 + today.month - 1 - back, 12)
            month = datetime.date(year, month_index + 1, 1)
            starts_at = _at(_nth_weekday(month, 3, Weekday.SUNDAY), 14)
            held.append(_activity(station, MONTHLY[month.month], starts_at, capacity=rng.choice([20, 24, 30]),
                                  created_by=author))  # fmt: skip
        coming = {
            "dumplings": _activity(station, "dumplings", _at(today + datetime.timedelta(days=6), 14), capacity=20,
                                   created_by=author),
            "riverside_walk": _activity(station, "riverside_walk", _at(today + datetime.timedelta(days=13), 9),
                                        capacity=12, created_by=author),
            "doctor_talk": _activity(station, "doctor_talk", _at(today + datetime.timedelta(days=20), 19),
                                     capacity=30, created_by=author),
        }  # fmt: skip
        activities = [*held, *coming.values(), *ahead]
        Activity.objects.bulk_create(activities, batch_size=BATCH)
        translations = []
        for activity in activities:
            missing = UNTRANSLATED[1] if activity is coming[UNTRANSLATED[0]] else ()
            translations += _translations(activity, writers, missing)
        Translation.objects.bulk_create(translations, batch_size=BATCH)
        enrolments = _enrolments(rng, held, coming, ahead, enrolling, now)
        with times_as_given(Enrolment):
            Enrolment.objects.bulk_create(enrolments, batch_size=BATCH)
    return {"activities": len(activities), "translations": len(translations), "enrolments": len(enrolments)}


def _enrolments(rng, held, coming, ahead, enrolling, now) -> list[Enrolment]:
    """The past rosters (of anyone who consented) and the coming sign-ups (taken at the desk: of residents without
    a portal account), as the demo draws them; on the full walk the last seat taken was
    given up this morning and is offered to the first on the waiting list for the activity's `offer_hours`."""
    codes = _StationCodes(rng)
    everyone = [(resident, language) for resident, language, _user in enrolling]
    desk = [(resident, language) for resident, language, user in enrolling if user is None]
    rows = []
    for activity in held:
        full = rng.random() < 0.3
        count = activity.capacity + rng.randint(2, 5) if full else round(activity.capacity * rng.uniform(0.5, 0.95))
        rows += _held(rng, activity, rng.sample(everyone, min(count, len(everyone))), codes, full=full)
    rows += _coming(rng, coming["dumplings"], rng.sample(desk, min(8, len(desk))), codes)
    walk = coming["riverside_walk"]
    walkers = _coming(rng, walk, rng.sample(desk, min(15, len(desk))), codes, waiting=3)
    seated = [row for row in walkers if row.status == Status.CONFIRMED]
    queue = [row for row in walkers if row.status == Status.WAITLISTED]
    if seated and queue and len(seated) >= walk.capacity:
        freed, first = seated[-1], queue[0]
        given_up = now - datetime.timedelta(hours=rng.uniform(1, 3))
        freed.status, freed.cancelled_at, freed.updated_at = Status.CANCELLED, given_up, given_up
        first.status, first.updated_at = Status.OFFERED, given_up
        first.offered_until = min(given_up + datetime.timedelta(hours=walk.offer_hours), walk.starts_at)
    rows += walkers
    rows += _coming(rng, coming["doctor_talk"], rng.sample(desk, min(6, len(desk))), codes)
    for activity in ahead[:1]:
        rows += _coming(rng, activity, rng.sample(desk, min(5, len(desk))), codes)
    codes.taken(rows)
    return rows


def stations_without_activities(stations):
    """The stations (of a kept build) that have no activity yet."""
    return stations.exclude(pk__in=Activity.objects.values("station_id"))
