"""Writing systems on one page: numbers, dates, codes and MRZ lines stay left to right inside Arabic text.

In a right-to-left page the Unicode bidirectional algorithm reorders neutral characters around a value: a
phone number `+86 139 1234 5678` shows as `8765 4321 931 68+`, a date `2028-05-13` as `13-05-2028`, and the
MRZ filler `<` is mirrored to `>`. Wrapping the value in `<bdi dir="ltr">` isolates it (HTML, "The bdi element";
Unicode Standard Annex #9), so it reads as printed on the passport or typed on a phone, in every language.
"""

from django import template
from django.utils.html import format_html

register = template.Library()


@register.filter
def ltr(value):
    """The value, escaped, in a left-to-right isolate: `{{ resident.phone|ltr }}`. Nothing for an empty value."""
    if value is None or value == "":
        return ""
    return format_html('<bdi dir="ltr">{}</bdi>', value)
