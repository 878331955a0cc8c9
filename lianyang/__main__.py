"""The `lianyang` console command: Django's manage.py that knows its settings."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lianyang.settings")
    # numpy's matrix products on one thread, before numpy loads: the photo reader's small products run up to four
    # times slower when two threads fight over the cores the web and task processes already share (decision 0007).
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
