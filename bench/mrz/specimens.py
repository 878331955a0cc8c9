"""The evaluation set: fictional passport data pages, Chinese visa and residence-permit stickers and identity
cards (ICAO Doc 9303 TD3, MRV-A, TD1, TD2), drawn with the real OCR-B font and then photographed badly.

Deterministic: the same seed draws the same documents and the same pictures. Every person, number and date is
made up here (numbers start with X, as the demo's do, or mix letters and digits that look alike: 0/O, 1/I).
"""

import datetime
import io
import math
import random
import string
from dataclasses import asdict, dataclass, field

from django_countries import countries
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps

from lianyang.demo.nationalities import MIX
from lianyang.registration.mrz import check_digit

OCR_B = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANS_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
# The day the set's dates are counted from; readings are made with this `today`, so the labels never age.
SET_TODAY = datetime.date(2026, 11, 26)
SEED = 20261129
PITCH_MM = 2.54  # Doc 9303: ten characters to the inch
VISA_KINDS = ("C", "D", "F", "G", "J1", "J2", "L", "M", "Q1", "Q2", "R", "S1", "S2", "X1", "X2", "Z")
PERMIT_KINDS = ("work", "study", "journalist", "family reunion", "private affairs")

SURNAMES = (
    "ANDERSSON", "DE LA CRUZ", "VAN DER BERG", "NGUYEN", "GARCIA LOPEZ", "MUELLER", "SMITH-JONES", "TANAKA",
    "KIM", "PARK", "DUBOIS", "ROSSI", "SILVA SANTOS", "IVANOV", "OKAFOR", "HASSAN", "EL AMRANI", "KOWALSKI",
    "NIELSEN", "OBRIEN", "FERNANDEZ DIAZ", "WONG", "LEE", "SATO", "KRAUSE", "XU", "ESPOSITO", "MAKAROVA",
    "HOEKSTRA", "DA COSTA", "KAPOOR", "LINDQVIST", "EKSTROM", "AXELSEN", "KESKIN", "BEKOVA", "SEKERES", "OX",
)  # fmt: skip
GIVEN = (
    "ANNA", "MARIA", "ERIK", "MAX", "FELIX", "JONAS", "ANNE", "LUKE", "MIKE", "HIROSHI", "MINJUN", "SOFIA",
    "JOAO", "PEDRO", "ALEX", "XENIA", "KEKE", "SEO YEON", "JEAN", "LUC", "ELKE", "KAI", "EZEKIEL", "AXEL",
    "IKE", "ESTHER", "KATE", "EMMA", "LEE", "XAVIER", "YUKI", "AISHA", "OMAR", "IVAN", "OLGA", "SERGEJ",
)  # fmt: skip


@dataclass
class Specimen:
    """One document: what its MRZ says (the labels a reading is judged by) and how it was photographed."""

    id: str
    kind: str  # passport, visa, residence_permit, id_card_td1, card_td2
    format: str  # TD3, MRV-A, TD1, TD2
    lines: list[str]
    fields: dict[str, str]
    printed: dict[str, str] = field(default_factory=dict)
    photo: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return asdict(self)


def icao(code: str) -> str:
    return "D" if code == "DE" else countries.alpha3(code)


def _yymmdd(day: datetime.date) -> str:
    return day.strftime("%y%m%d")


def _field_name(text: str) -> str:
    return text.replace(" ", "<").replace("-", "<")


def _name_field(surname: str, given: str, length: int) -> str:
    return f"{_field_name(surname)}<<{_field_name(given)}"[:length].ljust(length, "<")


def _number(rng: random.Random) -> str:
    """A document number: the demo's X-numbers, or letters and digits that look alike (0/O, 1/I, 8/B)."""
    if rng.random() < 0.4:
        return "X" + rng.choice(string.ascii_uppercase) + "".join(rng.choices(string.digits, k=rng.choice((6, 7))))
    chars = rng.choice(string.ascii_uppercase) + "".join(rng.choices("0O1I8B5S2Z" + string.digits, k=8))
    return chars[: rng.choice((8, 9, 9, 9))]


def _person(rng: random.Random) -> dict:
    surname = rng.choice(SURNAMES)
    if rng.random() < 0.15:
        surname = f"{surname} {rng.choice(SURNAMES)}"
    given = " ".join(rng.sample(GIVEN, rng.choice((1, 1, 2, 2, 3))))
    birth = SET_TODAY - datetime.timedelta(days=rng.randint(365 * 2, 365 * 75))
    return {"surname": surname, "given": given, "birth": birth, "sex": rng.choice("MMMFFF<")}


def _truth(fmt, code, state, person, number, nationality, expiry, line1_name_length) -> dict:
    surname, _, given = _name_field(person["surname"], person["given"], line1_name_length).partition("<<")
    return {
        "format": fmt,
        "document_type": code.replace("<", ""),
        "issuing_state": state.replace("<", ""),
        "surname": surname.replace("<", " ").strip(),
        "given_names": given.replace("<", " ").strip(),
        "document_number": number,
        "nationality": nationality.replace("<", ""),
        "birth_date": person["birth"].isoformat(),
        "sex": {"M": "M", "F": "F"}.get(person["sex"], "X"),
        "expiry_date": expiry.isoformat(),
    }


def td3(code, state, person, number, nationality, expiry, *, visa=False, optional=""):
    """Passport (TD3) or visa (MRV-A) lines, with their check digits."""
    line1 = f"{code}{state.ljust(3, '<')}{_name_field(person['surname'], person['given'], 39)}"
    number_field = number.ljust(9, "<")
    nationality_field = nationality.ljust(3, "<")
    birth, end = _yymmdd(person["birth"]), _yymmdd(expiry)
    body = f"{number_field}{check_digit(number_field)}{nationality_field}{birth}{check_digit(birth)}"
    body += f"{person['sex']}{end}{check_digit(end)}"
    if visa:
        line2 = (body + optional).ljust(44, "<")[:44]
    else:
        personal = optional.ljust(14, "<")[:14]
        body += personal + (check_digit(personal) if optional else "<")
        line2 = body + check_digit(body[0:10] + body[13:20] + body[21:43])
    fmt = "MRV-A" if visa else "TD3"
    return [line1, line2], _truth(fmt, code, state, person, number, nationality, expiry, 39)


def td2(code, state, person, number, nationality, expiry):
    line1 = f"{code}{state.ljust(3, '<')}{_name_field(person['surname'], person['given'], 31)}"
    number_field = number.ljust(9, "<")
    birth, end = _yymmdd(person["birth"]), _yymmdd(expiry)
    body = f"{number_field}{check_digit(number_field)}{nationality.ljust(3, '<')}{birth}{check_digit(birth)}"
    body += f"{person['sex']}{end}{check_digit(end)}<<<<<<<"
    line2 = body + check_digit(body[0:10] + body[13:20] + body[21:35])
    return [line1, line2], _truth("TD2", code, state, person, number, nationality, expiry, 31)


def td1(code, state, person, number, nationality, expiry):
    number_field = number.ljust(9, "<")
    line1 = f"{code}{state.ljust(3, '<')}{number_field}{check_digit(number_field)}".ljust(30, "<")
    birth, end = _yymmdd(person["birth"]), _yymmdd(expiry)
    line2 = f"{birth}{check_digit(birth)}{person['sex']}{end}{check_digit(end)}{nationality.ljust(3, '<')}"
    line2 = line2.ljust(29, "<")
    line2 += check_digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    line3 = _name_field(person["surname"], person["given"], 30)
    return [line1, line2, line3], _truth("TD1", code, state, person, number, nationality, expiry, 30)


def specimens(seed: int = SEED) -> list[Specimen]:
    """The documents of the set: two passports of every nationality of the demo, six visas of every Chinese
    visa kind and six residence permits of every kind (MRV-A stickers issued by CHN), twenty TD1 and twenty TD2
    cards."""
    rng = random.Random(seed)
    codes = [nationality.code for nationality in MIX]
    made: list[Specimen] = []

    def add(kind, lines, truth, printed):
        made.append(Specimen(f"{kind}-{len(made):03d}", kind, truth["format"], lines, truth, printed))

    for code in codes * 2:
        person, state = _person(rng), icao(code)
        expiry = SET_TODAY + datetime.timedelta(days=rng.randint(30, 3650))
        optional = "".join(rng.choices(string.digits, k=rng.randint(6, 14))) if rng.random() < 0.2 else ""
        lines, truth = td3("P<", state, person, _number(rng), state, expiry, optional=optional)
        add("passport", lines, truth, {"title": "PASSPORT", "country": code})
    for kind, titles in (("visa", VISA_KINDS), ("residence_permit", PERMIT_KINDS)):
        for title in titles:
            for _ in range(6):
                person, nationality = _person(rng), icao(rng.choice(codes))
                expiry = SET_TODAY + datetime.timedelta(days=rng.randint(20, 1800))
                optional = rng.choice(("", "".join(rng.choices(string.ascii_uppercase + string.digits, k=8))))
                lines, truth = td3("V<", "CHN", person, _number(rng), nationality, expiry, visa=True, optional=optional)
                add(kind, lines, truth, {"title": title, "country": "CN"})
    for kind, maker, doc_codes in (("id_card_td1", td1, ("I<", "ID", "AC")), ("card_td2", td2, ("I<", "A<", "C<"))):
        for _ in range(20):
            person, code = _person(rng), rng.choice(codes)
            expiry = SET_TODAY + datetime.timedelta(days=rng.randint(30, 3650))
            lines, truth = maker(rng.choice(doc_codes), icao(code), person, _number(rng), icao(code), expiry)
            add(kind, lines, truth, {"title": "IDENTITY CARD", "country": code})
    for specimen in made:
        specimen.photo = photo_plan(random.Random(f"{seed}:{specimen.id}"))
    return made


# Sizes in millimetres (Doc 9303 parts 4-6) and where the MRZ's first line sits from the bottom edge.
PAGE_MM = {"TD3": (125, 88), "MRV-A": (120, 80), "TD2": (105, 74), "TD1": (85.6, 54)}
PX_PER_MM = 10


def _guilloche(draw: ImageDraw.ImageDraw, width: int, height: int, rng: random.Random) -> None:
    colour = tuple(rng.randint(150, 220) for _ in range(3))
    for wave in range(rng.randint(18, 30)):
        amplitude, period = rng.uniform(10, 60), rng.uniform(80, 300)
        phase, base = rng.uniform(0, 6.3), height * wave / 24
        points = [(x, base + amplitude * math.sin(x / period * 6.283 + phase)) for x in range(0, width + 8, 8)]
        draw.line(points, fill=colour, width=1)


def draw_page(specimen: Specimen) -> Image.Image:
    """The document as printed, at 10 px per millimetre: background, photo box, labels and values, the MRZ in
    OCR-B at its fixed pitch."""
    rng = random.Random(specimen.id)
    width_mm, height_mm = PAGE_MM[specimen.format]
    width, height = int(width_mm * PX_PER_MM), int(height_mm * PX_PER_MM)
    tint = tuple(rng.randint(222, 245) for _ in range(3))
    page = Image.new("RGB", (width, height), tint)
    draw = ImageDraw.Draw(page)
    _guilloche(draw, width, height, rng)
    scale = width / 1250
    title = specimen.printed.get("title", "")
    if specimen.kind == "visa":
        title = f"中华人民共和国签证 VISA  {title}"
    elif specimen.kind == "residence_permit":
        title = f"外国人居留许可 RESIDENCE PERMIT ({title})"
    draw.text((40 * scale, 25 * scale), title, font=ImageFont.truetype(CJK, int(36 * scale)), fill=(80, 30, 40))
    draw.rectangle((40 * scale, 110 * scale, 330 * scale, 490 * scale), fill=(185, 188, 196))
    draw.ellipse((110 * scale, 170 * scale, 260 * scale, 360 * scale), fill=(150, 140, 135))
    truth = specimen.fields
    labels = [
        ("Surname / Nom", truth["surname"]),
        ("Given names / Prénoms", truth["given_names"]),
        ("Nationality", truth["nationality"]),
        ("Date of birth", truth["birth_date"]),
        ("Sex", truth["sex"]),
        ("Document No.", truth["document_number"]),
        ("Date of expiry", truth["expiry_date"]),
    ]
    label_font, value_font = ImageFont.truetype(SANS, int(17 * scale)), ImageFont.truetype(SANS_BOLD, int(24 * scale))
    for row, (label, value) in enumerate(labels[: 5 if specimen.format == "TD1" else 7]):
        top = (110 + 54 * row) * scale
        draw.text((370 * scale, top), label, font=label_font, fill=(90, 80, 120))
        draw.text((370 * scale, top + 19 * scale), value, font=value_font, fill=(25, 25, 30))
    pitch = PITCH_MM * PX_PER_MM
    font = ImageFont.truetype(OCR_B, 10)
    size = 10 * pitch / font.getlength("<")
    font = ImageFont.truetype(OCR_B, round(size))
    line_step = 4.3 * PX_PER_MM
    length = len(specimen.lines[0])
    left = (width - length * pitch) / 2
    bottom = height - 4 * PX_PER_MM
    ink = tuple(rng.randint(5, 40) for _ in range(3))
    for row, line in enumerate(specimen.lines):
        top = bottom - (len(specimen.lines) - row) * line_step
        for column, char in enumerate(line):
            draw.text((left + column * pitch, top), char, font=font, fill=ink)
    return page


def photo_plan(rng: random.Random) -> dict:
    """How a resident's phone took the picture: tilt, turn, perspective, blur, light, glare, size, JPEG."""
    spread = rng.choices((1.5, 5.0, 10.0), weights=(40, 35, 25))[0]
    return {
        "tilt": round(rng.uniform(-spread, spread), 2),
        "turn": rng.choices((0, 90, 180, 270), weights=(80, 7, 7, 6))[0],
        "perspective": round(rng.uniform(0, 0.06), 3),
        "page_share": round(rng.uniform(0.55, 0.95), 2),
        "blur": round(rng.choice((0, 0, 0.5, 0.8, 1.2, 1.6)), 1),
        "light": round(rng.uniform(0, 0.45), 2),
        "glare": rng.random() < 0.25,
        "width": rng.choice((1000, 1000, 1280, 1600, 2000, 2400)),
        "quality": rng.randint(55, 85),
        "noise_seed": rng.randint(0, 10**6),
    }


def _solve(matrix: list[list[float]], values: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (8 unknowns: the perspective transform's coefficients)."""
    size = len(values)
    rows = [row[:] + [value] for row, value in zip(matrix, values, strict=True)]
    for column in range(size):
        pivot = max(range(column, size), key=lambda r: abs(rows[r][column]))
        rows[column], rows[pivot] = rows[pivot], rows[column]
        for r in range(size):
            if r != column:
                factor = rows[r][column] / rows[column][column]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[column], strict=True)]
    return [rows[r][size] / rows[r][r] for r in range(size)]


def _perspective(source: list[tuple[float, float]], target: list[tuple[float, float]]) -> list[float]:
    """PIL's PERSPECTIVE data mapping each point of `target` (the photo) back to `source` (the page)."""
    matrix, values = [], []
    for (x, y), (u, v) in zip(target, source, strict=True):
        matrix.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        matrix.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        values += [u, v]
    return _solve(matrix, values)


def photograph(page: Image.Image, plan: dict) -> Image.Image:
    rng = random.Random(plan["noise_seed"])
    canvas_width = int(page.width / plan["page_share"])
    canvas_height = int(canvas_width * 0.75)
    background = Image.new("RGB", (canvas_width, canvas_height), tuple(rng.randint(60, 170) for _ in range(3)))
    speckle = Image.effect_noise((canvas_width // 8, canvas_height // 8), 30).resize(background.size)
    background = ImageChops.add(background, speckle.convert("RGB"), scale=2.0, offset=-64)
    angle = math.radians(plan["tilt"])
    centre_x = canvas_width / 2 + rng.uniform(-0.03, 0.03) * canvas_width
    centre_y = canvas_height / 2 + rng.uniform(-0.03, 0.03) * canvas_height
    corners = []
    for x, y in ((0, 0), (page.width, 0), (page.width, page.height), (0, page.height)):
        dx, dy = x - page.width / 2, y - page.height / 2
        jitter = plan["perspective"] * page.width
        corners.append(
            (
                centre_x + dx * math.cos(angle) - dy * math.sin(angle) + rng.uniform(-jitter, jitter),
                centre_y + dx * math.sin(angle) + dy * math.cos(angle) + rng.uniform(-jitter, jitter),
            )
        )
    source = [(0, 0), (page.width, 0), (page.width, page.height), (0, page.height)]
    data = _perspective(source, corners)
    size = (canvas_width, canvas_height)
    warped = page.transform(size, Image.Transform.PERSPECTIVE, data, Image.Resampling.BICUBIC)
    mask = Image.new("L", page.size, 255).transform(size, Image.Transform.PERSPECTIVE, data, Image.Resampling.BILINEAR)
    photo = Image.composite(warped, background, mask)
    if plan["light"]:
        gradient = Image.linear_gradient("L").rotate(rng.uniform(0, 360)).resize(size)
        shade = gradient.point(lambda value: int(255 - plan["light"] * value))
        photo = ImageChops.multiply(photo, Image.merge("RGB", (shade, shade, shade)))
    if plan["glare"]:
        glare = Image.new("L", size, 0)
        spot_x, spot_y = rng.uniform(0.2, 0.8) * canvas_width, rng.uniform(0.2, 0.8) * canvas_height
        radius = rng.uniform(0.05, 0.15) * canvas_width
        ImageDraw.Draw(glare).ellipse((spot_x - radius, spot_y - radius * 0.6, spot_x + radius, spot_y + radius * 0.6),
                                      fill=rng.randint(90, 170))  # fmt: skip
        glare = glare.filter(ImageFilter.GaussianBlur(radius / 3))
        photo = ImageChops.screen(photo, Image.merge("RGB", (glare, glare, glare)))
    width = plan["width"]
    photo = photo.resize((width, int(photo.height * width / photo.width)), Image.Resampling.LANCZOS)
    if plan["blur"]:
        photo = photo.filter(ImageFilter.GaussianBlur(plan["blur"]))
    if plan["turn"]:
        photo = photo.rotate(plan["turn"], expand=True)
    return photo


def jpeg(specimen: Specimen) -> bytes:
    """The photo of a specimen as the resident's phone sends it."""
    buffer = io.BytesIO()
    photograph(draw_page(specimen), specimen.photo).save(buffer, "JPEG", quality=specimen.photo["quality"])
    return buffer.getvalue()


def sharp_scan(specimen: Specimen) -> bytes:
    """The page flat and straight, as a scanner gives it (PNG): for a first look at what a reader does."""
    buffer = io.BytesIO()
    ImageOps.grayscale(draw_page(specimen)).save(buffer, "PNG")
    return buffer.getvalue()
