"""The naming traditions the demo knows, each a `NameSource` built from Faker's lists or from `namedata`.

`name_source("ja")` gives Japanese names (kanji with passport romaji, from Faker's ja_JP pairs), `"ko"` Korean
(hangul, passport spelling, hanja), `"ru"` and `"uk"` Cyrillic with their transliterations, `"ar"` Arabic
script, `"zh-hk"` traditional characters with Cantonese spellings… and any Faker locale such as `"de_DE"`
gives that country's Latin-script names with the passport's transliteration (Müller → MUELLER).
"""

import re
from functools import cache
from importlib import import_module

from anyascii import anyascii

from . import namedata as data
from .names import FamilyName, NameSource, Part, Pool, SyllableSource
from .transliteration import cyrillic_latin, feminine_surname, passport_latin

_HAN = re.compile(r"[\u4e00-\u9fff]+")


def _parts(rows, latin=None) -> list[Part]:
    """Rows of `namedata`: (native, LATIN[, 漢字]); Latin-only rows get their passport form from `latin`."""
    parts = []
    for row in rows:
        if len(row) == 1:
            parts.append(Part(row[0], (latin or passport_latin)(row[0])))
        else:
            parts.append(Part(row[0], row[1], row[2] if len(row) > 2 else ""))
    return parts


def _family_names(parts: list[Part], language: str = "") -> list[FamilyName]:
    """Family names whose feminine forms follow `language`'s rule (Иванов → Иванова)."""
    result = []
    for part in parts:
        if not language:
            result.append(FamilyName(part, part, part))
            continue
        translit = _latin_for(language)
        feminine = feminine_surname(part.native, language)
        daughter = feminine_surname(part.native, language, married=False)
        result.append(FamilyName(part, Part(feminine, translit(feminine)), Part(daughter, translit(daughter))))
    return result


def _latin_for(language: str):
    if language == "uk":
        return lambda name: cyrillic_latin(name, ukrainian=True)
    if language == "ru":
        return cyrillic_latin
    return passport_latin


def _faker_list(locale: str, attribute: str) -> tuple[list[str], list[float] | None]:
    """A Faker list with its weights, if it has them; abbreviations such as `H.-Dieter` are left out."""
    values = getattr(import_module(f"faker.providers.person.{locale}").Provider, attribute)
    weights = dict(values) if isinstance(values, dict) else dict.fromkeys(values, 1.0)
    names = [name for name in weights if "." not in name]
    return names, [weights[name] for name in names] if isinstance(values, dict) else None


def _faker_pool(locale: str, attribute: str, latin) -> Pool:
    names, weights = _faker_list(locale, attribute)
    return Pool([Part(name, latin(name)) for name in names], weights)


_LONG_UMLAUTS = {"de", "sv", "no", "da"}
_FEMININE_RULES = {"pl": "pl", "cs": "cs", "sk": "cs", "lv": "lv", "lt": "lt", "az": "az", "uz": "az"}
_IBERIAN = {"es"}
_LUSOPHONE = {"pt"}


def _faker_source(locale: str) -> NameSource:
    """A Latin-script tradition from Faker's lists: `de_DE`, `pl_PL`, `es_MX`…"""
    language = locale.split("_")[0]
    long_umlauts = language in _LONG_UMLAUTS

    def latin(name):
        return passport_latin(name, long_umlauts=long_umlauts)

    surnames_attribute = "last_names_male" if language in {"cs", "sk", "lv", "uz", "az", "id"} else "last_names"
    if language == "pl":
        surname_parts = _parts(data.POLISH_SURNAMES)
    else:
        surname_parts = [Part(name, latin(name)) for name in _faker_list(locale, surnames_attribute)[0]]
    family = "iberian" if language in _IBERIAN else "lusophone" if language in _LUSOPHONE else "shared"
    return NameSource(
        male=_faker_pool(locale, "first_names_male", latin),
        female=_faker_pool(locale, "first_names_female", latin),
        surnames=Pool(_family_names(surname_parts, _FEMININE_RULES.get(language, ""))),
        family=family,
        order="spaced" if language == "hu" else "western",
    )


def _curated(male, female, surnames=None, *, weights=None, **kwargs) -> NameSource:
    return NameSource(
        male=Pool(_parts(male)),
        female=Pool(_parts(female)),
        surnames=Pool(_family_names(_parts(surnames)), weights) if surnames else None,
        **kwargs,
    )


# Faker's romaji that passports would spell otherwise (Hepburn, as the passport office writes it).
_HEPBURN = {"ミツル": "MITSURU", "シュウヘイ": "SHUHEI"}


def _japanese() -> NameSource:
    """Faker's ja_JP pairs: kanji (or kana) with romaji; kanji-only names double as the Chinese name."""
    faker = import_module("faker.providers.person.ja_JP").Provider

    def part(kanji, kana, roman):
        return Part(kanji, _HEPBURN.get(kana, roman.upper()), kanji if _HAN.fullmatch(kanji) else "")

    def pool(pairs):
        return Pool([part(*pair) for pair in pairs])

    surnames = [part(*pair) for pair in faker.last_name_pairs]
    return NameSource(
        male=pool(faker.first_name_male_pairs),
        female=pool(faker.first_name_female_pairs),
        surnames=Pool(_family_names(surnames)),
        order="spaced",
        chinese_share=0.3,
    )


def _cyrillic(locale: str, language: str) -> NameSource:
    latin = _latin_for(language)
    provider = import_module(f"faker.providers.person.{locale}").Provider
    surnames = provider.last_names_male if language == "ru" else provider.last_names_common
    return NameSource(
        male=Pool([Part(name, latin(name)) for name in provider.first_names_male]),
        female=Pool([Part(name, latin(name)) for name in provider.first_names_female]),
        surnames=Pool(_family_names([Part(name, latin(name)) for name in surnames], language)),
    )


def _kazakh() -> NameSource:
    def parts(rows):
        return _parts(rows, cyrillic_latin)

    return NameSource(
        male=Pool(parts(data.KAZAKH_MALE)),
        female=Pool(parts(data.KAZAKH_FEMALE)),
        surnames=Pool(_family_names(parts(data.KAZAKH_SURNAMES), "ru")),
    )


def _greek() -> NameSource:
    surnames = [FamilyName(Part(m, ml), Part(f, fl), Part(f, fl)) for m, ml, f, fl in data.GREEK_SURNAMES]
    return NameSource(
        male=Pool(_parts(data.GREEK_MALE)),
        female=Pool(_parts(data.GREEK_FEMALE)),
        surnames=Pool(surnames),
        family="own",
    )


def _chinese_script(surnames, male, female, *, spellings=None, **kwargs) -> NameSource:
    """Hong Kong, Macao and Taiwan: traditional characters, their simplified form, the passport spelling."""

    def part(traditional, simplified, latin):
        return Part(traditional, (spellings or {}).get(traditional, latin), simplified)

    return SyllableSource(
        male=Pool([part(*row) for row in male]),
        female=Pool([part(*row) for row in female]),
        surnames=Pool(_family_names([part(*row) for row in surnames])),
        family="own",
        order="eastern",
        chinese_share=1.0,
        **kwargs,
    )


def _straits_chinese() -> NameSource:
    def characters(rows):
        return [Part(row[0], "", row[0]) for row in rows]

    return SyllableSource(
        male=Pool(characters(data.STRAITS_CHINESE_MALE)),
        female=Pool(characters(data.STRAITS_CHINESE_FEMALE)),
        surnames=Pool(_family_names([Part(han, latin, han) for han, latin in data.STRAITS_CHINESE_SURNAMES])),
        family="own",
        order="eastern",
        chinese_share=1.0,
        pinyin=True,
    )


def _vietnamese() -> NameSource:
    """Vietnamese given names carry a middle name (Văn, Thị…) before the first name: NGUYEN / VAN NAM."""
    male, female = _faker_list("vi_VN", "first_names_male")[0], _faker_list("vi_VN", "first_names_female")[0]

    def pool(middles, firsts):
        return Pool([Part(f"{m} {f}", passport_latin(f"{m} {f}")) for m in middles for f in firsts])

    surnames = _faker_list("vi_VN", "last_names")[0]
    return NameSource(
        male=pool(["Văn", "Đức", "Quang", "Minh", "Hữu"], male),
        female=pool(["Thị", "Ngọc", "Thu", "Thanh"], female),
        surnames=Pool(_family_names([Part(name, passport_latin(name)) for name in surnames])),
        family="own",
        order="spaced",
    )


def _anyascii_source(locale: str) -> NameSource:
    """Georgian and Armenian: Faker's lists in their own scripts, transliterated letter by letter."""

    def latin(name):
        return passport_latin(anyascii(name))

    surnames = [Part(name, latin(name)) for name in _faker_list(locale, "last_names")[0]]
    return NameSource(
        male=_faker_pool(locale, "first_names_male", latin),
        female=_faker_pool(locale, "first_names_female", latin),
        surnames=Pool(_family_names(surnames)),
    )


_BUILDERS = {
    "ja": _japanese,
    "ko": lambda: _curated(
        data.KOREAN_MALE,
        data.KOREAN_FEMALE,
        data.KOREAN_SURNAMES,
        weights=data.KOREAN_SURNAME_WEIGHTS,
        family="own",
        order="eastern",
        chinese_share=0.35,
    ),  # fmt: skip
    "ru": lambda: _cyrillic("ru_RU", "ru"),
    "uk": lambda: _cyrillic("uk_UA", "uk"),
    "kk": _kazakh,
    "el": _greek,
    "ar": lambda: _curated(data.ARABIC_MALE, data.ARABIC_FEMALE, data.ARABIC_SURNAMES, family="own"),
    "fa": lambda: _curated(data.PERSIAN_MALE, data.PERSIAN_FEMALE, data.PERSIAN_SURNAMES, family="own"),
    "he": lambda: _curated(data.HEBREW_MALE, data.HEBREW_FEMALE, data.HEBREW_SURNAMES),
    "th": lambda: _curated(data.THAI_MALE, data.THAI_FEMALE, data.THAI_SURNAMES),
    "hi": lambda: _curated(data.HINDI_MALE, data.HINDI_FEMALE, data.HINDI_SURNAMES),
    "ne": lambda: _curated(data.NEPALI_MALE, data.NEPALI_FEMALE, data.NEPALI_SURNAMES),
    "mn": lambda: _curated(data.MONGOLIAN_MALE, data.MONGOLIAN_FEMALE, family="patronymic", order="spaced"),
    "am": lambda: _curated(data.ETHIOPIAN_MALE, data.ETHIOPIAN_FEMALE, family="patronymic"),
    "ms": lambda: _curated(data.MALAY_MALE, data.MALAY_FEMALE, family="malay"),
    "fil": lambda: _curated(data.FILIPINO_MALE, data.FILIPINO_FEMALE, data.FILIPINO_SURNAMES),
    "ur": lambda: _curated(data.PAKISTANI_MALE, data.PAKISTANI_FEMALE, data.PAKISTANI_SURNAMES),
    "bn": lambda: _curated(data.BANGLADESHI_MALE, data.BANGLADESHI_FEMALE, data.BANGLADESHI_SURNAMES),
    "si": lambda: _curated(data.SRI_LANKAN_MALE, data.SRI_LANKAN_FEMALE, data.SRI_LANKAN_SURNAMES),
    "lt": lambda: NameSource(
        male=Pool(_parts(data.LITHUANIAN_MALE)),
        female=Pool(_parts(data.LITHUANIAN_FEMALE)),
        surnames=Pool(_family_names([Part(n, passport_latin(n)) for n in _faker_list("lt_LT", "last_names")[0]], "lt")),
    ),  # fmt: skip
    "is": lambda: NameSource(
        male=_faker_pool("is_IS", "first_names_male", passport_latin),
        female=_faker_pool("is_IS", "first_names_female", passport_latin),
        family="icelandic",
    ),
    "vi": _vietnamese,
    "ka": lambda: _anyascii_source("ka_GE"),
    "hy": lambda: _anyascii_source("hy_AM"),
    "zh-hk": lambda: _chinese_script(data.HONG_KONG_SURNAMES, data.HONG_KONG_MALE, data.HONG_KONG_FEMALE),
    "zh-mo": lambda: _chinese_script(
        data.HONG_KONG_SURNAMES, data.HONG_KONG_MALE, data.HONG_KONG_FEMALE, spellings=data.MACAO_SPELLINGS
    ),
    "zh-tw": lambda: _chinese_script(data.TAIWAN_SURNAMES, data.TAIWAN_MALE, data.TAIWAN_FEMALE, joiner="-"),
    "zh-sg": _straits_chinese,
}


@cache
def name_source(key: str) -> NameSource:
    """The tradition called `key`: one of `_BUILDERS`, or a Faker locale such as `de_DE`."""
    return _BUILDERS[key]() if key in _BUILDERS else _faker_source(key)
