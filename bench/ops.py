"""The timed operations: MRZ from a photo, the slip PDF, the duty and reminder passes (the first over the whole data
set, then the steady state after 1 % of the residents changed),
registration submissions per second, planning a month of home visits for every station, and `lianyang demo` at
community scale into a temporary SQLite file.

The duty and reminder passes, the submissions and the visits planned run inside a transaction that is rolled
back, so every run of the bench times the same work on the same data (notifications are queued on commit, so none
are sent).
"""

import contextlib
import datetime
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from .config import ROOT


class Rollback(Exception):
    pass


def timings(fn, runs: int, budget: float = 120) -> dict:
    """Median and p95 of `fn` over `runs` calls, stopping early when `budget` seconds are spent."""
    seconds, started = [], time.monotonic()
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        seconds.append(time.perf_counter() - t0)
        if time.monotonic() - started > budget:
            break
    seconds.sort()
    p95 = seconds[min(len(seconds) - 1, round(0.95 * (len(seconds) - 1)))]
    median = statistics.median(seconds)
    return {"runs": len(seconds), "median_ms": round(median * 1000, 1), "p95_ms": round(p95 * 1000, 1)}


def mrz_from_photo(runs: int) -> dict:
    from lianyang.registration import ocr
    from tests.registration.test_ocr import page_image, passport_lines

    if not ocr.ocr_available():
        return {"skipped": "Tesseract is not installed"}
    photo = page_image(passport_lines(), fields=[("Surname", "TANAKA"), ("Given names", "HIROSHI")])
    today = datetime.date(2026, 11, 26)
    return timings(lambda: ocr.read_mrz(photo, today=today), runs)


def slip(runs: int) -> dict:
    from lianyang.registration.models import AccommodationRegistration
    from lianyang.registration.pdf import slip_pdf
    from lianyang.registration.selectors import REGISTRATION_RELATED

    registration = AccommodationRegistration.objects.filter(status="registered").select_related(*REGISTRATION_RELATED)
    registration = registration.order_by("id").first()
    return timings(lambda: slip_pdf(registration, "en"), runs)


def newspaper_pdf(runs: int) -> dict:
    """A twelve-article issue of the busiest station printed in English and in Japanese, median and p95 (issue 12:
    ≤ 5 s); the issue is written through the services and rolled back."""
    from lianyang.accounts.models import Role, StaffProfile
    from lianyang.demo.articletexts import ISSUES
    from lianyang.publishing.newspaper import article_create, issue_create
    from lianyang.publishing.printing.newspaper import issue_pdf
    from lianyang.publishing.translation import translation_review, translation_write

    staff = StaffProfile.objects.filter(role__in=[Role.HEAD, Role.OFFICER]).order_by("station_id", "id")
    writer, reviewer = [profile.user for profile in staff[:2]]
    articles = [article for issue in ISSUES for article in issue][:12]
    result = {}
    try:
        with transaction.atomic():
            issue = issue_create(actor=writer, station=staff[0].station, dated=datetime.date.today())
            for spec in articles:
                title, body = spec["texts"]["en"]
                article = article_create(actor=writer, issue=issue, language="en", title=title, body=body)
                for language in ("en", "ja"):
                    title, body = spec["texts"][language]
                    translation_write(actor=writer, piece=article, language=language, title=title, body=body)
                    translation_review(actor=reviewer, piece=article, language=language, approve=True)
            for language in ("en", "ja"):
                result[language] = timings(lambda language=language: issue_pdf(issue, language), runs)
            raise Rollback
    except Rollback:
        return {"articles": len(articles), **result}


def _rolled_back(fn):
    result = {}
    try:
        with transaction.atomic():
            t0 = time.perf_counter()
            result["count"] = fn()
            result["seconds"] = round(time.perf_counter() - t0, 2)
            raise Rollback
    except Rollback:
        return result


def worker_passes(changed: float = 0.01, *, full: bool = True) -> dict:
    """Each worker pass twice, in one transaction rolled back: the first pass (full, over the whole data set), then,
    after `changed` of the residents (every hundredth, by id) were saved with a new employer, the steady-state
    pass, which reads only what changed, or fell due, since the first (registration/news.py); then the first pass
    of the next day (the same time tomorrow), which also reads the residents whose dates that day reached.

    Without `full` the first passes are not run: their watermarks are set to the present instead, as a finished
    first pass leaves them (a nation's first pass takes the better part of an hour on two cores)."""
    from django.db.models.functions import Mod

    from lianyang.core.models import WorkerPass
    from lianyang.people.models import Resident
    from lianyang.registration import duties, reminders

    def timed(fn, **at) -> dict:
        t0 = time.perf_counter()
        count = fn(**at)
        return {"count": count if isinstance(count, int) else len(count), "seconds": round(time.perf_counter() - t0, 2)}

    passes = {"duties": duties.registration_duties_open, "reminders": reminders.reminders_pass}
    result = {}
    try:
        with transaction.atomic():
            if full:
                for name, fn in passes.items():
                    result[name] = timed(fn)
            else:
                for name in (duties.PASS, reminders.PASS):
                    WorkerPass.objects.update_or_create(name=name, defaults={"watermark": timezone.now()})
            every = round(1 / changed)
            residents = Resident.objects.annotate(n=Mod("id", every)).filter(n=0)
            saved = residents.update(employer="Bench Changed Employer Ltd.", updated_at=timezone.now())
            for name, fn in passes.items():
                result[f"{name}, steady state"] = {
                    **timed(fn),
                    "label": f"{name}, steady state after {saved:,} residents ({changed:.0%}) changed",
                }
            tomorrow = timezone.now() + datetime.timedelta(days=1)
            for name, fn in passes.items():
                result[f"{name}, next day"] = {
                    **timed(fn, now=tomorrow),
                    "label": f"{name}, the first pass of the next day (the day's dates reached)",
                }
            raise Rollback
    except Rollback:
        return result


def submissions(c: dict, count: int = 200, budget: float = 60) -> dict:
    """registration_submit for residents of the station without an open registration, one after another."""
    from lianyang.people.models import Resident
    from lianyang.registration.models import OPEN_STATUSES
    from lianyang.registration.services import registration_submit

    today, now = timezone.localdate(), timezone.now()
    residents = list(
        Resident.objects.filter(station_id=c["station"], status="active", address__isnull=False)
        .exclude(registrations__status__in=OPEN_STATUSES)
        .select_related("station", "address__building__compound__area")
        .order_by("id")[:count]
    )
    officer = c["users"]["head"]

    def run():
        done, started = 0, time.monotonic()
        for n, resident in enumerate(residents):
            document = resident.documents.filter(expiry_date__gte=today).first()
            registration_submit(
                actor=officer, resident=resident, address=resident.address, document=document,
                permit=resident.permits.first(), arrival_at=now - datetime.timedelta(hours=2),
                submission_key=f"bench-submit-{n}", channel="walk_in", host_name="王建国", host_phone="+12125550100",
                host_relation="landlord", host_id_kind="resident_id", host_id_number="991234567890123456",
                proof_kind="lease",
            )  # fmt: skip
            done += 1
            if time.monotonic() - started > budget:
                break
        return done

    result = _rolled_back(run)
    result["per_second"] = round(result["count"] / result["seconds"], 1) if result.get("seconds") else None
    return result


def month_weeks(today: datetime.date) -> list[datetime.date]:
    """The Mondays of the month after `today`'s: four or five weeks to plan."""
    first = (today.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
    mondays = [first + datetime.timedelta(days=-first.weekday() % 7 + 7 * n) for n in range(5)]
    return [monday for monday in mondays if monday.month == first.month]


def visit_month() -> dict:
    """Next month's home visits for every station, as each head plans them on the plan page (casework/visits):
    first the proposal of each week (what the page shows, nothing accepted), then the weeks accepted one after
    another (`visit_plan_accept`, which works its proposal out again and writes it), inside a transaction that is
    rolled back. A week in which nothing comes due is refused by the service and counts no visit."""
    from django.core.exceptions import ValidationError

    from lianyang.accounts.models import Role, StaffProfile
    from lianyang.casework.visits.selectors import visit_proposal
    from lianyang.casework.visits.services import visit_plan_accept

    by_station = {}  # each station's first head
    for profile in (
        StaffProfile.objects.filter(role=Role.HEAD, station__isnull=False).select_related("user").order_by("-pk")
    ):
        by_station[profile.station_id] = profile.user
    heads = [by_station[station] for station in sorted(by_station)]
    weeks = month_weeks(timezone.localdate())

    t0 = time.perf_counter()
    proposed = sum(len(visit_proposal(actor=head, week_start=week)) for head in heads for week in weeks)
    proposal = {"count": proposed, "seconds": round(time.perf_counter() - t0, 2)}

    def plan():
        planned = 0
        for head in heads:
            for week in weeks:
                with contextlib.suppress(ValidationError):  # nothing comes due that week
                    planned += len(visit_plan_accept(actor=head, week_start=week))
        return planned

    return {"stations": len(heads), "weeks": len(weeks), "from": weeks[0].isoformat(), "proposal": proposal,
            "planning": _rolled_back(plan)}  # fmt: skip


def demo_build_time(timeout: int = 900) -> dict:
    """`lianyang demo --scale community --no-serve --reset` into a temporary SQLite file."""
    with tempfile.TemporaryDirectory() as folder:
        seconds = demo_into(f"sqlite:///{Path(folder) / 'demo.sqlite3'}", timeout=timeout)
    return {"scale": "community", "database": "sqlite (temporary file)", "seconds": seconds}


def demo_into(url: str, timeout: int = 900) -> float:
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "lianyang.settings"}
    env.pop("DEMO_SKIP_TOTP", None)
    command = [str(Path(sys.executable).with_name("lianyang")), "demo", "--scale", "community", "--no-serve", "--reset"]
    started = time.monotonic()
    subprocess.run(command, cwd=ROOT, env=env, check=True, timeout=timeout, capture_output=True)
    return round(time.monotonic() - started, 1)
