"""`lianyang mrz LINE1 LINE2`: parse a machine-readable zone and print JSON; exit 1 when a check fails."""

import json
import sys

from django.core.management.base import BaseCommand

from lianyang.registration.mrz import parse


class Command(BaseCommand):
    help = "Parse the two lines of a passport or visa MRZ (ICAO 9303) and check every check digit."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("line1")
        parser.add_argument("line2")

    def handle(self, *args, line1, line2, **options):
        result = parse(line1, line2)
        self.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
        if not result.valid:
            sys.exit(1)
