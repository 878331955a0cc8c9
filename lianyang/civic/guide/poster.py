"""A compound's waste-sorting poster: one A4 page in one language for the compound's notice board or the door of
its bin room, with Shanghai's four bins (their names in the language and in Chinese as on the bins, their colours,
what goes in and six everyday examples), the compound's drop-off windows and the station's name.

Shanghai Municipal Domestic Waste Management Regulations (in force 1 July 2019): households sort into four
categories and put them out at the compound's drop-off point in its hours. A compound whose hours are not set says
so and sends the reader to the property management: the poster never invents times. Compound names and hours are
not personal data; the poster holds none. The stylesheet picks a Noto face per language (Chinese, Japanese and
Korean forms of a Han character differ; Arabic is set right to left in Noto Naskh Arabic) and WeasyPrint fetches
nothing (lianyang.core.pdf).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation

from lianyang.community.models import Compound
from lianyang.core.pdf import html_to_pdf

from .bins import bin_examples, bins
from .search import VERSION_KEY
from .windows import windows_of, windows_said

__all__ = ["poster_pdf"]

CHINESE = "zh-hans"
# A poster takes about a second to print and anyone may ask for it: it is kept until the guide's items, the
# compound's windows or the names on it change, and a day at most.
KEPT_SECONDS = 24 * 3600


def _station_name(station, language: str) -> str:
    """The station's name in Chinese for a Chinese reader, in English for everyone else (decision 0001)."""
    return station.name if language == CHINESE or not station.name_en else station.name_en


def _compound_name(compound: Compound, language: str) -> str:
    """The compound's Chinese name, as on its gate, with its English name beside it for a reader of another
    language."""
    if language == CHINESE or not compound.name_en:
        return compound.name
    return f"{compound.name} · {compound.name_en}"


def poster_pdf(compound: Compound, language: str) -> bytes:
    """The compound's poster in `language` (one of the interface's languages, else English)."""
    known = {code for code, _name in settings.LANGUAGES}
    language = language if language in known else "en"
    compound = Compound.objects.select_related("area__station").get(pk=compound.pk)
    station = compound.area.station
    windows = windows_said(windows_of(compound))
    guide_version = cache.get(VERSION_KEY)
    said = [language, guide_version, *windows, compound.name, compound.name_en, station.name, station.name_en]
    key = f"civic:poster:{compound.pk}:{hashlib.sha256(repr(said).encode()).hexdigest()}"
    kept = cache.get(key) if guide_version else None
    if kept is not None:
        return kept
    with translation.override(language):
        examples = bin_examples(language)
        shown = [{"bin": shown_bin, "examples": examples[shown_bin.category]} for shown_bin in bins()]
        html = render_to_string(
            "civic/guide/poster.html",
            {
                "language": language,
                "dir": "rtl" if translation.get_language_info(language)["bidi"] else "ltr",
                "bins": shown,
                "compound_name": _compound_name(compound, language),
                "station_name": _station_name(station, language),
                "windows": windows,
            },
        )
    printed = html_to_pdf(html)
    if guide_version:
        cache.set(key, printed, KEPT_SECONDS)
    return printed
