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
            "Your accommodation registration %(reference)s needs a correction.\n\n%(reason)s\n\n%(note)s\n\n"
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
        body=_("Your accommodation registration %(reference)s was not accepted.\n\n%(reason)s\n\n%(note)s"),
    )
    register(
        "registration_withdrawn",
        subject=_("Registration %(reference)s withdrawn"),
        body=_("Your accommodation registration %(reference)s has been withdrawn."),
    )
    # Registration needed (duties.py): Exit and Entry Administration Law, art. 39.
    register(
        "registration_needed_arrival",
        subject=_("Please register your stay by %(deadline)s"),
        body=_(
            "Welcome to your new home. The law requires every foreign resident to register their stay with the "
            "police soon after arriving: please register by %(deadline)s, on the portal or at the station's counter."
        ),
    )
    register(
        "registration_needed_move",
        subject=_("Please register your stay by %(deadline)s"),
        body=_(
            "You have moved to a new address. Please register your stay at the new address by %(deadline)s, on the "
            "portal or at the station's counter."
        ),
    )
    register(
        "registration_needed_entry",
        subject=_("Please register your stay by %(deadline)s"),
        body=_(
            "Welcome back to China. Visa holders register their stay again after every entry: please register by "
            "%(deadline)s, on the portal or at the station's counter."
        ),
    )
    register(
        "registration_needed_passport",
        subject=_("Please register your stay by %(deadline)s"),
        body=_(
            "Your new passport has been recorded. Please register your stay again with the new passport by "
            "%(deadline)s, on the portal or at the station's counter."
        ),
    )
    register(
        "registration_needed_permit",
        subject=_("Please register your stay by %(deadline)s"),
        body=_(
            "Your new visa or residence permit has been recorded. Please register your stay again by %(deadline)s, "
            "on the portal or at the station's counter."
        ),
    )
    # Residence permits (reminders.py): Exit and Entry Administration Law, arts. 30, 32 and 33.
    register(
        "residence_permit_apply",
        subject=_("Apply for your residence permit by %(deadline)s"),
        body=_(
            "You entered China on %(entry)s with a visa that requires a residence permit. Apply for it at the "
            "Exit-Entry Administration bureau within 30 days of entry, by %(deadline)s. Bring your passport and "
            "your accommodation registration slip. Questions: immigration hotline 12367."
        ),
    )
    register(
        "residence_permit_expiry",
        subject=_("Your residence permit expires on %(expiry)s"),
        body=_(
            "Your residence permit expires on %(expiry)s. Apply to renew it at the Exit-Entry Administration bureau "
            "at least 30 days before it expires, by %(renew_by)s. Bring your passport and your accommodation "
            "registration slip."
        ),
    )
    register(
        "change_report_passport",
        subject=_("Report your new passport to the Exit-Entry bureau by %(deadline)s"),
        body=_(
            "Your new passport has been recorded. Residence-permit holders report a new passport to the Exit-Entry "
            "Administration bureau within 10 days, by %(deadline)s. First register your stay with the new passport, "
            "then take the registration slip to the bureau."
        ),
    )
    register(
        "change_report_address",
        subject=_("Report your new address to the Exit-Entry bureau by %(deadline)s"),
        body=_(
            "You have registered your stay at a new address (%(reference)s). Residence-permit holders report a new "
            "address to the Exit-Entry Administration bureau within 10 days of the move, by %(deadline)s. Take the "
            "new registration slip to the bureau as soon as the stay is registered."
        ),
    )
    register(
        "change_report_employer",
        subject=_("Report your new employer or school to the Exit-Entry bureau by %(deadline)s"),
        body=_(
            "Your new employer or school has been recorded. Residence-permit holders report this change to the "
            "Exit-Entry Administration bureau within 10 days, by %(deadline)s. Ask the bureau, or call the "
            "immigration hotline 12367, whether your permit must be changed too."
        ),
    )
