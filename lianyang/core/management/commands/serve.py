"""`lianyang serve`: the web application under gunicorn."""

import os
import sys

from django.core.management.base import BaseCommand
from gunicorn.app.wsgiapp import WSGIApplication


class Command(BaseCommand):
    help = "Serve the application with gunicorn (put any reverse proxy in front of it)."

    def add_arguments(self, parser):
        parser.add_argument("--bind", default="127.0.0.1:8000")
        parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) * 2 + 1)

    def handle(self, *args, bind, workers, **options):
        sys.argv = ["gunicorn", "lianyang.wsgi:application", "--bind", bind, "--workers", str(workers)]
        WSGIApplication("%(prog)s [OPTIONS] [APP_MODULE]").run()
