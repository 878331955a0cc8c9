"""The login backend: Django's, fetching a member of staff's profile and station with the user on every request.

Every back-office page checks the staff profile (role and station) before anything else, and the start page and
others name the station; fetching both with the user spares each request a query or two. A portal user has no
profile and simply gets none.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

PATH = "lianyang.accounts.backends.UserBackend"


class UserBackend(ModelBackend):
    def get_user(self, user_id):
        user = get_user_model()._default_manager.select_related("staff_profile__station").filter(pk=user_id).first()
        return user if user is not None and self.user_can_authenticate(user) else None
