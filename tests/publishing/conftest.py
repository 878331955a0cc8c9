"""What the publishing tests share: a station with a writer and a reviewer, and a private storage of their own."""

import pytest

from tests.factories import make_staff, make_station


@pytest.fixture
def station():
    return make_station()


@pytest.fixture
def staff(station):
    return {"writer": make_staff(station, "officer"), "reviewer": make_staff(station, "officer")}


@pytest.fixture
def private_storage(settings, tmp_path):
    """Uploads and pictures kept in the test's own folder."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {**settings.STORAGES["default"], "OPTIONS": {"location": tmp_path}},
    }
    return tmp_path
