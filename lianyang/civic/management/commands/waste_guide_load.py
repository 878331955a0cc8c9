"""`lianyang waste_guide_load`: add the shipped waste-guide items the database does not have yet (by key); the
head's corrections are never overwritten. Refuses the whole list, naming each problem, when one is wrong."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from lianyang.civic.guide.starter import waste_guide_load


class Command(BaseCommand):
    help = "Load the waste guide's shipped items not yet in the database (by key); edited items are kept."

    def handle(self, *args, **options):
        try:
            added = waste_guide_load()
        except ValidationError as error:
            raise CommandError("\n".join(error.messages)) from error
        self.stdout.write(f"Waste guide: {added} items added.")
