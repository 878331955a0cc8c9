"""`python -m bench build`: a scale on PostgreSQL in bulk, with the rows the services would write.

Households are planned by `lianyang.demo` (names in every script, papers, permits of every kind, rooms), one
station at a time from its own seed; they are written with bulk_create in large batches instead of one service
call per row. Document numbers go through the encrypted field (core.crypto.encrypt) with their blind index,
and `Resident.search_key` comes from people.services.resident_search_key, exactly as the services store them.
Accounts are made through accounts.services.staff_create; creation events are not written to the audit log.
Each station then gets its casework (bench/casework.py): a year of service requests with their threads, visit
policies and a year of home visits; then its activities (bench/activities.py): a year of monthly activities and a
series in ten languages with their rosters and ratings, and the coming weeks open for sign-up; then its
publications (bench/publishing.py). A kept build made before casework, activities or publications existed gains
them (`casework_add`, `activities_add`, `publications_add`).
"""

import dataclasses
import multiprocessing
import os
import random
import time

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection, connections, transaction
from django.utils import timezone

from lianyang.accounts.services import staff_create
from lianyang.activities.models import Activity, Enrolment
from lianyang.casework.models import ServiceRequest, Visit
from lianyang.community.models import Station
from lianyang.core.crypto import blind_index
from lianyang.demo import places
from lianyang.demo.build import _staff_specs, plan_station, station_specs
from lianyang.demo.places import LIANYANG
from lianyang.demo.staff import PUDONG_ADMIN, district_admin
from lianyang.people.models import Consent, Household, IdentityDocument, Permit, Resident
from lianyang.people.services import resident_search_key
from lianyang.publishing.models import HandbookEntry, Notice

from .activities import activities_write, stations_without_activities
from .casework import casework_write, stations_without_casework
from .civic import city_campaign_write
from .config import Scale
from .context import measured_station
from .guide import guide_write
from .publishing import publications_write, stations_without_publications
from .registrations import registrations_write

BATCH = 5000
SEQUENCE_PER_STATION = 10_000  # registration numbers reserved per station (the nation writes 1,750 each)


def specs_for(scale: Scale, seed: int) -> list:
    """Lianyang first, then Gubei and the city's generated stations; the nation repeats the city's
    sub-districts with other seeds (other estates, other people), each station keyed apart."""
    if scale.stations == 1:
        return [LIANYANG]
    if scale.stations <= 10:
        return station_specs("district", seed)[: scale.stations]
    specs = station_specs("city", seed)
    round_ = 1
    while len(specs) < scale.stations:
        rng = random.Random(f"{seed}:nation:{round_}")
        for district, sub, sub_en in places.CITY_SUB_DISTRICTS:
            spec = places.generated_station(rng, district, sub, sub_en)
            specs.append(
                dataclasses.replace(spec, key=f"{spec.key}-{round_}", name=f"{spec.name}（{round_ + 1}）",
                                    name_en=f"{spec.name_en} {round_ + 1}")
            )  # fmt: skip
        round_ += 1
    return specs[: scale.stations]


def build(scale: Scale, *, seed: int, progress=print) -> dict:
    """Lianyang first (the lowest station id: bench/context.py measures it), then the other stations in as many
    processes as there are cores, each station in its own transaction and from its own seed, so the rows do not
    depend on which process wrote them."""
    started = time.monotonic()
    call_command("migrate", interactive=False, verbosity=0)
    specs = specs_for(scale, seed)
    with transaction.atomic():
        rng = random.Random(f"{seed}:districts")
        admins = {}
        for district in dict.fromkeys(spec.district for spec in specs):
            spec = PUDONG_ADMIN if district == "浦东新区" else district_admin(rng, district)
            admins[district] = _staff(spec, admin=None, station=None, district=district).user
    _JOB.update(scale=scale, seed=seed, specs=specs, admins=admins, today=timezone.localdate())
    progress(_station_job(0))
    workers = _in_processes(_station_job, range(1, len(specs)), progress)
    campaign = city_campaign_write(measured_station())
    progress(f"the city-wide campaign: {campaign['contacts']:,} households ({campaign['seconds']} s)")
    guide = guide_write()
    progress(f"the waste guide: {guide['waste_items']} items, {guide['drop_off_windows']:,} drop-off windows")
    settle()
    seconds = time.monotonic() - started
    progress(f"built {scale.name}: {len(specs)} stations, {Resident.objects.count():,} residents, "
             f"{ServiceRequest.objects.count():,} requests in {seconds:.0f} s")  # fmt: skip
    return {"seconds": round(seconds, 1), "stations": len(specs), "residents": Resident.objects.count(),
            "requests": ServiceRequest.objects.count(), "visits": Visit.objects.count(),
            "activities": Activity.objects.count(), "enrolments": Enrolment.objects.count(),
            "notices": Notice.objects.count(), "handbook_entries": HandbookEntry.objects.count(),
            "processes": workers}  # fmt: skip


def casework_add(scale: Scale, *, seed: int, progress=print) -> dict:
    """The casework of a kept build's stations that have none yet (a build made before casework was built), in
    as many processes as there are cores, each station as a fresh build writes it."""
    counts = lambda: {"requests": ServiceRequest.objects.count(), "visits": Visit.objects.count()}  # noqa: E731
    return _added("casework", stations_without_casework, _casework_job, counts, scale, seed, progress)


def activities_add(scale: Scale, *, seed: int, progress=print) -> dict:
    """The activities of a kept build's stations that have none yet (a build made before they were built), in as
    many processes as there are cores, each station as a fresh build writes it."""
    counts = lambda: {"activities": Activity.objects.count(), "enrolments": Enrolment.objects.count()}  # noqa: E731
    return _added("activities", stations_without_activities, _activities_job, counts, scale, seed, progress)


def publications_add(scale: Scale, *, seed: int, progress=print) -> dict:
    """The publications of a kept build's stations that have none yet (a build made before they were built)."""
    counts = lambda: {"notices": Notice.objects.count(), "handbook_entries": HandbookEntry.objects.count()}  # noqa: E731
    return _added("publications", stations_without_publications, _publications_job, counts, scale, seed, progress)


def _added(what: str, lacking, job, counts, scale: Scale, seed: int, progress) -> dict:
    """`job` for each station `lacking` selects, in one process per core; the time, the stations and `counts`."""
    started = time.monotonic()
    stations = list(lacking(Station.objects.order_by("pk")).values_list("pk", flat=True))
    _JOB.update(scale=scale, seed=seed, stations=stations)
    workers = _in_processes(job, range(len(stations)), progress)
    settle()
    seconds = time.monotonic() - started
    progress(f"{what} added to {len(stations)} stations of {scale.name} in {seconds:.0f} s")
    return {"seconds": round(seconds, 1), "stations": len(stations), **counts(), "processes": workers}


def _in_processes(job, indexes, progress) -> int:
    """`job` of every index, in one process per core (forked after the connection is closed: each opens its
    own), printing each job's line as it ends; the number of processes."""
    workers = min(os.cpu_count() or 1, len(indexes))
    if workers > 1:
        connections.close_all()
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for line in pool.imap_unordered(job, indexes):
                progress(line)
    else:
        for index in indexes:
            progress(job(index))
    return max(workers, 1)


_JOB: dict = {}  # what every station's job reads; set before the worker processes fork


def _share(total: int, index: int, stations: int) -> int:
    """Station `index`'s part of `total`, the parts of all stations adding up to it."""
    return total * (index + 1) // stations - total * index // stations


def _casework_job(index: int) -> str:
    t0 = time.monotonic()
    station = Station.objects.get(pk=_JOB["stations"][index])
    count = _share(_JOB["scale"].requests, index, len(_JOB["stations"]))
    written = casework_write(station, seed=_JOB["seed"], count=count)
    return (f"  {index + 1}/{len(_JOB['stations'])} {station.name_en}: {written['requests']:,} requests, "
            f"{written['visits']:,} visits ({time.monotonic() - t0:.1f} s)")  # fmt: skip


def _activities_job(index: int) -> str:
    t0 = time.monotonic()
    station = Station.objects.get(pk=_JOB["stations"][index])
    written = activities_write(station, seed=_JOB["seed"])
    return (f"  {index + 1}/{len(_JOB['stations'])} {station.name_en}: {written['activities']} activities, "
            f"{written['enrolments']:,} enrolments ({time.monotonic() - t0:.1f} s)")  # fmt: skip


def _publications_job(index: int) -> str:
    t0 = time.monotonic()
    station = Station.objects.get(pk=_JOB["stations"][index])
    written = publications_write(station, seed=_JOB["seed"])
    return (f"  {index + 1}/{len(_JOB['stations'])} {station.name_en}: {written['notices']} notices, "
            f"{written['handbook_entries']} handbook entries ({time.monotonic() - t0:.1f} s)")  # fmt: skip


def _station_job(index: int) -> str:
    """One station with its registrations, then its casework and its activities; the index fixes its share and its
    reference numbers."""
    job = _JOB
    scale, seed, specs, spec = job["scale"], job["seed"], job["specs"], job["specs"][index]
    t0 = time.monotonic()
    households = plan_station(spec, seed=seed, today=job["today"], used_numbers=set(), emails=set())

    def share(total: int) -> int:
        return _share(total, index, len(specs))

    with transaction.atomic():
        station, addresses, head, liaison = _station_and_staff(spec, households, seed, job["admins"][spec.district])
        written = _people(spec, households, station, addresses)
        registrations_write(
            random.Random(f"{seed}:{spec.key}:registrations"), station=station, officer=head, liaison=liaison,
            written=written, open_count=share(scale.open_registrations),
            closed_count=share(scale.closed_registrations), sequence=index * SEQUENCE_PER_STATION,
        )  # fmt: skip
    casework = casework_write(station, seed=seed, count=share(scale.requests))
    activities = activities_write(station, seed=seed)
    published = publications_write(station, seed=seed)
    return (f"  {index + 1}/{len(specs)} {spec.name_en}: {len(written):,} residents, {casework['requests']:,} "
            f"requests, {casework['visits']:,} visits, {activities['activities']} activities, "
            f"{published['notices']} notices "
            f"({time.monotonic() - t0:.1f} s)")  # fmt: skip


def _staff(spec, *, admin, station, district: str):
    return staff_create(
        actor=admin, username=spec.username, password=None, station=station, role=spec.role,
        display_name=spec.display_name, display_name_en=spec.display_name_en, language=spec.interface_language,
        languages=spec.languages, district=district, email=f"{spec.username}@lianyang.invalid",
    )  # fmt: skip


def _station_and_staff(spec, households, seed: int, admin):
    """The station's places (areas, compounds, buildings, the households' rooms) and its staff."""
    station, addresses = places.places_create(spec, [h.slot for h in households])
    profiles = [_staff(s, admin=admin, station=station, district="") for s in _staff_specs(spec, seed)]
    head = profiles[0].user
    liaison = next((p.user for p in profiles if p.role == "police_liaison"), head)
    return station, addresses, head, liaison


def _people(spec, households, station, addresses) -> list:
    """The households, residents, documents, permits, consents and portal accounts."""
    rows = Household.objects.bulk_create(
        [Household(station=station, address=addresses[h.slot]) for h in households], batch_size=BATCH
    )
    portal = _portal_users(spec, households)
    written = []  # (resident, plan, documents, permits)
    residents = []
    for plan, household in zip(households, rows, strict=True):
        for member in plan.members:
            record = member.record()
            record["surname"], record["given_names"] = record["surname"].upper(), record["given_names"].upper()
            resident = Resident(station=station, household=household, address=household.address,
                                user=portal.get(id(member)), **record)  # fmt: skip
            resident.search_key = resident_search_key(resident)
            residents.append(resident)
            written.append((resident, member))
    Resident.objects.bulk_create(residents, batch_size=BATCH)
    _contacts(households, rows, written)
    return _papers(written)


def _contacts(households, rows, written) -> None:
    """Each household's contact person is its first member."""
    by_plan = {id(member): resident for resident, member in written}
    for plan, household in zip(households, rows, strict=True):
        household.contact_person = by_plan[id(plan.members[0])]
    Household.objects.bulk_update(rows, ["contact_person"], batch_size=BATCH)


def _portal_users(spec, households) -> dict:
    """Portal accounts: the demo's chosen residents, plus the first active resident with an e-mail address."""
    chosen = [m for h in households for m in h.members if m.portal]
    first = next((m for h in households for m in h.members if m.email and m.status == "active"), None)
    if first is not None and first not in chosen:
        chosen.insert(0, first)
    users = []
    for member in chosen:
        # E-mail addresses are unique within a station; the user name carries the station's key as well.
        username = f"{spec.key}.{member.email}"
        user = get_user_model()(username=username, email=member.email, language=member.preferred_language)
        user.set_unusable_password()
        users.append(user)
    get_user_model().objects.bulk_create(users)
    return {id(member): user for member, user in zip(chosen, users, strict=True)}


def _papers(written) -> list:
    """Documents (encrypted numbers with their blind index), permits and consents, in bulk."""
    documents, permits, consents = [], [], []
    now = timezone.now()
    for resident, plan in written:
        resident.bench_documents = [
            IdentityDocument(resident=resident, number=d.number, number_index=blind_index(d.number), kind=d.kind,
                             issuing_state=d.issuing_state, issue_date=d.issue_date, expiry_date=d.expiry_date,
                             mrz=d.mrz)
            for d in plan.documents
        ]  # fmt: skip
        documents += resident.bench_documents
    IdentityDocument.objects.bulk_create(documents, batch_size=BATCH)
    for resident, plan in written:
        docs = resident.bench_documents
        resident.bench_permits = [
            Permit(resident=resident, number=p.number, number_index=blind_index(p.number), kind=p.kind,
                   valid_from=p.valid_from, valid_until=p.valid_until, entries=p.entries,
                   document=docs[p.document] if docs else None)
            for p in plan.permits
        ]  # fmt: skip
        permits += resident.bench_permits
        consents += [
            Consent(resident=resident, purpose=purpose, given_at=now, withdrawn_at=None if given else now)
            for purpose, given in plan.consents
        ]
    Permit.objects.bulk_create(permits, batch_size=BATCH)
    Consent.objects.bulk_create(consents, batch_size=BATCH)
    return [resident for resident, _plan in written]


def settle() -> None:
    """Statistics and the visibility map as autovacuum leaves a live database: the planner's estimates, and
    index-only scans (which read the heap for pages not yet marked all-visible)."""
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
