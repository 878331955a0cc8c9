"""`lianyang mrz`: typed lines and pictures of data pages, one JSON object each; exit 0 only when certain."""

import io
import json
import subprocess
import sys
from types import SimpleNamespace

import pytest
from django.core.management import call_command

from lianyang.registration import ocr
from lianyang.registration.mrz import repair
from tests.registration.test_mrz import SPECIMEN, TD1_SPECIMEN, TODAY, td1, td3
from tests.registration.test_ocr import needs_glyphs, page_image, passport_lines


def _command(*arguments):
    return subprocess.run(
        [sys.executable, "-m", "lianyang", "mrz", *arguments], capture_output=True, text=True, check=False
    )


def _images(*arguments) -> tuple[list[dict], int]:
    """Run `mrz --image` in this process: the JSON objects it printed and its exit status."""
    out = io.StringIO()
    status = 0
    try:
        call_command("mrz", "--image", *arguments, stdout=out)
    except SystemExit as exit_:
        status = exit_.code
    return [json.loads(line) for line in out.getvalue().splitlines()], status


def test_officer_checks_typed_lines_and_gets_json_with_exit_0():
    done = _command(*SPECIMEN)
    assert done.returncode == 0
    reading = json.loads(done.stdout)
    assert (reading["surname"], reading["valid"], reading["certain"], reading["uncertain"]) == (
        "ERIKSSON",
        True,
        True,
        [],
    )


def test_a_failed_check_is_named_and_exits_1():
    done = _command(SPECIMEN[0], SPECIMEN[1].replace("7408122", "7408123"))
    assert done.returncode == 1
    errors = json.loads(done.stdout)["errors"]
    assert {e["field"] for e in errors} == {"birth_date", "composite"}


def test_three_typed_lines_of_a_residence_card_are_read_as_td1():
    done = _command(*TD1_SPECIMEN)
    assert done.returncode == 0, done.stdout
    assert json.loads(done.stdout)["format"] == "TD1"


def test_one_line_alone_is_refused_without_a_traceback():
    done = _command(SPECIMEN[0])
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "two lines" in done.stderr


def _read_as(monkeypatch, lines):
    """The OCR stands in for reading `lines` off the picture, as `ocr.read_mrz` answers."""
    reading = SimpleNamespace(lines=lines, line1=lines[0], line2=lines[1], result=repair(*lines, today=TODAY))
    monkeypatch.setattr(ocr, "read_mrz", lambda content: reading)


def test_each_picture_prints_its_reading_on_its_own_line(monkeypatch, tmp_path):
    photo = tmp_path / "passport.jpg"
    photo.write_bytes(b"picture")
    _read_as(monkeypatch, td3())
    readings, status = _images(str(photo), str(photo))
    assert status == 0 and len(readings) == 2
    assert {"file", "lines", "valid", "certain", "uncertain", "errors", "seconds", "surname", "expiry_date"} <= set(
        readings[0]
    )
    assert readings[0]["lines"] == list(td3()) and readings[0]["document_number"] == "TK1234567"


def test_a_picture_whose_number_several_readings_pass_makes_exit_1(monkeypatch, tmp_path):
    photo = tmp_path / "passport.jpg"
    photo.write_bytes(b"picture")
    _read_as(monkeypatch, td3(number="AA0000000"))
    readings, status = _images(str(photo))
    assert status == 1
    assert (readings[0]["valid"], readings[0]["certain"], readings[0]["uncertain"]) == (
        True,
        False,
        ["document_number"],
    )


def test_a_file_that_is_no_picture_or_is_missing_gives_an_error_line_and_exit_1(tmp_path):
    note, missing = tmp_path / "note.txt", tmp_path / "missing.jpg"
    note.write_text("not a picture")
    readings, status = _images(str(note), str(missing))
    assert status == 1
    assert [reading["file"] for reading in readings] == [str(note), str(missing)]
    for reading in readings:
        assert reading["valid"] is False and reading["certain"] is False and reading["error"]


@needs_glyphs
def test_photos_of_a_passport_and_a_residence_card_print_their_readings(tmp_path):
    passport, card = passport_lines(), td1(expiry=passport_lines()[1][21:27])
    passport_photo, card_scan = tmp_path / "passport.jpg", tmp_path / "card.png"
    passport_photo.write_bytes(page_image(passport, fields=[("Surname", "TANAKA")]))
    card_scan.write_bytes(page_image(card, title="RESIDENCE PERMIT", image_format="PNG"))
    readings, status = _images(str(passport_photo), str(card_scan))
    assert status == 0, readings
    assert [reading["lines"] for reading in readings] == [list(passport), list(card)]
    assert [(reading["format"], reading["certain"], reading["errors"]) for reading in readings] == [
        ("TD3", True, []),
        ("TD1", True, []),
    ]
    assert (readings[0]["surname"], readings[1]["document_number"]) == ("TANAKA", "C01X00T47")
    assert all(0 < reading["seconds"] < 10 for reading in readings)


@pytest.mark.parametrize("arguments", [("--image",), (*SPECIMEN, "--image", "x.jpg")])
def test_images_and_lines_are_not_mixed_and_image_needs_a_file(arguments):
    done = _command(*arguments)
    assert done.returncode != 0 and "Traceback" not in done.stderr
