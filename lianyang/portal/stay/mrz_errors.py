"""What the resident reads when the two MRZ lines of a passport or visa do not add up (ICAO Doc 9303).

Each failed check of `registration.mrz` (whose English messages are for `lianyang mrz`) becomes one whole
sentence in the reader's language that names the field, so the resident knows which characters to compare.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lianyang.registration import mrz

PASSPORT, VISA = ("TD3",), ("MRV-A", "MRV-B")
MRZ_EXPIRED = _("This passport has expired. Please register with your valid passport.")
# What the resident reads for each failed check of the parser (whose English messages are for `lianyang mrz`).
CHECK_MESSAGES = {
    ("check_digit", "document_number"): _(
        "The document number does not match its check digit. Please compare it with your passport, character by "
        "character."
    ),
    ("check_digit", "birth_date"): _(
        "The date of birth does not match its check digit. Please compare it with your passport."
    ),
    ("check_digit", "expiry_date"): _(
        "The date of expiry does not match its check digit. Please compare it with your passport."
    ),
    ("check_digit", "personal_number"): _(
        "The personal number does not match its check digit. Please compare it with your passport."
    ),
    ("check_digit", "composite"): _(
        "The last digit of the second line does not match the rest of the line. Please compare the whole line "
        "with your passport."
    ),
    ("invalid_date", "birth_date"): _("The date of birth in the second line is not a real date."),
    ("invalid_date", "expiry_date"): _("The date of expiry in the second line is not a real date."),
    ("unknown_state", "issuing_state"): _("The code of the issuing country is not a known country code."),
    ("unknown_state", "nationality"): _("The nationality code is not a known country code."),
    ("illegal_character", "line1"): _("The first line has a character other than A–Z, 0–9 and <."),
    ("illegal_character", "line2"): _("The second line has a character other than A–Z, 0–9 and <."),
    ("digit_in_name", "surname"): _("The surname in the first line has a digit; names hold only letters and <."),
    ("digit_in_name", "given_names"): _(
        "The given names in the first line have a digit; names hold only letters and <."
    ),
    ("invalid_sex", "sex"): _("The sex in the second line must be M, F or <."),
}
MRZ_INCONSISTENT = _("The two lines do not add up. Please compare them with your passport, character by character.")
WRONG_FORMAT = {
    PASSPORT: _("The first line of a passport has 44 characters and starts with P."),
    VISA: _("The first line of a Chinese visa or residence permit has 44 or 36 characters and starts with V."),
}


def mrz_error_messages(result: mrz.MrzResult, line2: str, *, formats: tuple[str, ...]) -> list[str]:
    """Each failed check of an MRZ as a whole sentence in the reader's language, naming the field."""
    if result.format not in formats:
        return [WRONG_FORMAT[formats]]
    messages = []
    for error in result.errors:
        if error.code == "wrong_length":
            expected = 36 if result.format == "MRV-B" else 44
            messages.append(
                _("The second line has %(count)d characters; it should have %(expected)d.")
                % {"count": len(mrz.normalise_line(line2)), "expected": expected}
            )
        else:
            messages.append(CHECK_MESSAGES.get((error.code, error.field), MRZ_INCONSISTENT))
    if not messages and formats == PASSPORT and result.expiry_date < timezone.localdate().isoformat():
        messages.append(MRZ_EXPIRED)
    return messages
