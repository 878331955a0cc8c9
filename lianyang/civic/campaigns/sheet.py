"""A building's door-to-door sheet for a campaign, as PDF (WeasyPrint), in Chinese and the officer's language.

The doors in walking order with the households' names and the languages they speak and a box to tick, and the
campaign's script in Chinese and in the officer's language, for an officer who works the building on paper (or
whose phone has no signal). Fonts are the system's Noto CJK (Noto Sans Arabic or DejaVu Sans beside them);
WeasyPrint fetches nothing (lianyang.core.pdf), so the sheet never reaches outside the server (PIPL art. 36). The
caller checks who may have it and audits the export. A census sheet has no column for answers: the station
records only whether the form is done (Statistics Law art. 9; docs/domain.md §9).
"""

from django.template.loader import render_to_string
from django.utils import translation

from lianyang.core.languages import CHINESE, language_name, sheet_language
from lianyang.core.pdf import html_to_pdf


def building_sheet_pdf(*, campaign, building, doors, scripts: dict[str, str], officer, language: str) -> bytes:
    """The sheet of `building`'s `doors` (already in walking order) for `officer`, in Chinese and `language`."""
    second = sheet_language(language)
    rows = [
        {
            "door": door,
            "members": [
                {"name": name, "chinese": language_name(code, CHINESE), "second": language_name(code, second)}
                for name, code in door.members
            ],
        }
        for door in doors
    ]
    with translation.override(second):
        html = render_to_string(
            "civic/campaigns/pdf/building_sheet.html",
            {
                "campaign": campaign,
                "building": building,
                "rows": rows,
                "officer": officer,
                "script_chinese": scripts.get(CHINESE, ""),
                "script_second": scripts.get(second, ""),
                "second": second,
                "second_dir": "rtl" if translation.get_language_info(second)["bidi"] else "ltr",
            },
        )
    return html_to_pdf(html)
