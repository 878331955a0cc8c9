"""`lianyang stats`: the deployment's counts, as a table or as JSON (`--json`)."""

import json

from django.core.management.base import BaseCommand

from lianyang.reports.stats import deployment_counts


class Command(BaseCommand):
    help = (
        "Print counts of stations, areas, compounds, households, residents, nationalities, staff by role and "
        "language, documents, permits by kind and permits expiring within 30 and 60 days, registrations, service "
        "requests by status and breached, visits by outcome and visit coverage. No personal data."
    )

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="Print JSON instead of a table.")

    def handle(self, *args, **options):
        counts = deployment_counts()
        if options["json"]:
            self.stdout.write(json.dumps(counts, indent=2, ensure_ascii=False))
            return
        width = max(len(key) for key in counts) + 2
        for key, value in counts.items():
            if isinstance(value, dict):
                self.stdout.write(f"{key.replace('_', ' ')}:")
                for name, count in value.items():
                    self.stdout.write(f"  {name:<{width - 2}}{count:>9,}")
            else:
                self.stdout.write(f"{key.replace('_', ' '):<{width}}{value:>9,}")
