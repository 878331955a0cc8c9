"""`python -m bench build|run|smoke|mrz`: see bench/README.md."""

import argparse
import json
import os
import sys

from . import config


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="build a scale on PostgreSQL (kept for repeated runs)")
    run = commands.add_parser("run", help="build if needed, then measure every page and operation")
    for sub in (build, run):
        sub.add_argument("--scale", choices=config.SCALES, default="community")
        sub.add_argument("--seed", type=int, default=20120201)
        sub.add_argument("--rebuild", action="store_true", help="drop and build the database afresh")
    run.add_argument("--duration", type=int, default=10, help="seconds of wrk per page and client count")
    run.add_argument("--runs", type=int, default=20, help="repetitions of the timed operations")
    run.add_argument("--skip-demo", action="store_true", help="do not time `lianyang demo` (about a minute)")
    run.add_argument(
        "--page", action="append", help="measure only this page (its name in bench/pages.py); prints, saves nothing"
    )
    profile = commands.add_parser("profile", help="one page in-process under cProfile, on a kept build")
    profile.add_argument("--scale", choices=config.SCALES, default="city")
    profile.add_argument("--page", required=True, help="the page's name in bench/pages.py")
    profile.add_argument("--requests", type=int, default=50)
    profile.add_argument("--top", type=int, default=30, help="functions listed")
    passes = commands.add_parser("passes", help="only the worker passes: first pass, then the steady state")
    passes.add_argument("--scale", choices=config.SCALES, default="district")
    passes.add_argument("--seed", type=int, default=20120201)
    passes.add_argument("--no-full", action="store_true", help="skip the first passes: set their watermarks to now")
    smoke = commands.add_parser("smoke", help="community scale end to end on DATABASE_URL, very short runs")
    smoke.add_argument("--duration", type=int, default=1)
    match = commands.add_parser("match", help="time the pairing matcher on 5,000 wishes against 5,000 offers")
    match.add_argument("--count", type=int, default=5000)
    mrz = commands.add_parser("mrz", help="read the photos of passport and visa pages in bench/mrz/ and judge them")
    mrz.add_argument("--engine", action="append", choices=("lianyang", "rapidocr"), help="default: lianyang")
    mrz.add_argument("--limit", type=int, help="only this many photos, spread over the set")
    mrz.add_argument("--no-record", action="store_true", help="print only; leave RESULTS.md and results/ alone")
    mrz.add_argument("--relabel", action="store_true", help="write bench/mrz/labels.json from the generator")
    mrz.add_argument("--verbose", action="store_true", help="one line per photo on stderr")
    args = parser.parse_args(argv)

    if args.command == "mrz":
        config.setup(os.environ.get("DATABASE_URL", "sqlite:///:memory:"))
        from .mrz import evaluate

        if args.relabel:
            evaluate.write_labels()
        return evaluate.run(
            engines=args.engine or ["lianyang"], limit=args.limit, record=not args.no_record, verbose=args.verbose
        )

    if args.command == "match":
        config.setup(os.environ.get("DATABASE_URL", "sqlite:///:memory:"))
        from .matching import matching

        print(json.dumps(matching(args.count)))
        return 0

    if args.command == "smoke":
        from .smoke import smoke as run_smoke

        return run_smoke(duration=args.duration)
    if args.command == "profile":
        config.setup(config.database_url(args.scale))
        from .profile import profile as run_profile

        return run_profile(args.page, requests=args.requests, top=args.top)
    scale = config.SCALES[args.scale]
    ensure_built(scale, seed=args.seed, rebuild=getattr(args, "rebuild", False))
    if args.command == "build":
        return 0
    if args.command == "passes":
        from .ops import worker_passes
        from .report import record_passes

        passes = worker_passes(full=not args.no_full)
        print(json.dumps(passes, indent=1), file=sys.stderr)
        print(f"wrote {record_passes(scale.name, passes, full=not args.no_full)} and bench/RESULTS.md", file=sys.stderr)
        return 0
    from .run import run as run_bench

    return run_bench(scale, duration=args.duration, runs=args.runs, demo=not args.skip_demo, only=args.page)


def ensure_built(scale: config.Scale, *, seed: int, rebuild: bool) -> None:
    """Build the scale's database unless it exists (and --rebuild was not given); a build is recorded for
    RESULTS.md (bench/results/builds/<scale>.json)."""
    url = config.database_url(scale.name)
    fresh = rebuild or not config.pg_exists(scale.name)
    if fresh:
        config.pg_create(scale.name, drop=rebuild)
    config.setup(url)
    if not fresh:
        print(f"{url}: kept from an earlier build (--rebuild to build it again); migrating", file=sys.stderr)
        from django.core.management import call_command

        call_command("migrate", interactive=False, verbosity=0)  # a kept build gains the code's newer indexes
        missing_add(scale, seed=seed)
        return
    from .build import build
    from .report import record_build

    print(f"building {scale.name} into {url}", file=sys.stderr)
    record_build(scale.name, build(scale, seed=seed, progress=lambda line: print(line, file=sys.stderr, flush=True)))


def missing_add(scale: config.Scale, *, seed: int) -> None:
    """What a kept build lacks because it was built before the code wrote it: the casework, then the activities,
    of every station without them, and the waste guide, each recorded beside the build's time; else only
    statistics refreshed."""
    from lianyang.community.models import Station

    from .activities import stations_without_activities
    from .build import activities_add, casework_add, publications_add, settle
    from .casework import stations_without_casework
    from .civic import city_campaign, city_campaign_write
    from .context import measured_station
    from .guide import guide_missing, guide_write
    from .publishing import stations_without_publications
    from .report import record_added

    progress = lambda line: print(line, file=sys.stderr, flush=True)  # noqa: E731
    added = False
    for name, lacking, add in (
        ("casework", stations_without_casework, casework_add),
        ("activities", stations_without_activities, activities_add),
        ("publications", stations_without_publications, publications_add),
    ):
        if lacking(Station.objects.all()).exists():  # built before this was
            print(f"adding the {name} the build lacks", file=sys.stderr)
            record_added(scale.name, name, add(scale, seed=seed, progress=progress))
            added = True
    if city_campaign(measured_station()) is None:
        print("adding the city-wide campaign the build lacks", file=sys.stderr)
        record_added(scale.name, "campaign", city_campaign_write(measured_station()))
        added = True
    if guide_missing():
        print("adding the waste guide the build lacks", file=sys.stderr)
        record_added(scale.name, "guide", guide_write())
        added = True
    if not added:
        settle()


if __name__ == "__main__":
    os.chdir(config.ROOT)
    sys.exit(main())
