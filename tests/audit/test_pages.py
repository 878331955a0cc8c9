"""The station's audit log: for its head only, and only the station's own events."""

import pytest
from django.urls import reverse

from lianyang.audit.services import audit_record


@pytest.mark.django_db
def test_head_reads_the_station_log(client_for, head_a, officer_a, station_a, station_b, resident_a):
    client_for(officer_a).get(reverse("people:resident_detail", args=[resident_a.pk]))
    audit_record(
        actor=None, action="view", object_type="people.resident", object_id="b-secret", station_id=station_b.pk
    )
    page = client_for(head_a).get(reverse("audit:event_list")).content.decode()
    assert f'Resident <span class="mono">{resident_a.pk}</span>' in page
    assert "b-secret" not in page


@pytest.mark.django_db
def test_head_filters_the_log_by_action(client_for, head_a, station_a):
    audit_record(
        actor=None, action="reveal", object_type="people.identitydocument", object_id="77", station_id=station_a.pk
    )
    client = client_for(head_a)
    shown = 'Identity document <span class="mono">77</span>'
    assert shown in client.get(reverse("audit:event_list"), {"action": "reveal"}).content.decode()
    assert shown not in client.get(reverse("audit:event_list"), {"action": "export"}).content.decode()
    assert client.get(reverse("audit:event_list"), {"action": "bogus", "before": "x"}).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["officer_a", "liaison_a", "district_admin", "resident_user"])
def test_others_are_refused(request, client_for, role):
    assert client_for(request.getfixturevalue(role)).get(reverse("audit:event_list")).status_code == 403


@pytest.mark.django_db
def test_station_log_names_steps_in_the_reader_s_language(client_for, head_a, station_a):
    audit_record(
        actor=None,
        action="transition",
        object_type="registration.accommodationregistration",
        object_id="5",
        station_id=station_a.pk,
        fields=["status:verified"],
    )
    client = client_for(head_a)
    page = client.get(reverse("audit:event_list")).content.decode()
    assert "Registration" in page and "Status: Verified by the station" in page
    assert "registration.accommodationregistration" not in page and "status:verified" not in page
