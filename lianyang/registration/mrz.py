"""Reading the machine-readable zone of passports and visas (ICAO Doc 9303; FACTS.md §7).

Formats: TD3 (passport data page, 2 × 44), MRV-A (visa sticker, 2 × 44) and MRV-B (visa sticker, 2 × 36); since
June 2019 Chinese visas and residence permits are MRV stickers. A check digit weighs the characters 7, 3, 1
repeating (digits as themselves, A=10 … Z=35, `<`=0) and keeps the sum modulo 10. The same parser serves the
typed form, the OCR of a photo and `lianyang mrz`.
"""

import datetime
import itertools
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
# What OCR confuses, letter → digit and back (FACTS.md §7).
AS_DIGIT = str.maketrans({"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "B": "8", "S": "5", "Z": "2", "G": "6"})
AMBIGUOUS = {"0": "O", "O": "0", "1": "I", "I": "1", "8": "B", "B": "8", "5": "S", "S": "5", "2": "Z", "Z": "2"}


def check_digit(text: str) -> str:
    total = 0
    for index, char in enumerate(text):
        if char.isdigit():
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

    @property
    def valid(self) -> bool:
        return not self.errors

    def as_dict(self) -> dict:
        data = asdict(self)
        data["valid"] = self.valid
        return data

    def error_fields(self) -> set[str]:
        return {error.field for error in self.errors}


def country_of(code: str) -> str:
    """The ISO 3166 alpha-2 code of an ICAO state code, or '' for stateless and unknown codes."""
    code = code.replace("<", "")
    if code in ICAO_ONLY:
        return ICAO_ONLY[code]
    if code in STATELESS or len(code) != 3:
        return ""
    return countries.alpha2(code) or ""


def _date(text: str, *, past: bool, today: datetime.date) -> datetime.date | None:
    """YYMMDD without a century: a birth date resolves to the past, an expiry date to within 50 years of today."""
    if not re.fullmatch(r"\d{6}", text):
        return None
    year, month, day = int(text[:2]), int(text[2:4]), int(text[4:])
    for century in (2000, 1900) if past else (2000, 1900, 2100):
        try:
            candidate = datetime.date(century + year, month, day)
        except ValueError:
            return None
        if past and candidate <= today:
            return candidate
        if not past and abs((candidate - today).days) <= 50 * 366:
            return candidate
    return None


def _names(text: str) -> tuple[str, str]:
    surname, _, given = text.partition("<<")
    return surname.replace("<", " ").strip(), given.replace("<", " ").strip()


def _format_of(line1: str, line2: str) -> str:
    if len(line1) == 44 and line1.startswith("P"):
        return "TD3"
    if len(line1) == 44 and line1.startswith("V"):
        return "MRV-A"
    if len(line1) == 36 and line1.startswith("V"):
        return "MRV-B"
    return ""


def normalise_line(line: str) -> str:
    """Upper case without spaces: people type MRZ lines with spaces and lower case."""
    return re.sub(r"\s+", "", line or "").upper().replace("«", "<")


def parse(line1: str, line2: str, *, today: datetime.date | None = None) -> MrzResult:
    """Parse two MRZ lines; every failed check is one entry in `errors`, naming the field it concerns."""
    today = today or datetime.date.today()
    line1, line2 = normalise_line(line1), normalise_line(line2)
    result = MrzResult()
    for number, line in ((1, line1), (2, line2)):
        for position, char in enumerate(line, start=1):
            if not ALPHABET.match(char):
                result.errors.append(
                    MrzError(
                        "illegal_character",
                        f"line{number}",
                        f"illegal character {char!r} at line {number}, position {position}",
                    )
                )
    result.format = _format_of(line1, line2)
    expected = {"TD3": 44, "MRV-A": 44, "MRV-B": 36}.get(result.format)
    if expected is None:
        result.errors.append(
            MrzError(
                "unknown_format",
                "line1",
                f"line 1 has {len(line1)} characters and starts with {line1[:1]!r}: "
                "not a passport (P, 44) or a visa (V, 44 or 36)",
            )
        )
        return result
    if len(line2) != expected:
        result.errors.append(
            MrzError("wrong_length", "line2", f"line 2 has {len(line2)} characters, expected {expected}")
        )
        return result
    if result.errors:
        return result

    result.document_type = line1[:2].replace("<", "")
    result.issuing_state = line1[2:5].replace("<", "")
    result.issuing_country = country_of(line1[2:5])
    result.surname, result.given_names = _names(line1[5:])
    result.document_number = line2[0:9].replace("<", "")
    result.nationality = line2[10:13].replace("<", "")
    result.nationality_country = country_of(line2[10:13])
    result.sex = {"M": "M", "F": "F"}.get(line2[20], "X")

    checks = [("document_number", line2[0:9], line2[9]), ("birth_date", line2[13:19], line2[19]),
              ("expiry_date", line2[21:27], line2[27])]  # fmt: skip
    if result.format == "TD3":
        result.optional_data = line2[28:42].replace("<", "")
        document_number = result.document_number
        if line2[9] == "<" and result.optional_data:
            # Numbers longer than nine characters go on in the optional field, ended by their check digit.
            document_number = result.document_number + result.optional_data[:-1]
            checks[0] = ("document_number", line2[0:9] + result.optional_data[:-1], result.optional_data[-1])
            result.document_number = document_number
        if line2[42] != "<" or line2[28:42].strip("<"):
            checks.append(("personal_number", line2[28:42], line2[42]))
        checks.append(("composite", line2[0:10] + line2[13:20] + line2[21:43], line2[43]))
    else:
        result.optional_data = line2[28:].replace("<", "")

    for name, text, digit in checks:
        if check_digit(text) != digit:
            result.errors.append(
                MrzError(
                    "check_digit",
                    name,
                    f"{name.replace('_', ' ')} check digit is {digit!r}, expected {check_digit(text)!r}",
                )
            )

    birth = _date(line2[13:19], past=True, today=today)
    expiry = _date(line2[21:27], past=False, today=today)
    if birth is None:
        result.errors.append(MrzError("invalid_date", "birth_date", f"birth date {line2[13:19]!r} is not a date"))
    else:
        result.birth_date = birth.isoformat()
    if expiry is None:
        result.errors.append(MrzError("invalid_date", "expiry_date", f"expiry date {line2[21:27]!r} is not a date"))
    else:
        result.expiry_date = expiry.isoformat()
    if not result.issuing_country and result.issuing_state not in STATELESS:
        result.errors.append(
            MrzError("unknown_state", "issuing_state", f"issuing state {result.issuing_state!r} is unknown")
        )
    if not result.nationality_country and result.nationality not in STATELESS:
        result.errors.append(MrzError("unknown_state", "nationality", f"nationality {result.nationality!r} is unknown"))
    return result


def repair(line1: str, line2: str, *, today: datetime.date | None = None, limit: int = 512) -> MrzResult:
    """Parse an OCR reading, undoing the usual confusions (O/0, I/1, B/8, S/5, Z/2) until the check digits agree.

    Digits-only fields (dates, check digits) are mapped to digits outright; in the document number and the
    optional field, ambiguous characters are tried both ways, at most `limit` combinations.
    """
    line1, line2 = normalise_line(line1), normalise_line(line2)
    first = parse(line1, line2, today=today)
    if first.valid or first.format == "" or any(e.code in {"wrong_length", "illegal_character"} for e in first.errors):
        return first
    chars = list(line2)
    numeric = [9, *range(13, 20), *range(21, 28)] + ([42, 43] if first.format == "TD3" else [])
    for index in numeric:
        chars[index] = chars[index].translate(AS_DIGIT)
    free = [i for i in range(0, 9) if chars[i] in AMBIGUOUS] + (
        [i for i in range(28, 42) if chars[i] in AMBIGUOUS] if first.format == "TD3" else []
    )
    for flips in itertools.islice(itertools.product((False, True), repeat=len(free)), limit):
        candidate = chars.copy()
        for index, flip in zip(free, flips, strict=True):
            if flip:
                candidate[index] = AMBIGUOUS[candidate[index]]
        result = parse(line1, "".join(candidate), today=today)
        if result.valid:
            return result
    return first
