"""`lianyang demo` refuses to build into a database that already holds residents."""

import pytest
from django.core.management import CommandError, call_command

from tests.factories import make_resident, make_station


@pytest.mark.django_db
def test_demo_refuses_a_database_that_already_holds_residents():
    make_resident(make_station())
    with pytest.raises(CommandError, match="--reset"):
        call_command("demo", "--no-serve", "--residents", "5")
