"""The demo's waste guide: every shipped item, and the drop-off windows of each compound but one a station, which
shows "not set yet"."""

import pytest

from lianyang.civic.guide.starter import shipped_items
from lianyang.civic.models import WasteItem
from lianyang.community.models import Compound, Station

pytestmark = pytest.mark.django_db


def test_the_demo_has_the_guide_and_its_compounds_windows(demo, client):
    assert WasteItem.objects.count() == len(shipped_items())
    for station in Station.objects.all():
        compounds = Compound.objects.filter(area__station=station)
        assert compounds.filter(drop_off_windows__isnull=True).count() == 1
    body = client.get("/ja/waste/", {"q": "タピオカの容器"}).content.decode()
    assert 'data-category="dry"' in body
