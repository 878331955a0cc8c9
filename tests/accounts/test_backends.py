"""The login backend fetches a member of staff's profile and station with the user: the pages' role check and the
station's name cost no query."""

import pytest

from lianyang.accounts.access import staff_profile
from lianyang.accounts.backends import UserBackend


@pytest.mark.django_db
def test_staff_profile_comes_with_the_user(officer_a, django_assert_num_queries):
    with django_assert_num_queries(1):
        user = UserBackend().get_user(officer_a.pk)
        assert staff_profile(user).station_id == officer_a.staff_profile.station_id
        assert staff_profile(user).station.name == officer_a.staff_profile.station.name


@pytest.mark.django_db
def test_a_portal_user_has_no_profile_and_costs_no_second_query(resident_user, django_assert_num_queries):
    with django_assert_num_queries(1):
        user = UserBackend().get_user(resident_user.pk)
        assert user == resident_user
        assert staff_profile(user) is None


@pytest.mark.django_db
def test_an_inactive_or_unknown_user_is_nobody(officer_a):
    officer_a.is_active = False
    officer_a.save()
    assert UserBackend().get_user(officer_a.pk) is None
    assert UserBackend().get_user(10**9) is None
