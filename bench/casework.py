"""Casework at scale: a year of service requests in every status with their threads, the station's canned replies,
its visit policies and a year of home visits per household, written in bulk per station.

Each request is planned by the demo (lianyang/demo/casework.py: `request_planned`): routed as the routing service
routes (a caseworker who speaks its language, the best speakers in turn), its first-answer and resolution times
and their warnings computed by the station's working clock and service levels (casework/levels, exactly, one
request at a time: four clock additions cost about 45 µs), answered, waiting, closed late or in time or merged as
its age makes likely, with its thread (the request's own text first, then replies, internal notes and the
resident's thanks). The rows go in with bulk_create (`requests_write`), with the times they happened. The visits
are the demo's (`visits_add`: a year near the policies, one in eight households overdue, this week planned
through the planner's service).
"""

import random

from django.db import transaction
from django.utils import timezone

from lianyang.accounts.models import Role, StaffProfile
from lianyang.casework.levels.clock import clock_for
from lianyang.casework.levels.selectors import service_levels_for
from lianyang.casework.models import DEFAULT_INTERVALS, ServiceRequest, VisitPolicy
from lianyang.demo.casework import Router, canned_replies_add, request_planned, requests_write, visits_add
from lianyang.people.models import Resident

BATCH = 5000
# A resident with a portal account asked once this week on the portal, and this many times more over the year
# (at the counter, by phone...): their "My requests" has a history to page through.
PORTAL_HISTORY = 11


def casework_write(station, *, seed: int, count: int) -> dict:
    """About `count` requests of the station's active residents over the last year (a merged request brings its
    duplicate), the canned replies, the visit policies and the visits. Keyed by the station's name and `seed`, so
    the rows do not depend on which process writes them, nor on whether the build or a later `bench build` does."""
    head = StaffProfile.objects.filter(station=station, role=Role.HEAD).order_by("pk").first().user
    rng = random.Random(f"{seed}:{station.name}:casework")
    now = timezone.now()
    planning = {"now": now, "clock": clock_for(station), "levels": service_levels_for(station=station),
                "router": Router(station, head.pk)}  # fmt: skip
    residents = list(
        Resident.objects.filter(station=station, status=Resident.Status.ACTIVE)
        .order_by("pk")
        .values_list("pk", "preferred_language", "user_id")
    )
    plans = []
    for pk, language, user_id in residents:
        if user_id:
            plans += request_planned(rng, (pk, language, user_id), **planning)
            for _ in range(PORTAL_HISTORY):
                plans += request_planned(rng, (pk, language, None), **planning)
    while residents and len(plans) < count:
        pk, language, _user = rng.choice(residents)
        plans += request_planned(rng, (pk, language, None), **planning)
    with transaction.atomic():
        requests_write(plans, batch_size=BATCH)
        canned_replies_add(station, planning["router"])
        VisitPolicy.objects.bulk_create(
            VisitPolicy(station=station, kind=kind, interval_days=days, set_by=head)
            for kind, days in DEFAULT_INTERVALS.items()
        )
        visits = visits_add(rng, station=station, head=head)
    return {"requests": len(plans), "visits": visits}


def stations_without_casework(stations):
    """The stations (of a kept build) that have no service request yet."""
    return stations.exclude(pk__in=ServiceRequest.objects.values("station_id"))
