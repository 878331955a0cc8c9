"""What the bench's build tests share: a build made once for a test module and rolled back afterwards, on a
station named as the bench names its own (the build's seed is keyed by the station's name)."""

from contextlib import contextmanager

from django.db import transaction

from lianyang.community.models import Station
from tests.factories import make_household, make_speaker, make_station


@contextmanager
def built_once(django_db_blocker, build):
    """Run `build` in a transaction the module's tests share, and roll it back when they are done."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build()
        transaction.set_rollback(True)


def bench_station(korean_level: str = "fluent"):
    """A station of 30 two-person households (English, Korean and Japanese by turns), its head and a Korean
    officer; returns the station, the head, the officer and the households."""
    station = make_station(rooms=30)
    Station.objects.filter(pk=station.pk).update(name="测试服务站")
    station.refresh_from_db()
    head = make_speaker(station, {"zh-hans": "native", "en": "fluent"}, role="head")
    korean = make_speaker(station, {"ko": "native", "en": korean_level})
    households = [
        make_household(station, index, members=2, first=2 * index, preferred_language=("en", "ko", "ja")[index % 3])
        for index in range(30)
    ]
    return station, head, korean, households
