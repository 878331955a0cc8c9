"""The officer's route sheet for a day of home visits, as PDF (WeasyPrint), in Chinese and the officer's language.

Each household in walking order, with its address as the station writes it in Chinese and in English
(community.Address), its members' names and the languages they speak, so the officer knows whom to ask for and in
what language. Fonts are the system's Noto CJK (Noto Sans Arabic or DejaVu Sans beside them); WeasyPrint fetches
nothing (lianyang.core.pdf), so the sheet never reaches outside the server (PIPL art. 36). The caller checks who
may have it and audits the export.
"""

import datetime

from django.template.loader import render_to_string
from django.utils import translation

from lianyang.core.languages import CHINESE, language_name, sheet_language
from lianyang.core.pdf import html_to_pdf
from lianyang.core.text import listed


def said_in(labels, language: str) -> str:
    """Translated labels as a list in `language` (its own separator: "、" in Chinese and Japanese)."""
    with translation.override(language):
        return listed(labels)


def route_sheet_pdf(*, visits, officer, language: str, day: datetime.date) -> bytes:
    """The sheet of `visits` (already in walking order) for `officer` on `day`, in Chinese and `language`."""
    second = sheet_language(language)
    stops = [
        {
            "visit": visit,
            "address": visit.household.address,
            "members": [
                {
                    "resident": member,
                    "language_chinese": language_name(member.preferred_language, CHINESE),
                    "language_second": language_name(member.preferred_language, second),
                    "attention_chinese": said_in(member.attention_labels, CHINESE),
                    "attention_second": said_in(member.attention_labels, second),
                }
                for member in visit.household.living_here
            ],
        }
        for visit in visits
    ]
    with translation.override(second):
        html = render_to_string(
            "casework/visits/pdf/route_sheet.html",
            {
                "stops": stops,
                "officer": officer,
                "day": day,
                "second": second,
                "second_dir": "rtl" if translation.get_language_info(second)["bidi"] else "ltr",
            },
        )
    return html_to_pdf(html)
