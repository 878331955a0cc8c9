"""The reasons a station gives when it returns or rejects a registration, translated for the resident."""

from django.utils.translation import gettext_lazy as _

RETURN_REASONS = {
    "passport_unreadable": _("The photo of the passport data page cannot be read. Please upload a sharper photo."),
    "visa_page_missing": _("The page with your visa or residence permit is missing. Please add it."),
    "proof_missing": _(
        "The proof of residence is missing. Please add your lease, the owner's certificate or a written statement."
    ),
    "address_incomplete": _("The address is incomplete. Please choose the building and the room."),
    "host_details": _("The host's or landlord's details are incomplete. Please add their name, phone and ID."),
    "arrival_date": _("The arrival date does not match your documents. Please check it."),
    "other": _("Please see the station's note below."),
}

# What the officer picks for "other": the resident reads the reason above, the officer's note explains it.
OTHER_CHOICE = _("Other (explain in the note)")

REJECT_REASONS = {
    "not_in_area": _(
        "The address is not in this station's area. Please register with the station or police station of your address."
    ),
    "duplicate": _("This stay is already registered."),
    "hotel": _("Hotels register their guests themselves; no registration is needed here."),
    "other": _("Please see the station's note below."),
}
