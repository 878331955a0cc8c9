"""How a name in its own script becomes the upper-case Latin name a passport prints (ICAO Doc 9303, part 3).

The demo keeps both: the name in the resident's script (`native_name`) and the passport's transliteration
(`surname`, `given_names`). Latin letters with diacritics lose them (François → FRANCOIS), except where the
issuing state writes the long forms (Müller → MUELLER in Germany, Ødegaard → OEDEGAARD in Norway). Cyrillic
follows Doc 9303's table (Russia, Belarus, Kazakhstan) or Ukraine's national one (Cabinet resolution 55, 2010).
"""

import re
import unicodedata

from anyascii import anyascii

_LATIN_ALWAYS = {
    "ß": "SS", "Æ": "AE", "Œ": "OE", "Þ": "TH", "Ð": "D", "Đ": "D", "Ł": "L", "Ħ": "H", "Ŋ": "N",
    "Ĳ": "IJ", "Ø": "OE", "Ə": "A",
}  # fmt: skip
_LATIN_LONG = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "Å": "AA"}
_NOT_PASSPORT = re.compile(r"[^A-Z \-]")


def passport_latin(name: str, *, long_umlauts: bool = False) -> str:
    """`Łukasz` → `LUKASZ`; with `long_umlauts` (German and Nordic passports) `Müller` → `MUELLER`."""
    upper = name.upper()
    table = {**_LATIN_ALWAYS, **_LATIN_LONG} if long_umlauts else _LATIN_ALWAYS
    upper = "".join(table.get(ch, ch) for ch in upper)
    stripped = "".join(ch for ch in unicodedata.normalize("NFKD", upper) if not unicodedata.combining(ch))
    latin = _NOT_PASSPORT.sub(lambda match: anyascii(match.group()).upper(), stripped)
    return _NOT_PASSPORT.sub("", latin).strip()  # apostrophes and what has no Latin letter go


_CYRILLIC_ICAO = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ё": "E", "Ж": "ZH", "З": "Z", "И": "I",
    "Й": "I", "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R", "С": "S", "Т": "T",
    "У": "U", "Ф": "F", "Х": "KH", "Ц": "TS", "Ч": "CH", "Ш": "SH", "Щ": "SHCH", "Ъ": "IE", "Ы": "Y", "Э": "E",
    "Ю": "IU", "Я": "IA", "І": "I", "Ў": "U", "Ә": "A", "Ғ": "G", "Қ": "K", "Ң": "N", "Ө": "O", "Ұ": "U",
    "Ү": "U", "Һ": "H", "Ь": "",
}  # fmt: skip
_UKRAINIAN = {**_CYRILLIC_ICAO, "Г": "H", "Ґ": "G", "И": "Y", "І": "I", "Ї": "I", "Й": "I", "Є": "IE", "Щ": "SHCH"}
# Ukrainian letters written differently at the start of a word (Yevhen, Yurii, Yana, Yizhakevych).
_UKRAINIAN_INITIAL = {"Є": "YE", "Ї": "YI", "Й": "Y", "Ю": "YU", "Я": "YA"}


def cyrillic_latin(name: str, *, ukrainian: bool = False) -> str:
    """`Иванов` → `IVANOV`, `Щукина` → `SHCHUKINA`; `ukrainian`: `Гнатюк` → `HNATIUK`, `Євген` → `YEVHEN`."""
    table = _UKRAINIAN if ukrainian else _CYRILLIC_ICAO
    out = []
    upper = name.upper().replace("ЗГ", "ZGH") if ukrainian else name.upper()
    for index, ch in enumerate(upper):
        at_start = index == 0 or not upper[index - 1].isalpha()
        if ukrainian and at_start and ch in _UKRAINIAN_INITIAL:
            out.append(_UKRAINIAN_INITIAL[ch])
        else:
            out.append(table.get(ch, ch))
    return passport_latin("".join(out))


# How a woman's surname is formed from the family's (masculine) surname, by language.
_FEMININE_ENDINGS = {
    "ru": [("ский", "ская"), ("цкий", "цкая"), ("ой", "ая"), ("ов", "ова"), ("ев", "ева"), ("ёв", "ёва"),
           ("ин", "ина"), ("ын", "ына")],
    "uk": [("ський", "ська"), ("цький", "цька"), ("ий", "а"), ("ов", "ова"), ("ев", "ева"), ("ін", "іна")],
    "pl": [("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")],
    "cs": [("ý", "á"), ("ek", "ková"), ("a", "ová"), ("", "ová")],
    "lv": [("iņš", "iņa"), ("is", "e"), ("s", "a")],
    "lt": [("as", "ienė"), ("is", "ienė"), ("ys", "ienė"), ("us", "ienė")],
    "az": [("oğlu", "qızı"), ("ov", "ova"), ("ev", "eva")],
}  # fmt: skip
# Lithuanian daughters carry the maiden form, not the married one (Kazlauskas → Kazlauskaitė).
_LITHUANIAN_MAIDEN = [("as", "aitė"), ("is", "ytė"), ("ys", "ytė"), ("us", "utė")]


def feminine_surname(surname: str, language: str, *, married: bool = True) -> str:
    """The form a woman of the family carries: Иванов → Иванова, Kowalski → Kowalska, Novák → Nováková."""
    endings = _FEMININE_ENDINGS.get(language, [])
    if language == "lt" and not married:
        endings = _LITHUANIAN_MAIDEN
    if language == "cs" and surname.endswith("ová"):
        return surname
    for masculine, feminine in endings:
        if surname.endswith(masculine):
            return surname[: len(surname) - len(masculine)] + feminine
    return surname
