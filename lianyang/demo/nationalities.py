"""Where the demo's residents come from: 83 countries and regions, as the station's "mini UN" counts them.

The weights give the Lianyang station's mix for about 5,000 residents: many Japanese, Koreans, Americans, French
and Germans; then British, Canadians, Singaporeans, Australians, Malaysians, Indians, Italians, Spaniards…;
then a long tail of one to a few residents each. Hong Kong, Macao and Taiwan residents are counted among the
"countries and regions" as the station does, and carry their Mainland Travel Permits rather than passports.
"""

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Nationality:
    code: str  # ISO 3166-1 alpha-2, as Resident.nationality stores it
    weight: int  # residents among about 5,000 at Lianyang
    sources: tuple[tuple[str, float], ...]  # name traditions (see names.name_source) and their shares
    language: str  # preferred interface language
    other_languages: tuple[str, ...] = ()


def _n(code, weight, sources, language="en", *other_languages) -> Nationality:
    if isinstance(sources, str):
        sources = ((sources, 1.0),)
    return Nationality(code, weight, tuple(sources), language, tuple(other_languages))


MIX = [
    _n("JP", 950, "ja", "ja", "en"),
    _n("KR", 700, "ko", "ko", "en"),
    _n("US", 470, "en_US"),
    _n("FR", 300, "fr_FR", "fr"),
    _n("DE", 280, "de_DE", "de", "en"),
    _n("GB", 150, "en_GB"),
    _n("CA", 120, (("en_US", 0.75), ("fr_CA", 0.25)), "en", "fr"),
    _n("SG", 120, (("zh-sg", 0.8), ("ms", 0.2)), "en", "zh-hans", "ms"),
    _n("AU", 110, (("en_GB", 0.6), ("en_NZ", 0.4))),
    _n("MY", 95, (("zh-sg", 0.6), ("ms", 0.4)), "en", "ms", "zh-hans"),
    _n("IT", 85, "it_IT", "en", "it"),
    _n("IN", 80, "hi", "en", "hi"),
    _n("ES", 80, "es_ES", "es"),
    _n("NL", 65, "nl_NL", "en", "nl"),
    _n("BR", 65, "pt_BR", "pt-br"),
    _n("RU", 65, "ru", "ru"),
    _n("TH", 45, "th", "en", "th"),
    _n("TW", 45, "zh-tw", "zh-hans"),
    _n("HK", 40, "zh-hk", "zh-hans", "en", "yue"),
    _n("PH", 35, "fil", "en", "fil"),
    _n("ID", 35, "id_ID", "en", "id"),
    _n("EG", 30, "ar", "ar", "en"),
    _n("BE", 30, (("fr_BE", 0.5), ("nl_BE", 0.5)), "fr", "nl"),
    _n("CH", 30, (("de_CH", 0.65), ("fr_CH", 0.35)), "de", "fr"),
    _n("NZ", 25, "en_NZ"),
    _n("SE", 25, "sv_SE", "en", "sv"),
    _n("MX", 22, "es_MX", "es"),
    _n("AT", 20, "de_AT", "de"),
    _n("VN", 20, "vi", "en", "vi"),
    _n("IE", 18, "en_IE"),
    _n("DK", 18, "da_DK", "en", "da"),
    _n("NO", 15, "no_NO", "en", "no"),
    _n("FI", 14, "fi_FI", "en", "fi"),
    _n("PT", 15, "pt_PT", "pt-br", "pt"),
    _n("PL", 15, "pl_PL", "en", "pl"),
    _n("TR", 15, "tr_TR", "en", "tr"),
    _n("UA", 15, "uk", "en", "uk"),
    _n("ZA", 15, (("en_GB", 0.5), ("zu_ZA", 0.5)), "en", "zu"),
    _n("IL", 12, "he", "en", "he"),
    _n("AR", 12, "es_AR", "es"),
    _n("KZ", 10, "kk", "ru", "kk"),
    _n("CL", 10, "es_CL", "es"),
    _n("CO", 10, "es_CO", "es"),
    _n("GR", 10, "el", "en", "el"),
    _n("AE", 8, "ar", "ar", "en"),
    _n("SA", 6, "ar", "ar"),
    _n("CZ", 6, "cs_CZ", "en", "cs"),
    _n("MO", 5, "zh-mo", "zh-hans", "pt", "yue"),
    _n("HU", 5, "hu_HU", "en", "hu"),
    _n("RO", 5, "ro_RO", "en", "ro"),
    _n("PK", 5, "ur", "en", "ur"),
    _n("MA", 5, "ar", "ar", "fr"),
    _n("NG", 5, "en_NG"),
    _n("MN", 4, "mn", "ru", "mn"),
    _n("IR", 4, "fa", "en", "fa"),
    _n("JO", 4, "ar", "ar", "en"),
    _n("LB", 4, "ar", "ar", "fr"),
    _n("BY", 4, "ru", "ru", "be"),
    _n("PE", 4, "es_ES", "es"),
    _n("SK", 3, "sk_SK", "en", "sk"),
    _n("HR", 3, "hr_HR", "en", "hr"),
    _n("BD", 3, "bn", "en", "bn"),
    _n("LK", 3, "si", "en", "si"),
    _n("TN", 3, "ar", "ar", "fr"),
    _n("KE", 3, "en_KE", "en", "sw"),
    _n("UZ", 3, "uz_UZ", "ru", "uz"),
    _n("VE", 3, "es_ES", "es"),
    _n("NP", 2, "ne", "en", "ne"),
    _n("DZ", 2, "ar", "ar", "fr"),
    _n("GH", 2, "tw_GH"),
    _n("MU", 2, "fr_FR", "en", "fr"),
    _n("LU", 2, "de_LU", "fr", "de", "lb"),
    _n("SI", 2, "sl_SI", "en", "sl"),
    _n("LT", 2, "lt", "en", "lt"),
    _n("LV", 2, "lv_LV", "en", "lv"),
    _n("EE", 2, "et_EE", "en", "et"),
    _n("GE", 2, "ka", "en", "ka"),
    _n("AM", 2, "hy", "ru", "hy"),
    _n("UY", 2, "es_ES", "es"),
    _n("IS", 1, "is", "en", "is"),
    _n("ET", 1, "am", "en", "am"),
    _n("AZ", 1, "az_AZ", "ru", "az"),
    _n("CU", 1, "es_ES", "es"),
]
BY_CODE = {nationality.code: nationality for nationality in MIX}
# Nationalities whose people carry a Mainland Travel Permit instead of a passport and need no visa.
TRAVEL_PERMIT_KIND = {"HK": "hk_macao", "MO": "hk_macao", "TW": "taiwan"}


def resident_counts(total: int, rng: random.Random, *, every_nationality: bool) -> dict[str, int]:
    """How many of `total` residents come from each country, by largest remainder on the weights.

    With `every_nationality` (the Lianyang station) each of the 83 has at least one resident; otherwise the
    weights are shaken a little, so that other stations differ from Lianyang, and the smallest may have none.
    """
    weights = {n.code: n.weight * (1.0 if every_nationality else rng.uniform(0.5, 1.5)) for n in MIX}
    floor = 1 if every_nationality and total >= len(MIX) else 0
    spare = total - floor * len(MIX)
    scale = spare / sum(weights.values())
    counts = {code: floor + int(weight * scale) for code, weight in weights.items()}
    by_remainder = sorted(weights, key=lambda code: (_fraction(weights[code] * scale), code), reverse=True)
    for code in by_remainder[: total - sum(counts.values())]:
        counts[code] += 1
    return {code: count for code, count in counts.items() if count}


def _fraction(value: float) -> float:
    return value - int(value)
