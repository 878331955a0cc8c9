"""The login backend: Django's, fetching with the user, on every request, what every page asks of it.

Every back-office page checks the staff profile (role and station) before anything else, and the start page and
others name the station; every portal page's menu asks whether the account is a resident's or a local host's.
Fetching them with the user spares each request a query or two; an account simply gets none of what it is not.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

PATH = "lianyang.accounts.backends.UserBackend"


class UserBackend(ModelBackend):
    def get_user(self, user_id):
        user = (
            get_user_model()
            ._default_manager.select_related("staff_profile__station", "resident__station", "local_host")
            .filter(pk=user_id)
            .first()
        )
        return user if user is not None and self.user_can_authenticate(user) else None
