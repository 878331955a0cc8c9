"""Reading the machine-readable zone of passports, identity cards and visas (ICAO Doc 9303; docs/domain.md §4).

Layouts: TD3 (passport data page and other 2 × 44 documents, part 4), TD1 (identity and residence cards,
3 × 30, part 5), TD2 (identity cards, 2 × 36, part 6), MRV-A (visa sticker, 2 × 44) and MRV-B (visa sticker,
2 × 36, part 7); since June 2019 Chinese visas and residence permits are MRV stickers. A check digit weighs the
characters 7, 3, 1 repeating (digits as themselves, A=10 … Z=35, `<`=0) and keeps the sum modulo 10 (part 3,
4.9). The same parser serves the typed form, the OCR of a photo and `lianyang mrz`.

`parse` reads what was typed; `repair` reads what OCR saw and never claims more than the check digits prove:
a field that several readings pass is listed in `MrzResult.uncertain` (the OCR side may add fields of its
own there, for example names it read with low confidence), and only a valid result without uncertain fields
is `certain`.
"""

import datetime
import re
from dataclasses import asdict, dataclass, field

from django_countries import countries

ALPHABET = re.compile(r"^[A-Z0-9<]*$")
WEIGHTS = (7, 3, 1)
# ICAO codes that are not ISO 3166 alpha-3 (Doc 9303 part 3).
ICAO_ONLY = {"D": "DE", "GBD": "GB", "GBN": "GB", "GBO": "GB", "GBP": "GB", "GBS": "GB", "RKS": "XK"}
# Codes that name no country: the UN and its agencies, stateless persons and refugees, and Doc 9303's specimen
# state "UTO" (Utopia).
STATELESS = {"UNO", "UNA", "UNK", "XXA", "XXB", "XXC", "XXX", "XOM", "XPO", "XDC", "UTO"}
# What OCR confuses, letter → digit and back (docs/domain.md §4).
AS_DIGIT = str.maketrans({"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "B": "8", "S": "5", "Z": "2", "G": "6"})
AS_LETTER = str.maketrans({"0": "O", "1": "I", "2": "Z", "5": "S", "6": "G", "8": "B"})
AMBIGUOUS = {"0": "O", "O": "0", "1": "I", "I": "1", "8": "B", "B": "8", "5": "S", "S": "5", "2": "Z", "Z": "2"}
# Errors after which the lines cannot be laid on a layout at all: nothing to repair.
STRUCTURAL = {"illegal_character", "unknown_format", "wrong_length"}
# The order in which uncertain fields are listed.
FIELD_ORDER = ("document_number", "optional_data", "surname", "given_names")


def check_digit(text: str) -> str:
    """Doc 9303 part 3, 4.9: weights 7, 3, 1 repeating; A=10 … Z=35; `<`=0; the sum modulo 10."""
    total = 0
    for index, char in enumerate(text):
        if "0" <= char <= "9":
            value = int(char)
        elif "A" <= char <= "Z":
            value = ord(char) - 55
        else:
            value = 0
        total += value * WEIGHTS[index % 3]
    return str(total % 10)


@dataclass
class MrzError:
    code: str
    field: str
    message: str


@dataclass
class MrzResult:
    format: str = ""
    document_type: str = ""
    issuing_state: str = ""
    issuing_country: str = ""
    surname: str = ""
    given_names: str = ""
    document_number: str = ""
    nationality: str = ""
    nationality_country: str = ""
    birth_date: str = ""
    sex: str = ""
    expiry_date: str = ""
    optional_data: str = ""
    errors: list[MrzError] = field(default_factory=list)
    # Fields that more than one reading passes (see `repair`); the OCR side may append its own.
    uncertain: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.errors

    @property
    def certain(self) -> bool:
        """Valid, and every field proven by the check digits or read as typed: safe to use without a look."""
        return self.valid and not self.uncertain

    def as_dict(self) -> dict:
        data = asdict(self)
        data["valid"] = self.valid
        data["certain"] = self.certain
        return data

    def error_fields(self) -> set[str]:
        return {error.field for error in self.errors}


@dataclass(frozen=True)
class Layout:
    """Where each field of one MRZ layout stands, as positions in the lines joined into one text."""

    name: str
    lines: int
    length: int
    code: range
    state: range
    name_field: range
    number: range
    number_check: int
    nationality: range
    birth: range
    birth_check: int
    sex: int
    expiry: range
    expiry_check: int
    optional: tuple[range, ...]
    # TD3: the personal number's own check digit, which may be `<` when the field is empty.
    optional_check: int | None = None
    composite: tuple[range, ...] = ()
    composite_check: int | None = None
    # TD1 and TD2: a number longer than nine characters goes on in the first optional field (parts 5 and 6).
    long_numbers: bool = False


def _layout(name: str, lines: int, length: int, **spans) -> Layout:
    """A layout from (line, start, end) and (line, position) pairs counted within each line."""

    def flat(value):
        if isinstance(value, tuple) and isinstance(value[0], tuple):
            return tuple(flat(item) for item in value)
        if isinstance(value, tuple) and len(value) == 3:
            return range(value[0] * length + value[1], value[0] * length + value[2])
        if isinstance(value, tuple):
            return value[0] * length + value[1]
        return value

    return Layout(name, lines, length, **{key: flat(value) for key, value in spans.items()})


def _two_line(name: str, length: int, *, checked: bool) -> Layout:
    """TD3 and TD2 (parts 4 and 6) and the visas MRV-A and MRV-B (part 7) share their first 28 positions."""
    spans = {
        "code": (0, 0, 2), "state": (0, 2, 5), "name_field": (0, 5, length), "number": (1, 0, 9),
        "number_check": (1, 9), "nationality": (1, 10, 13), "birth": (1, 13, 19), "birth_check": (1, 19),
        "sex": (1, 20), "expiry": (1, 21, 27), "expiry_check": (1, 27),
    }  # fmt: skip
    if not checked:
        return _layout(name, 2, length, optional=((1, 28, length),), **spans)
    if length == 44:
        optional = {"optional": ((1, 28, 42),), "optional_check": (1, 42)}
    else:
        optional = {"optional": ((1, 28, 35),), "long_numbers": True}
    composite = ((1, 0, 10), (1, 13, 20), (1, 21, length - 1))
    return _layout(name, 2, length, composite=composite, composite_check=(1, length - 1), **optional, **spans)


LAYOUTS = {
    "TD3": _two_line("TD3", 44, checked=True),
    "TD2": _two_line("TD2", 36, checked=True),
    "MRV-A": _two_line("MRV-A", 44, checked=False),
    "MRV-B": _two_line("MRV-B", 36, checked=False),
    "TD1": _layout(
        "TD1",
        3,
        30,
        code=(0, 0, 2),
        state=(0, 2, 5),
        number=(0, 5, 14),
        number_check=(0, 14),
        optional=((0, 15, 30), (1, 18, 29)),
        birth=(1, 0, 6),
        birth_check=(1, 6),
        sex=(1, 7),
        expiry=(1, 8, 14),
        expiry_check=(1, 14),
        nationality=(1, 15, 18),
        composite=((0, 5, 30), (1, 0, 7), (1, 8, 15), (1, 18, 29)),
        composite_check=(1, 29),
        name_field=(2, 0, 30),
        long_numbers=True,
    ),  # fmt: skip
}
# (number of lines, line length) → {first letter of the document code: layout} (parts 4–7).
FORMATS = {
    (2, 44): {"P": "TD3", "I": "TD3", "A": "TD3", "C": "TD3", "V": "MRV-A"},
    (2, 36): {"I": "TD2", "A": "TD2", "C": "TD2", "V": "MRV-B"},
    (3, 30): {"I": "TD1", "A": "TD1", "C": "TD1"},
}


@dataclass(frozen=True)
class Check:
    """One check digit: the positions it covers and where it stands (Doc 9303 part 3, 4.9)."""

    field: str
    covers: tuple[int, ...]
    digit: int
    # TD3's personal number: its check digit may be `<` when the field is empty (part 4, the MRZ's data structure).
    may_be_empty: bool = False

    def passes(self, text: str) -> bool:
        if self.may_be_empty and text[self.digit] == "<" and all(text[i] == "<" for i in self.covers):
            return True
        return check_digit("".join(text[i] for i in self.covers)) == text[self.digit]


def _number_positions(layout: Layout, text: str) -> tuple[tuple[int, ...], int, tuple[int, ...]]:
    """The document number's positions, its check digit's position, and what is left of the optional fields.

    TD1 and TD2 (Doc 9303 parts 5 and 6, notes to the data structure of the MRZ): a longer number keeps its
    nine principal characters in the number field, a `<` in the check digit's place, and goes on in the first
    optional field, ended by its check digit computed over the whole number, then `<`. TD3 passports have no
    such rule.
    """
    optional = tuple(i for span in layout.optional for i in span)
    first = layout.optional[0]
    if not (layout.long_numbers and text[layout.number_check] == "<" and text[first.start] != "<"):
        return tuple(layout.number), layout.number_check, optional
    run = first.start
    while run + 1 < first.stop and text[run + 1] != "<":
        run += 1
    extra = tuple(range(first.start, run))
    return tuple(layout.number) + extra, run, tuple(i for i in optional if i > run or i not in first)


def _checks(layout: Layout, text: str) -> list[Check]:
    number, number_digit, optional = _number_positions(layout, text)
    checks = [
        Check("document_number", number, number_digit),
        Check("birth_date", tuple(layout.birth), layout.birth_check),
        Check("expiry_date", tuple(layout.expiry), layout.expiry_check),
    ]
    if layout.optional_check is not None:
        checks.append(Check("personal_number", optional, layout.optional_check, may_be_empty=True))
    if layout.composite_check is not None:
        covers = tuple(i for span in layout.composite for i in span)
        checks.append(Check("composite", covers, layout.composite_check))
    return checks


def _text(text: str, positions) -> str:
    return "".join(text[i] for i in positions)


def country_of(code: str) -> str:
    """The ISO 3166 alpha-2 code of an ICAO state code, or '' for stateless and unknown codes."""
    code = code.replace("<", "")
    if code in ICAO_ONLY:
        return ICAO_ONLY[code]
    if code in STATELESS or len(code) != 3:
        return ""
    return countries.alpha2(code) or ""


def _dates_of(text: str, centuries) -> list[datetime.date]:
    if not re.fullmatch(r"\d{6}", text):
        return []
    year, month, day = int(text[:2]), int(text[2:4]), int(text[4:])
    found = []
    for century in centuries:
        try:
            found.append(datetime.date(century + year, month, day))
        except ValueError:
            continue
    return found


def _expiry(text: str, *, today: datetime.date) -> datetime.date | None:
    """YYMMDD without a century (Doc 9303 parts 4–7, data structure of the MRZ): an expiry date lies within
    50 years of today."""
    candidates = _dates_of(text, (1900, 2000, 2100))
    return min(candidates, key=lambda date: abs((date - today).days)) if candidates else None


def _birth(
    text: str, *, today: datetime.date, expiry: datetime.date | None, issued: datetime.date | None
) -> datetime.date | None:
    """YYMMDD without a century (Doc 9303 parts 4–7): the latest century in which the holder is born by
    today, before the document was issued (when known) and before it expires; a child's passport from 2015 is
    not a centenarian's."""
    candidates = [date for date in _dates_of(text, (2000, 1900)) if date <= today]
    for date in candidates:
        if (expiry is None or date < expiry) and (issued is None or date <= issued):
            return date
    return candidates[0] if candidates else None


def _names(text: str) -> tuple[str, str]:
    surname, _, given = text.partition("<<")
    return surname.replace("<", " ").strip(), given.replace("<", " ").strip()


def normalise_line(line: str) -> str:
    """Upper case without spaces: people type MRZ lines with spaces and lower case."""
    return re.sub(r"\s+", "", line or "").upper().replace("«", "<")


def _layout_of(lines: list[str]) -> Layout | None:
    code = lines[0][:1] if lines else ""
    name = FORMATS.get((len(lines), len(lines[0]) if lines else 0), {}).get(code)
    return LAYOUTS[name] if name else None


def parse(*lines: str, today: datetime.date | None = None, issued: datetime.date | None = None) -> MrzResult:
    """Parse two (TD3, TD2, MRV-A, MRV-B) or three (TD1) typed MRZ lines; see `parse_lines`."""
    return parse_lines(list(lines), today=today, issued=issued)


def parse_lines(
    lines: list[str], *, today: datetime.date | None = None, issued: datetime.date | None = None
) -> MrzResult:
    """Parse MRZ lines; every failed check is one entry in `errors`, naming the field it concerns.

    Besides every check digit of the layout (Doc 9303 parts 4–7), names may hold only letters and fillers
    (part 3, convention for writing the name of the holder) and the sex is F, M or `<` for unspecified, given
    here as "X" (parts 4–7, data structure of the MRZ).
    """
    today = today or datetime.date.today()
    lines = [normalise_line(line) for line in lines]
    result = MrzResult()
    for number, line in enumerate(lines, start=1):
        for position, char in enumerate(line, start=1):
            if not ALPHABET.match(char):
                message = f"illegal character {char!r} at line {number}, position {position}"
                result.errors.append(MrzError("illegal_character", f"line{number}", message))
    layout = _layout_of(lines)
    if layout is None:
        first = lines[0] if lines else ""
        message = (
            f"{len(lines)} lines, the first of {len(first)} characters starting with {first[:1]!r}: not a passport "
            "or other TD3 document (P, I, A, C; 2 × 44), an identity card (I, A, C; TD1 3 × 30 or TD2 2 × 36) "
            "or a visa (V; 2 × 44 or 2 × 36)"
        )
        result.errors.append(MrzError("unknown_format", "line1", message))
        return result
    result.format = layout.name
    for number, line in enumerate(lines[1:], start=2):
        if len(line) != layout.length:
            message = f"line {number} has {len(line)} characters, expected {layout.length}"
            result.errors.append(MrzError("wrong_length", f"line{number}", message))
    if result.errors:
        return result
    text = "".join(lines)
    _read_fields(result, layout, text, today=today, issued=issued)
    for check in _checks(layout, text):
        if not check.passes(text):
            expected = check_digit(_text(text, check.covers))
            message = f"{check.field.replace('_', ' ')} check digit is {text[check.digit]!r}, expected {expected!r}"
            result.errors.append(MrzError("check_digit", check.field, message))
    return result


def _read_fields(
    result: MrzResult, layout: Layout, text: str, *, today: datetime.date, issued: datetime.date | None
) -> None:
    number, number_digit, optional = _number_positions(layout, text)
    result.document_type = _text(text, layout.code).replace("<", "")
    result.issuing_state = _text(text, layout.state).replace("<", "")
    result.issuing_country = country_of(result.issuing_state)
    result.surname, result.given_names = _names(_text(text, layout.name_field))
    for name in ("surname", "given_names"):
        if any(char.isdigit() for char in getattr(result, name)):
            message = f"{name.replace('_', ' ')} {getattr(result, name)!r} holds a digit"
            result.errors.append(MrzError("digit_in_name", name, message))
    result.document_number = _text(text, number).replace("<", "")
    result.nationality = _text(text, layout.nationality).replace("<", "")
    result.nationality_country = country_of(result.nationality)
    sex = text[layout.sex]
    if sex in "MF<":
        result.sex = {"<": "X"}.get(sex, sex)
    else:
        result.errors.append(MrzError("invalid_sex", "sex", f"sex {sex!r} is not M, F or <"))
    parts = [_text(text, [i for i in optional if i in span]).replace("<", "") for span in layout.optional]
    result.optional_data = " ".join(part for part in parts if part)

    birth_text, expiry_text = _text(text, layout.birth), _text(text, layout.expiry)
    expiry = _expiry(expiry_text, today=today)
    birth = _birth(birth_text, today=today, expiry=expiry, issued=issued)
    if birth is None:
        result.errors.append(MrzError("invalid_date", "birth_date", f"birth date {birth_text!r} is not a date"))
    else:
        result.birth_date = birth.isoformat()
    if expiry is None:
        result.errors.append(MrzError("invalid_date", "expiry_date", f"expiry date {expiry_text!r} is not a date"))
    else:
        result.expiry_date = expiry.isoformat()
    if not result.issuing_country and result.issuing_state not in STATELESS:
        result.errors.append(
            MrzError("unknown_state", "issuing_state", f"issuing state {result.issuing_state!r} is unknown")
        )
    if not result.nationality_country and result.nationality not in STATELESS:
        result.errors.append(MrzError("unknown_state", "nationality", f"nationality {result.nationality!r} is unknown"))


def _folded(layout: Layout, text: str) -> str:
    """What the layout itself settles (Doc 9303 parts 4–7 and docs/domain.md §4): a letter where only letters
    stand (document code, states, names) and a digit where only digits stand (dates and check digits)."""
    chars = list(text)
    number, number_digit, _ = _number_positions(layout, text)
    letters = [*layout.code, *layout.state, *layout.nationality, *layout.name_field]
    digits = [*layout.birth, *layout.expiry, layout.birth_check, layout.expiry_check, number_digit]
    digits += [i for i in (layout.optional_check, layout.composite_check) if i is not None]
    for index in letters:
        chars[index] = chars[index].translate(AS_LETTER)
    for index in digits:
        chars[index] = chars[index].translate(AS_DIGIT)
    return "".join(chars)


def _readings(text: str, free: list[int], checks: list[Check], limit: int) -> tuple[list[tuple[bool, ...]], bool]:
    """Every way of reading the ambiguous characters at `free` (each as read or flipped) that passes every
    check, and whether the search was complete within `limit` steps.

    A check is tried as soon as the last free position it covers is set, so failing branches end early.
    """
    due: dict[int, list[Check]] = {}
    for check in checks:
        covered = [i for i in free if i in check.covers]
        if not covered:
            if not check.passes(text):
                return [], True
            continue
        due.setdefault(covered[-1], []).append(check)
    chars = list(text)
    found: list[tuple[bool, ...]] = []
    flips: list[bool] = []
    steps = 0

    def walk(depth: int) -> bool:
        nonlocal steps
        if depth == len(free):
            found.append(tuple(flips))
            return True
        index = free[depth]
        for flip in (False, True):
            steps += 1
            if steps > limit:
                return False
            chars[index] = AMBIGUOUS[text[index]] if flip else text[index]
            flips.append(flip)
            joined = "".join(chars) if index in due else ""
            if all(check.passes(joined) for check in due.get(index, ())) and not walk(depth + 1):
                return False
            flips.pop()
        chars[index] = text[index]
        return True

    complete = walk(0)
    return found, complete


def repair(*lines: str, today: datetime.date | None = None, limit: int = 4096) -> MrzResult:
    """Parse an OCR reading, undoing the usual confusions (O/0, I/1, B/8, S/5, Z/2), and say what is unproven.

    Letters-only and digits-only fields are folded by position. In the document number and the optional data,
    every ambiguous character is tried both ways (at most `limit` steps) against every check digit of the layout
    (Doc 9303 part 3, 4.9). If one reading passes, it is certain. If several pass, the one closest to what was
    read (fewest changes; then the characters as read) is returned and the fields in which the readings differ
    are listed in `uncertain`: about one random change in ten passes a check digit, and where the composite
    check weighs a field exactly as the field's own check does it adds nothing. A field with no check digit
    (a visa's optional data) is uncertain as soon as it holds an ambiguous character; so are names in which a
    digit had to be read as a letter, and every searched field when the search did not finish.
    """
    lines = [normalise_line(line) for line in lines]
    if lines:
        # The document code's first letter chooses the layout (`1<` is an `I<` card).
        lines[0] = lines[0][:1].translate(AS_LETTER) + lines[0][1:]
    first = parse_lines(lines, today=today)
    if not first.format or {error.code for error in first.errors} & STRUCTURAL:
        return first
    layout = LAYOUTS[first.format]
    read = "".join(lines)
    text = _folded(layout, read)
    checks = _checks(layout, text)
    number, _, optional = _number_positions(layout, text)
    field_of = dict.fromkeys(number, "document_number") | dict.fromkeys(optional, "optional_data")
    free = sorted(i for i in field_of if text[i] in AMBIGUOUS)
    readings, complete = _readings(text, free, checks, limit)
    uncertain = set()
    if readings:
        best = min(readings, key=lambda flips: (sum(flips), flips))
        chars = list(text)
        for index, flip in zip(free, best, strict=True):
            if flip:
                chars[index] = AMBIGUOUS[text[index]]
        text = "".join(chars)
        uncertain |= {field_of[i] for k, i in enumerate(free) if len({flips[k] for flips in readings}) > 1}
    if not complete:
        uncertain |= {field_of[i] for i in free}
    name = layout.name_field
    split = text.find("<<", name.start, name.stop)
    split = name.stop if split < 0 else split
    if read[name.start : split] != text[name.start : split]:
        uncertain.add("surname")
    if read[split : name.stop] != text[split : name.stop]:
        uncertain.add("given_names")
    result = parse_lines([text[i : i + layout.length] for i in range(0, len(text), layout.length)], today=today)
    result.uncertain = [name for name in FIELD_ORDER if name in uncertain]
    return result
