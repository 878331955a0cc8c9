"""`python -m bench smoke`: the whole harness at community scale with one-second runs, for CI.

On the database DATABASE_URL names: SQLite (the default) gets the community demo built by `lianyang demo
--no-serve --reset` into a temporary file; PostgreSQL gets the bench's bulk build when it holds no station yet
(and the casework and the activities when it holds stations without them). Nothing is asserted about time; it
fails when a page does not answer 200, when planning next month's visits plans none, when a sign-up fails or none
succeeds, or when anything crashes. No results are written.
"""

import os
import sys
import tempfile
import time
from pathlib import Path

from . import config, ops


def smoke(duration: int = 1) -> int:
    started = time.monotonic()
    url = os.environ.get("DATABASE_URL", "")
    with tempfile.TemporaryDirectory() as folder:
        demo_seconds = None
        if not url.startswith(("postgres://", "postgresql://")):
            url = f"sqlite:///{Path(folder) / 'smoke.sqlite3'}"
            demo_seconds = ops.demo_into(url, timeout=600)
            print(f"community demo built into {url} in {demo_seconds} s", file=sys.stderr)
        config.setup(url)
        from lianyang.community.models import Station

        from .run import run

        scale = config.SCALES["community"]
        progress = lambda line: print(line, file=sys.stderr)  # noqa: E731
        if not _has_stations(Station):
            from .build import build

            build(scale, seed=20120201, progress=progress)
        elif demo_seconds is None:  # a PostgreSQL build kept from before the casework or the activities
            from .activities import stations_without_activities
            from .build import activities_add, casework_add
            from .casework import stations_without_casework

            if stations_without_casework(Station.objects.all()).exists():
                casework_add(scale, seed=20120201, progress=progress)
            if stations_without_activities(Station.objects.all()).exists():
                activities_add(scale, seed=20120201, progress=progress)
        status = run(scale, duration=duration, runs=1, demo=False, save=False, warm=False)
    print(f"smoke {'passed' if status == 0 else 'FAILED'} in {time.monotonic() - started:.0f} s", file=sys.stderr)
    return status


def _has_stations(station_model) -> bool:
    from django.core.management import call_command
    from django.db.utils import OperationalError, ProgrammingError

    try:
        return station_model.objects.exists()
    except (OperationalError, ProgrammingError):
        call_command("migrate", interactive=False, verbosity=0)
        return False
