"""`lianyang mrz LINE1 LINE2 [LINE3]` and `lianyang mrz --image FILE [FILE …]`: read a machine-readable zone.

Typed lines print one JSON object (the parse); pictures print one JSON object per picture, each on its own
line, with the lines read, the parse and the seconds the reading took. The exit status is 0 only when every
reading is valid and certain (ICAO Doc 9303: every check digit agrees and no field has another reading that
agrees as well), else 1.
"""

import json
import sys
import time
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from lianyang.registration import ocr
from lianyang.registration.mrz import parse_lines


class Command(BaseCommand):
    help = (
        "Parse the lines of a passport, identity card or visa MRZ (ICAO 9303) and check every check digit, "
        "or read the MRZ from pictures with --image."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("lines", nargs="*", metavar="LINE", help="two MRZ lines (three for a TD1 card)")
        parser.add_argument("--image", nargs="+", metavar="FILE", help="pictures of data pages to read")

    def handle(self, *args, lines, image, **options):
        if image and lines:
            raise CommandError("give either MRZ lines or --image pictures, not both")
        if image:
            certain = True
            for name in image:
                reading = self._read(Path(name))
                self.stdout.write(json.dumps(reading, ensure_ascii=False))
                certain = certain and reading["certain"]
        else:
            if len(lines) not in (2, 3):
                raise CommandError("give the two lines of the MRZ (three for a TD1 card)")
            result = parse_lines(lines)
            self.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
            certain = result.certain
        if not certain:
            sys.exit(1)

    def _read(self, path: Path) -> dict:
        started = time.monotonic()
        try:
            reading = ocr.read_mrz(path.read_bytes())
        except ValidationError as error:
            message = " ".join(error.messages)
        except OSError as error:
            message = f"cannot open {path}: {error.strerror}"
        else:
            lines = getattr(reading, "lines", [reading.line1, reading.line2])
            seconds = round(time.monotonic() - started, 3)
            return {"file": str(path), "lines": list(lines), **reading.result.as_dict(), "seconds": seconds}
        seconds = round(time.monotonic() - started, 3)
        return {
            "file": str(path), "lines": [], "valid": False, "certain": False, "uncertain": [], "error": message,
            "seconds": seconds,
        }  # fmt: skip
