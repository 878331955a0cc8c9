"""The answers of a registration not yet sent, kept in the server-side session (never in the browser).

Each step keeps what the resident typed, as typed, so every step's form checks it again before the answers are
sent; a step can be opened only when the steps before it are answered. The answers hold passport, permit and
host ID numbers, so the session keeps them encrypted like the database does (PIPL art. 51; core.crypto). The
submission key is made when the draft begins, so sending the same draft twice makes one registration.
"""

import json
from functools import wraps

from cryptography.fernet import InvalidToken
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from lianyang.accounts.access import staff_profile
from lianyang.core.crypto import decrypt, encrypt
from lianyang.people import selectors as people
from lianyang.registration.forms import new_key

SESSION_KEY = "stay_draft"
# The reference of the registration sent last, where a second click on "Send" lands.
LAST_SENT = "stay_last_sent"
STEPS = ("passport", "person", "permit", "address", "host", "review")
STEP_TITLES = {
    "passport": _("Your passport"),
    "person": _("Your details"),
    "permit": _("Your visa or residence permit"),
    "address": _("Your address and arrival"),
    "host": _("Your host and proof of residence"),
    "review": _("Check and send"),
}


def _opened(token) -> dict | None:
    try:
        return json.loads(decrypt(token)) if isinstance(token, str) else None
    except (InvalidToken, ValueError):
        return None


class Draft:
    """One resident's unfinished registration: its submission key, the answers of each step, its papers."""

    def __init__(self, session):
        self.session = session
        self.data = _opened(session.get(SESSION_KEY))

    @classmethod
    def begin(cls, session) -> "Draft":
        draft = cls(session)
        draft.data = {"key": new_key(), "answers": {}, "uploads": {}}
        draft.save()
        return draft

    @property
    def exists(self) -> bool:
        return isinstance(self.data, dict) and "key" in self.data

    @property
    def submission_key(self) -> str:
        return self.data["key"]

    def answers(self, step: str) -> dict | None:
        return self.data["answers"].get(step)

    def keep(self, step: str, answers: dict) -> None:
        self.data["answers"][step] = answers
        self.save()

    def forget(self, step: str) -> None:
        self.data["answers"].pop(step, None)
        self.save()

    def first_unanswered(self, before: str = "review") -> str | None:
        """The first step before `before` that has no answers yet."""
        for step in STEPS[: STEPS.index(before)]:
            if self.answers(step) is None:
                return step
        return None

    @property
    def uploads(self) -> dict[str, int]:
        return self.data["uploads"]

    def keep_upload(self, kind: str, upload_id: int) -> None:
        self.data["uploads"][kind] = upload_id
        self.save()

    def save(self) -> None:
        self.session[SESSION_KEY] = encrypt(json.dumps(self.data))

    def finish(self, reference: str) -> None:
        self.session.pop(SESSION_KEY, None)
        self.session[LAST_SENT] = reference


def forms_with_errors(*forms) -> list:
    """The forms whose errors the page's error summary lists."""
    return [form for form in forms if form.is_bound and form.errors]


def answers_of(form) -> dict:
    """What the resident sent for `form`'s fields, as sent (files are kept as uploads, not here)."""
    return {name: form.data.get(form.add_prefix(name)) for name, field in form.fields.items() if not field.disabled}


def own_resident(user):
    """The resident record of the logged-in account with its address (the steps start from it), or None for a new
    arrival."""
    return people.account_resident(user, with_address=True)


def stay_step(step: str):
    """A step of the draft: for a logged-in resident (never staff), whose earlier steps are answered."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect("stay:begin")
            if staff_profile(request.user) is not None:
                raise PermissionDenied
            draft = Draft(request.session)
            if not draft.exists:
                last = request.session.get(LAST_SENT)
                return redirect("stay:submitted", reference=last) if last else redirect("stay:begin")
            missing = draft.first_unanswered(before=step)
            if missing is not None:
                return redirect(f"stay:{missing}")
            return view(request, draft, *args, **kwargs)

        return wrapped

    return decorator
