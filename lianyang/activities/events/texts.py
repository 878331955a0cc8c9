"""An activity as a resident reads it: its title in their language (or the nearest translation, said so), and the
values a message about one of their sign-ups fills in."""

from django.utils import formats, timezone, translation

from ..models import Activity, Enrolment


def title_in(activity: Activity, language: str) -> tuple[str, str]:
    """The activity's title in `language`, else in the first fallback that has one (English, then Chinese, then
    the language it was written in); with the language actually shown."""
    for code in (language, "en", "zh-hans", activity.source_language):
        if activity.has_translation(code):
            return activity.safe_translation_getter("title", language_code=code), code
    return str(activity), activity.source_language


def when_text(activity: Activity, language: str) -> str:
    """Start and end in the station's time, written the way `language` writes dates."""
    with translation.override(language):
        starts, ends = timezone.localtime(activity.starts_at), timezone.localtime(activity.ends_at)
        return f"{formats.date_format(starts, 'DATETIME_FORMAT')} – {formats.time_format(ends, 'TIME_FORMAT')}"


def activity_payload(enrolment: Enrolment, language: str) -> dict:
    """The placeholders of every message about an enrolment (messages.py)."""
    activity = enrolment.activity
    payload = {
        "title": title_in(activity, language)[0],
        "when": when_text(activity, language),
        "venue": activity.venue,
        "code": enrolment.check_in_code,
        "until": "",
    }
    if enrolment.offered_until:
        with translation.override(language):
            payload["until"] = formats.date_format(timezone.localtime(enrolment.offered_until), "DATETIME_FORMAT")
    return payload
