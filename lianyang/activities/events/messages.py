"""What a resident is told about their sign-ups, in their own language (notify.messages)."""

import io

import segno
from django.utils.translation import gettext_lazy as _

from lianyang.notify.messages import register


def check_in_qr(payload: dict) -> list[tuple[str, bytes, str]]:
    """The enrolment's check-in code as a QR code (PNG), for the door."""
    image = io.BytesIO()
    segno.make(payload["code"], error="m").save(image, kind="png", scale=8, border=2)
    return [(f"check-in-{payload['code']}.png", image.getvalue(), "image/png")]


def register_messages() -> None:
    register(
        "enrolment_confirmed",
        subject=_("Your seat is confirmed: “%(title)s”"),
        body=_(
            "Your seat at “%(title)s” is confirmed.\n\nWhen: %(when)s\nWhere: %(venue)s\n\n"
            "At the door, show the QR code from the portal (“My activities”) or give your check-in code: %(code)s"
        ),
        attachments=check_in_qr,
    )
    register(
        "enrolment_waitlisted",
        subject=_("You are on the waiting list: “%(title)s”"),
        body=_(
            "“%(title)s” (%(when)s) is full, so you are on the waiting list. If a seat frees up, we will offer it "
            "to you by message; you will then have a limited time to accept it."
        ),
    )
    register(
        "enrolment_offered",
        subject=_("A seat is free for you: “%(title)s”"),
        body=_(
            "A seat has become free at “%(title)s” (%(when)s, %(venue)s) and it is offered to you.\n\n"
            "Please accept it on the portal under “My activities” before %(until)s; after that it goes to the "
            "next person on the waiting list."
        ),
    )
    register(
        "enrolment_reminder",
        subject=_("Tomorrow: “%(title)s”"),
        body=_(
            "A reminder: “%(title)s” takes place %(when)s at %(venue)s.\n\nYour check-in code: %(code)s\n\n"
            "If you cannot come, please cancel on the portal so that someone on the waiting list gets your seat."
        ),
        attachments=check_in_qr,
    )
