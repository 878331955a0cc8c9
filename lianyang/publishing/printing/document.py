"""What every printed publication shares: the language's own name and direction, dates written the language's
way, the station's name as that reader knows it, and the printing itself.

The stylesheet (publishing/print/base.html) chooses the font by the `lang` attribute: the Chinese, Japanese and
Korean forms of a Han character differ, so each language gets its own Noto CJK face; Arabic is set right to left
in Noto Naskh Arabic.
"""

import base64
import datetime

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import formats, translation

from lianyang.core.pdf import html_to_pdf
from lianyang.core.uploads import content_type_of

CHINESE = "zh-hans"


def own_name(language: str) -> str:
    """The language's name in itself ("日本語", "한국어", "العربيّة"), as a reader looks for it on a sheet."""
    return translation.get_language_info(language)["name_local"]


def direction(language: str) -> str:
    return "rtl" if translation.get_language_info(language)["bidi"] else "ltr"


def date_said(day: datetime.date | datetime.datetime, language: str) -> str:
    """A date as readers of `language` write it: "2026年3月5日", "5 марта 2026 г.", "5. März 2026"."""
    with translation.override(language):
        return formats.date_format(day, "DATE_FORMAT")


def station_name(station, language: str) -> str:
    """The station's name in Chinese for a Chinese reader, in English for everyone else (decision 0001)."""
    return station.name if language == CHINESE or not station.name_en else station.name_en


def picture_data_uri(image) -> str:
    """A stored picture inlined in the document (the printer fetches nothing), or "" without one."""
    if not image:
        return ""
    with image.open("rb") as file:
        content = file.read()
    content_type = content_type_of(content[:16])
    if content_type is None or not content_type.startswith("image/"):
        return ""
    return f"data:{content_type};base64,{base64.b64encode(content).decode()}"


def printed(template: str, context: dict, *, language: str) -> bytes:
    """The template rendered with `language` active (its strings, its dates) and printed."""
    with translation.override(language):
        html = render_to_string(template, {"language": language, "dir": direction(language), **context})
    return html_to_pdf(html)


def pdf_response(content: bytes, filename: str) -> HttpResponse:
    """A printed document as a download."""
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
