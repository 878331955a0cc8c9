"""Sign-ups under load (issue 11: at least 100 a second sustained on PostgreSQL, without an error).

Eight clients, each a thread with its own connection to the run's gunicorn, sign up residents of the portal
resident's station for the activities open for sign-up there, for as long as a page is measured. The residents are
distinct: every client has its own, each consenting to activities (PIPL art. 13-14; the form then asks no consent)
and enrolled in none of those activities, and each signs up for every open activity in turn (the clients start at
different activities, so the activities' row locks are shared as they would be). Each resident posts the portal's
sign-up form with a session of their own, made as the harness makes the portal resident's (context.session_for);
each client first GETs an activity's page, as a browser does, for the CSRF cookie and the form's token.

A sign-up answered with a redirect (to "My activities") succeeded, with a seat or a place on the waiting list (the
rows say which); any other answer, or any exception, is an error. After the run the capacity rule is checked (never
more seats held than an activity has, services.enrolment_signup), and what the run wrote is deleted: the
enrolments, their notifications and their queued deliveries (gunicorn queues them in the database, as production
does; no worker runs, so nothing is sent), the sessions; the residents' accounts are unlinked again. The audit log
keeps its events, as it does of every page a run measures (it is append-only: the database refuses a DELETE), and
so the accounts they name stay, unlinked, for the next run.
"""

import http.client
import math
import re
import statistics
import threading
import time
import urllib.parse

from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.db.models import Count, Max, Q
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from lianyang.activities.models import SEAT_HOLDING, Activity, Enrolment
from lianyang.notify.models import Notification
from lianyang.people.models import Consent, Resident

from .context import session_for

CLIENTS = 8
CEILING_PER_SECOND = 300  # the fastest rate the residents drawn must be enough for, over the whole duration
SIGNER = "bench.signer.{}"  # the user name of a resident's account while the run signs them up
LANGUAGE = "en"
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
DELIVER = "lianyang.notify.tasks.notification_deliver"


def signups(c: dict, base: str, *, duration: float, clients: int = CLIENTS) -> dict:
    """Sign-ups by `clients` concurrent clients through the server at `base` for `duration` seconds; what they
    achieved (see the module). The database is left as it was, but for the audit log."""
    # A run stopped before its clean-up left its accounts linked: unlinked, those residents may sign up again.
    Resident.objects.filter(user__username__startswith=SIGNER.format("")).update(user=None)
    now = timezone.now()
    station = c["activity_station"]
    activities = list(
        Activity.objects.filter(
            station_id=station, starts_at__gt=now, signup_opens_at__lte=now, signup_closes_at__gt=now
        ).order_by("starts_at", "id")
    )
    if not activities:
        return {"skipped": "no activity is open for sign-up at the station"}
    wanted = math.ceil(CEILING_PER_SECOND * duration / len(activities)) + clients
    residents = _signers(station, activities, wanted)
    if len(residents) < clients:
        return {"skipped": f"only {len(residents)} residents could sign up"}
    enrolment_mark = Enrolment.objects.aggregate(m=Max("pk"))["m"] or 0
    notification_mark = Notification.objects.aggregate(m=Max("pk"))["m"] or 0
    queued_since = timezone.now()
    sessions = []
    try:
        users = _linked(residents)
        sessions = [session_for(user, staff=False) for user in users]
        ids = [activity.pk for activity in activities]
        outcome = _load(base, plans_for(sessions, ids, clients), duration)
        written = Enrolment.objects.filter(pk__gt=enrolment_mark, resident__in=residents)
        by_status = dict(written.values_list("status").annotate(n=Count("id")))
        kept = _capacity_kept(ids)
    finally:
        _clean(residents, enrolment_mark, notification_mark, queued_since, sessions)
    succeeded = outcome["succeeded"]
    return {
        "clients": clients, "activities": len(activities), "residents": len(residents), "seconds": outcome["seconds"],
        "attempted": outcome["attempted"], "succeeded": succeeded, "errors": outcome["errors"],
        "confirmed": by_status.get(Enrolment.Status.CONFIRMED, 0),
        "waitlisted": by_status.get(Enrolment.Status.WAITLISTED, 0),
        "per_second": round(succeeded / outcome["seconds"], 1) if outcome["seconds"] else None,
        "p50_ms": outcome["p50_ms"], "p95_ms": outcome["p95_ms"], "exhausted": outcome["exhausted"],
        "capacity_kept": kept, "first_errors": outcome["first_errors"],
    }  # fmt: skip


def plans_for(sessions: list[str], activity_ids: list[int], clients: int) -> list[list[tuple[str, int]]]:
    """Each client's sign-ups in order: its own residents (every `clients`-th), each for every activity in turn,
    the clients and their residents starting at different activities."""
    count = len(activity_ids)
    return [
        [(session, activity_ids[(client + turn + shift) % count])
         for turn, session in enumerate(sessions[client::clients]) for shift in range(count)]
        for client in range(clients)
    ]  # fmt: skip


def _signers(station: int, activities: list, count: int) -> list[Resident]:
    """Up to `count` active residents of the station, in a household, consenting to activities, without a portal
    account of their own and enrolled in none of `activities`."""
    consenting = Consent.objects.filter(purpose=Consent.Purpose.ACTIVITIES, withdrawn_at__isnull=True)
    enrolled = Enrolment.objects.filter(activity__in=activities)
    return list(
        Resident.objects.filter(
            station_id=station, status=Resident.Status.ACTIVE, household__isnull=False, user__isnull=True,
            pk__in=consenting.values("resident_id"),
        )
        .exclude(pk__in=enrolled.values("resident_id"))
        .order_by("pk")[:count]
    )  # fmt: skip


def _linked(residents: list[Resident]) -> list:
    """Each resident's account for the run: the one an earlier run made (the audit log names it), else a new one
    without a password (the session is made directly), linked to the resident until `_clean`."""
    User = get_user_model()  # noqa: N806
    names = {SIGNER.format(resident.pk): resident for resident in residents}
    users = {user.username: user for user in User.objects.filter(username__in=names)}
    new = []
    for name, resident in names.items():
        if name not in users:
            user = User(username=name, language=resident.preferred_language)
            user.set_unusable_password()
            new.append(user)
    for user in User.objects.bulk_create(new):
        users[user.username] = user
    for name, resident in names.items():
        resident.user = users[name]
    Resident.objects.bulk_update(residents, ["user"], batch_size=1000)
    return [users[name] for name in names]


def _capacity_kept(activity_ids: list[int]) -> bool:
    """Never more people holding a seat than an activity's capacity (events/services.py)."""
    seats = Count("enrolments", filter=Q(enrolments__status__in=SEAT_HOLDING))
    rows = Activity.objects.filter(pk__in=activity_ids).annotate(seats=seats).values_list("seats", "capacity")
    return all(taken <= capacity for taken, capacity in rows)


def _clean(residents, enrolment_mark: int, notification_mark: int, queued_since, sessions: list[str]) -> None:
    """Delete what the run wrote but the audit log, and unlink the accounts."""
    notifications = Notification.objects.filter(pk__gt=notification_mark, resident__in=residents)
    sent = set(notifications.values_list("pk", flat=True))
    queued = DBTaskResult.objects.filter(task_path=DELIVER, enqueued_at__gte=queued_since)
    DBTaskResult.objects.filter(
        pk__in=[pk for pk, job in queued.values_list("pk", "args_kwargs") if (job.get("args") or [None])[0] in sent]
    ).delete()
    notifications.delete()
    Enrolment.objects.filter(pk__gt=enrolment_mark, resident__in=residents).delete()
    Session.objects.filter(session_key__in=sessions).delete()
    Resident.objects.filter(pk__in=[resident.pk for resident in residents]).update(user=None)


def _load(base: str, plans: list[list[tuple[str, int]]], duration: float) -> dict:
    """Each client's page first, one after another; then every client's plan in its own thread until `duration`
    seconds have passed (or its plan is done), timed from the moment they all start."""
    url = urllib.parse.urlsplit(base)
    clients = [_Client(url.hostname, url.port, plan) for plan in plans]
    for client in clients:
        client.open_page()
    started = time.monotonic()
    threads = [threading.Thread(target=client.sign_up, args=(started + duration,)) for client in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.monotonic() - started
    latencies = sorted(ms for client in clients for ms in client.latencies)
    p95 = latencies[min(len(latencies) - 1, round(0.95 * (len(latencies) - 1)))] if latencies else None
    return {
        "seconds": round(seconds, 2),
        "attempted": sum(client.attempted for client in clients),
        "succeeded": sum(client.succeeded for client in clients),
        "errors": sum(client.errors for client in clients),
        "exhausted": any(client.exhausted for client in clients),
        "p50_ms": round(statistics.median(latencies), 1) if latencies else None,
        "p95_ms": round(p95, 1) if p95 is not None else None,
        "first_errors": [error for client in clients for error in client.first_errors][:5],
    }


class _Client:
    """One client with its own connection: an activity's page first (the CSRF cookie and the form's token, as a
    browser gets them), then the sign-ups of its plan, one after another."""

    def __init__(self, host: str, port: int, plan: list[tuple[str, int]]):
        self.connection = http.client.HTTPConnection(host, port, timeout=30)
        self.plan, self.form, self.cookie = plan, None, None
        self.attempted = self.succeeded = self.errors = 0
        self.exhausted, self.latencies, self.first_errors = False, [], []

    def error(self, text: str) -> None:
        self.errors += 1
        if len(self.first_errors) < 2:
            self.first_errors.append(text)

    def open_page(self) -> None:
        session, activity = self.plan[0]
        try:
            status, headers, body = self.send("GET", f"/{LANGUAGE}/activities/{activity}/", f"sessionid={session}")
        except Exception as failure:  # noqa: BLE001 — any exception is an error of the run, counted
            self.error(f"GET activity {activity}: {failure!r}")
            return
        token, self.cookie = TOKEN.search(body), _cookie(headers, "csrftoken")
        if status != 200 or token is None or self.cookie is None:
            self.error(f"GET activity {activity}: status {status}, {'no' if token is None else 'a'} form token")
            return
        self.form = urllib.parse.urlencode({"csrfmiddlewaretoken": token.group(1), "people": "me"})

    def sign_up(self, deadline: float) -> None:
        if self.form is None:
            return  # its page failed, counted
        for session, activity in self.plan:
            if time.monotonic() >= deadline:
                break
            self.attempted += 1
            t0 = time.perf_counter()
            try:
                path = f"/{LANGUAGE}/activities/{activity}/signup/"
                cookie = f"sessionid={session}; csrftoken={self.cookie}"
                status, _headers, body = self.send("POST", path, cookie, self.form)
            except Exception as failure:  # noqa: BLE001
                self.connection.close()
                self.error(f"POST activity {activity}: {failure!r}")
                continue
            self.latencies.append((time.perf_counter() - t0) * 1000)
            if 200 <= status < 400:
                self.succeeded += 1
            else:
                self.error(f"POST activity {activity}: status {status}: {' '.join(body.split())[:200]}")
        else:
            self.exhausted = time.monotonic() < deadline
        self.connection.close()

    def send(self, method: str, path: str, cookie: str, body: str = "") -> tuple[int, list, str]:
        headers = {"Cookie": cookie}
        if body:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.connection.request(method, path, body=body.encode() or None, headers=headers)
        response = self.connection.getresponse()
        return response.status, response.getheaders(), response.read().decode(errors="replace")


def _cookie(headers: list[tuple[str, str]], name: str) -> str | None:
    for header, value in headers:
        if header.lower() == "set-cookie" and value.startswith(f"{name}="):
            return value.split(";", 1)[0].split("=", 1)[1]
    return None
