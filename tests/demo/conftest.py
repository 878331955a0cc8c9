"""The demo built once per test module into the test database, as `lianyang demo` builds it, and rolled back."""

import contextlib

import pytest
from django.db import transaction

from lianyang.demo.build import demo_build


@contextlib.contextmanager
def demo_built(django_db_blocker, *, residents: int):
    """The community demo with `residents` at Lianyang (seed 7), rolled back when the block ends."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield demo_build(seed=7, scale="community", residents=residents)
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """One build for the module (300 residents at Lianyang)."""
    with demo_built(django_db_blocker, residents=300) as summary:
        yield summary
