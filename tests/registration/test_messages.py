"""What a resident reads when the station returns or rejects their registration: whole paragraphs, no gap where
the officer wrote no note, in the resident's language."""

from lianyang.notify.messages import render
from lianyang.registration.reasons import RETURN_REASONS

PAYLOAD = {"reference": "R2611300001", "reason": str(RETURN_REASONS["proof_missing"]), "note": ""}


def test_a_return_without_a_note_leaves_no_empty_paragraph():
    subject, body = render("registration_returned", PAYLOAD, "en")
    assert subject == "Registration R2611300001: please correct it"
    assert body == (
        "Your accommodation registration R2611300001 needs a correction.\n\n"
        f"{RETURN_REASONS['proof_missing']}\n\nPlease correct it on the portal."
    )


def test_the_officers_note_is_a_paragraph_of_its_own():
    _, body = render("registration_rejected", {**PAYLOAD, "note": "The flat is in Gubei's area."}, "en")
    assert body.endswith("\n\nThe flat is in Gubei's area.")
    assert "\n\n\n" not in body


def test_the_message_comes_in_the_residents_language():
    _, body = render("registration_returned", {**PAYLOAD, "reason": "…"}, "ko")
    assert "R2611300001" in body and "Your accommodation" not in body
