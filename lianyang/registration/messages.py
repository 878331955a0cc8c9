"""What residents are told when their registration changes, in their own language (notify.messages)."""

from django.utils.translation import gettext_lazy as _

from lianyang.notify.messages import register


def register_messages() -> None:
    register(
        "registration_submitted",
        subject=_("Registration %(reference)s received"),
        body=_(
            "We have received your accommodation registration %(reference)s. The legal deadline is %(deadline)s. "
            "We will tell you as soon as it moves on."
        ),
    )
    register(
        "registration_returned",
        subject=_("Registration %(reference)s: please correct it"),
        body=_(
            "Your accommodation registration %(reference)s needs a correction: %(reason)s %(note)s "
            "Please correct it on the portal."
        ),
    )
    register(
        "registration_verified",
        subject=_("Registration %(reference)s checked"),
        body=_(
            "The station has checked your accommodation registration %(reference)s and will file it with the police."
        ),
    )
    register(
        "registration_filed",
        subject=_("Registration %(reference)s filed with the police"),
        body=_("Your accommodation registration %(reference)s has been filed with %(police_station)s."),
    )
    register(
        "registration_registered",
        subject=_("Registration %(reference)s completed"),
        body=_(
            "Your stay is registered. Police receipt number: %(receipt)s. You can download the registration slip on "
            "the portal; keep it for your residence-permit application."
        ),
    )
    register(
        "registration_rejected",
        subject=_("Registration %(reference)s not accepted"),
        body=_("Your accommodation registration %(reference)s was not accepted: %(reason)s %(note)s"),
    )
    register(
        "registration_withdrawn",
        subject=_("Registration %(reference)s withdrawn"),
        body=_("Your accommodation registration %(reference)s has been withdrawn."),
    )
