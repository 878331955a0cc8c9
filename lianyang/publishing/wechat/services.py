"""Sending a piece to the station's WeChat Official Account, and keeping track of what staff copied from the
outbox."""

from contextlib import nullcontext

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from lianyang.accounts.access import officer_of
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record
from lianyang.community.models import Station

from ..models import Article, Notice, WeChatOutboxItem, WeChatStep
from ..notices import language_name
from ..pictures import picture_type
from ..reading import reading_of
from ..translation import languages_not_ready, station_of
from .payloads import Picture, draft_payload, mass_send_payload, publish_payload
from .transports import OutboxTransport, configured_transport

DELIVERIES = (WeChatStep.MASS_SEND, WeChatStep.PUBLISH)


def piece_reference(piece) -> str:
    """How the outbox and WeChat's clientmsgid name a piece: "notice:12", "article:40"."""
    return f"{piece._meta.model_name}:{piece.pk}"


def portal_url(piece, language: str) -> str:
    """The piece's page on the portal in `language` ("Read more" under the article in WeChat): a notice's own
    page, an article's issue."""
    with translation.override(language):
        if isinstance(piece, Notice):
            path = reverse("board:notice", args=[piece.pk])
        else:
            path = reverse("board:issue", args=[piece.issue_id])
    return settings.SITE_URL + path


def picture_of(piece) -> Picture | None:
    """The piece's picture as the media step takes it, with its download page for staff, or None without one. A
    picture whose file is gone from the storage is refused, saying what to do."""
    if not piece.image:
        return None
    kind = piece._meta.model_name
    image = piece.image
    try:
        size = image.size
    except (FileNotFoundError, ValueError):
        raise ValidationError(
            _("Its picture's file could not be found. Please give it its picture again."), code="picture_missing"
        ) from None

    def read() -> bytes:
        with image.open("rb") as handle:
            return handle.read()

    return Picture(
        filename=image.name.rsplit("/", 1)[-1],
        content_type=picture_type(image),
        size=size,
        download_url=settings.SITE_URL + reverse("publishing:picture_file", args=[kind, piece.pk]),
        read=read,
    )


def _published_or_refuse(piece) -> None:
    if isinstance(piece, Notice):
        if piece.published_at is None:
            raise ValidationError(_("It cannot go to WeChat: the notice is not published yet."), code="not_published")
    elif isinstance(piece, Article):
        if piece.issue.published_at is None:
            raise ValidationError(
                _("It cannot go to WeChat: the newspaper issue is not published yet."), code="not_published"
            )
    else:
        raise ValidationError(_("Only notices and newspaper articles go to WeChat."), code="not_allowed")


def _checked_tag(tag_id) -> int | None:
    if tag_id in (None, ""):
        return None
    if not isinstance(tag_id, int) or tag_id < 1:
        raise ValidationError({"tag_id": _("A WeChat tag is a whole number above 0.")})
    return tag_id


def wechat_send(
    *,
    actor,
    piece,
    language: str = "zh-hans",
    delivery: str = WeChatStep.MASS_SEND,
    tag_id: int | None = None,
    cover_media_id: str = "",
    request=None,
) -> dict:
    """Send a published notice or article of the actor's station to the station's WeChat account in `language`:
    a draft, then either a mass send to the followers (all, or those with `tag_id`) or publication on the account
    without a message. Only a reviewed text made from the current source goes out (the four-eyes rule of
    everything the station publishes): a piece with none in `language` is refused, naming the language; there is
    no fallback to another language on a channel that speaks to every follower at once. Returns WeChat's last
    answer (with `msg_id` or `publish_id`).

    WeChat's draft needs a cover, the media_id of a picture in the account's permanent material. The media_id staff
    give (`cover_media_id`) is used as it is; otherwise the piece's picture is uploaded first (`material/add_material`)
    and its media_id becomes the cover, so followers see the picture the portal shows. A piece with neither goes to
    the outbox with WeChat's placeholder, for staff to choose a cover when they copy it; sent over HTTP it is refused
    before any call, naming what staff can do (WeChat would refuse the draft, and the station has no picture that
    stands for every piece). A picture WeChat does not take (WebP, over 10 MB) is refused the same way."""
    station_id = station_of(piece)
    officer_of(actor, station_id)
    if delivery not in DELIVERIES:
        raise ValidationError({"delivery": _("Please choose how the followers get it.")})
    tag_id = _checked_tag(tag_id)
    piece = type(piece).objects.prefetch_related("translations").get(pk=piece.pk)
    _published_or_refuse(piece)
    if languages_not_ready(piece, [language]):
        raise ValidationError(
            _("It cannot go to WeChat: no reviewed text in %(language)s.") % {"language": language_name(language)},
            code="not_reviewed",
        )
    station = Station.objects.get(pk=station_id)
    reference = piece_reference(piece)
    cover_media_id = (cover_media_id or "").strip()
    picture = None if cover_media_id else picture_of(piece)
    transport = configured_transport(station_id=station_id, actor=actor, piece=f"{reference}:{language}")
    to_outbox = isinstance(transport, OutboxTransport)
    if not (cover_media_id or picture or to_outbox):
        raise ValidationError(
            _(
                "It cannot go to WeChat without a cover picture. Please give it a picture (JPEG or PNG), or give the "
                "media_id of a cover from the account's permanent material."
            ),
            code="no_cover",
        )
    # The outbox's items and the audit event are written together or not at all. A call to WeChat is never made
    # inside a transaction: on SQLite it would hold every other writer back while WeChat answers.
    with transaction.atomic() if to_outbox else nullcontext():
        if picture:
            cover_media_id = transport.upload(WeChatStep.MEDIA, picture)["media_id"]
        draft = draft_payload(
            reading=reading_of(piece, language),
            author=station.name if language == "zh-hans" else station.name_en,
            source_url=portal_url(piece, language),
            thumb_media_id=cover_media_id,
        )
        media_id = transport.send(WeChatStep.DRAFT, draft)["media_id"]
        if delivery == WeChatStep.PUBLISH:
            answer = transport.send(WeChatStep.PUBLISH, publish_payload(media_id))
        else:
            send_id = f"{reference}:{language}:{piece.revision}"
            answer = transport.send(
                WeChatStep.MASS_SEND, mass_send_payload(media_id, tag_id=tag_id, client_msg_id=send_id)
            )
        audit_record(
            actor=actor,
            action=AuditEvent.Action.EXPORT,
            obj=piece,
            station_id=station_id,
            fields=[f"wechat:{delivery}:{language}"],
            request=request,
        )
    return answer


def outbox_item_mark_copied(*, actor, item: WeChatOutboxItem, request=None) -> WeChatOutboxItem:
    """Note that a payload of the station's outbox has been copied into WeChat (once: the first time stays)."""
    officer_of(actor, item.station_id)
    marked = WeChatOutboxItem.objects.filter(pk=item.pk, copied_at__isnull=True).update(copied_at=timezone.now())
    if marked:
        audit_record(
            actor=actor,
            action=AuditEvent.Action.UPDATE,
            obj=item,
            station_id=item.station_id,
            fields=["copied_at"],
            request=request,
        )
    item.refresh_from_db(fields=["copied_at"])
    return item
