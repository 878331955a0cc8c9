"""Notices, issues and handbook entries made through the officers' own services, shown from now."""

from lianyang.publishing.notices import notice_create, notice_publish
from lianyang.publishing.translation import translation_review, translation_write
from tests.factories import make_staff

# A notice in three scripts, as most tests of the board, the feeds and the digest need one.
WATER_CUT = {
    "zh-hans": ("停水通知", "明天上午九点到十二点停水。"),
    "en": ("Water cut", "No water tomorrow from 9 to 12."),
    "ja": ("断水のお知らせ", "明日9時から12時まで断水します。"),
}


def reviewed(piece, writer, reviewer, language: str, title: str, body: str = "") -> None:
    """Write `piece`'s text in `language` and have another officer approve it."""
    translation_write(actor=writer, piece=piece, language=language, title=title, body=body, ready=True)
    translation_review(actor=reviewer, piece=piece, language=language, approve=True)


def published_notice(station, *, writer=None, reviewer=None, texts=None, **fields):
    """A notice on `station`'s board now, reviewed in every language of `texts` ({language: (title, body)})."""
    writer = writer or make_staff(station, "officer")
    reviewer = reviewer or make_staff(station, "officer")
    texts = texts or {"zh-hans": ("停水通知", "明天上午停水。"), "en": ("Water cut", "No water tomorrow morning.")}
    source, (title, body) = next(iter(texts.items()))
    notice = notice_create(
        actor=writer, station=station, language=source, title=title, body=body, required_languages=list(texts), **fields
    )
    for language, (title, body) in texts.items():
        reviewed(notice, writer, reviewer, language, title, body)
    notice_publish(actor=writer, notice=notice)
    notice.refresh_from_db()
    return notice
