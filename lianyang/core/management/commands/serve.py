"""`lianyang serve`: the web application under gunicorn."""

import os
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from gunicorn.app.wsgiapp import WSGIApplication


class Command(BaseCommand):
    help = "Serve the application with gunicorn (put any reverse proxy in front of it)."

    def add_arguments(self, parser):
        parser.add_argument("--bind", default="127.0.0.1:8000")
        parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) * 2 + 1)

    def handle(self, *args, bind, workers, **options):
        manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
        if "Manifest" in settings.STORAGES["staticfiles"]["BACKEND"] and not manifest.exists():
            # Without it every page would answer 500: say so once, here.
            raise CommandError(
                f"The static files are not collected ({manifest} is missing): run `lianyang collectstatic`"
            )
        sys.argv = ["gunicorn", "lianyang.wsgi:application", "--bind", bind, "--workers", str(workers)]
        WSGIApplication("%(prog)s [OPTIONS] [APP_MODULE]").run()
