"""How a payload reaches WeChat: kept in the station's outbox for staff to copy (the default, which needs no
account), or sent to WeChat's API over HTTPS as the account the settings name (`WECHAT_TRANSPORT=http`).

Every transport answers `send(step, payload)` and `upload(step, picture)` with WeChat's answer (the outbox with the
placeholders WeChat's documentation uses), so the service runs the same steps whichever one the deployment chose.
Both refuse a picture WeChat would refuse before anything is kept or sent.
"""

import json
import logging
import secrets
import urllib.parse
import urllib.request
from typing import Protocol

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from ..models import WeChatOutboxItem, WeChatStep
from .payloads import MEDIA_ID_PLACEHOLDER, THUMB_MEDIA_ID_PLACEHOLDER, Picture, media_payload

logger = logging.getLogger(__name__)

PATHS = {
    WeChatStep.MEDIA: "/cgi-bin/material/add_material",
    WeChatStep.DRAFT: "/cgi-bin/draft/add",
    WeChatStep.PUBLISH: "/cgi-bin/freepublish/submit",
    WeChatStep.MASS_SEND: "/cgi-bin/message/mass/sendall",
}
TOKEN_PATH = "/cgi-bin/token"
TIMEOUT_SECONDS = 10
# A token is used until five minutes before WeChat says it expires (7,200 s): a call never carries one that
# expires on the way.
TOKEN_MARGIN_SECONDS = 300
# The token is not (or no longer) valid: invalid credential, invalid access_token, access_token expired. WeChat
# also invalidates a token when anyone fetches a new one for the same account.
TOKEN_REJECTED = {40001, 40014, 42001}
RATE_LIMITED = 45009
ALREADY_SENT = 45065  # the same clientmsgid was mass-sent within 24 hours
# add_material, type=image: BMP, PNG, JPEG or GIF of at most 10 MB. Of the photos the station keeps (JPEG, PNG,
# WebP), WebP is the one WeChat does not take.
COVER_TYPES = {"image/jpeg", "image/png"}
COVER_MAX_BYTES = 10 * 1024 * 1024


class Transport(Protocol):
    def send(self, kind: str, payload: dict) -> dict:
        """Hand one step's payload on and return WeChat's answer (`media_id` after a draft)."""
        ...

    def upload(self, kind: str, picture: Picture) -> dict:
        """Hand a picture on to the account's permanent material and return WeChat's answer (its `media_id`)."""
        ...


def cover_checked(picture: Picture) -> None:
    """Refuse, before anything is kept or sent, a picture WeChat does not take as a cover (its type or size), saying
    what staff can do instead."""
    if picture.content_type not in COVER_TYPES:
        raise ValidationError(
            _(
                "WeChat takes a cover picture in JPEG or PNG only, and this picture is of type %(type)s. Please give "
                "the piece a JPEG or PNG picture, or the media_id of a cover from the account's permanent material."
            )
            % {"type": picture.content_type},
            code="cover_type",
        )
    if picture.size > COVER_MAX_BYTES:
        raise ValidationError(
            _(
                "This picture is larger than the %(limit)s WeChat takes for a cover picture. Please give the piece "
                "a smaller picture, or the media_id of a cover from the account's permanent material."
            )
            % {"limit": filesizeformat(COVER_MAX_BYTES)},
            code="cover_size",
        )


def multipart_body(field: str, picture: Picture) -> tuple[bytes, str]:
    """A multipart/form-data body holding the picture's file in `field`, and its Content-Type header. The file name
    is the one the server made (hexadecimal and an extension), so it needs no quoting."""
    boundary = f"lianyang-{secrets.token_hex(16)}"
    head = (
        f"--{boundary}\r\n"
        f'Content-Disposition: form-data; name="{field}"; filename="{picture.filename}"\r\n'
        f"Content-Type: {picture.content_type}\r\n\r\n"
    )
    body = head.encode() + picture.read() + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


class OutboxTransport:
    """Keeps each payload in the station's outbox, where staff copy it into WeChat. A draft's media_id, or the
    cover's, is only known once staff have made it in WeChat, so the outbox answers with WeChat's placeholder for
    it. A picture is kept as what to upload and where to download it, never as its bytes."""

    def __init__(self, *, station_id: int, actor, piece: str):
        self.station_id, self.actor, self.piece = station_id, actor, piece

    def send(self, kind: str, payload: dict) -> dict:
        WeChatOutboxItem.objects.create(
            station_id=self.station_id, kind=kind, payload=payload, piece=self.piece, created_by=self.actor
        )
        return {"media_id": MEDIA_ID_PLACEHOLDER} if kind == WeChatStep.DRAFT else {}

    def upload(self, kind: str, picture: Picture) -> dict:
        cover_checked(picture)
        self.send(kind, media_payload(picture))
        return {"media_id": THUMB_MEDIA_ID_PLACEHOLDER}


class HttpTransport:
    """Calls WeChat's API as the account of `WECHAT_APP_ID`. The access token is fetched with the AppID and
    secret, kept in the cache until shortly before it expires (one token for every process that shares the cache:
    use Redis with several), and fetched again once when WeChat rejects it, on every call, uploads too. The secret
    travels only in the token request's address, which is never logged nor shown."""

    def __init__(self):
        self.app_id, self.secret = settings.WECHAT_APP_ID, settings.WECHAT_APP_SECRET
        self.api_base = settings.WECHAT_API_BASE
        self.cache_key = f"wechat:access-token:{self.app_id}"

    def send(self, kind: str, payload: dict) -> dict:
        # WeChat asks for UTF-8 text as it is, not \u escapes (they would show as such in the article).
        body = json.dumps(payload, ensure_ascii=False).encode()
        return self._with_token(kind, {}, body, "application/json; charset=utf-8")

    def upload(self, kind: str, picture: Picture) -> dict:
        """Post the picture as add_material's form field `media`, refused before any call if WeChat would."""
        cover_checked(picture)
        body, content_type = multipart_body("media", picture)
        return self._with_token(kind, {"type": "image"}, body, content_type)

    def _with_token(self, kind: str, query: dict, body: bytes, content_type: str) -> dict:
        """POST one step's body with the access token, fetched once more when WeChat rejects it."""
        path = PATHS[kind]
        answer = self._call(path, {"access_token": self._token(), **query}, body, content_type)
        if answer.get("errcode") in TOKEN_REJECTED:
            cache.delete(self.cache_key)
            answer = self._call(path, {"access_token": self._token(), **query}, body, content_type)
        self._refuse_on_error(answer, path, step=WeChatStep(kind).label)
        return answer

    def _token(self) -> str:
        token = cache.get(self.cache_key)
        if token:
            return token
        query = {"grant_type": "client_credential", "appid": self.app_id, "secret": self.secret}
        answer = self._call(TOKEN_PATH, query)
        if answer.get("errcode") or not answer.get("access_token"):
            logger.warning(
                "WeChat refused an access token for AppID %s: errcode %s", self.app_id, answer.get("errcode")
            )
            raise ValidationError(
                _(
                    "WeChat did not accept the account's AppID and secret (error %(code)s). Please check them and "
                    "the account's IP allow-list."
                )
                % {"code": answer.get("errcode")},
                code="credentials",
            )
        expires_in = int(answer.get("expires_in") or 7200)
        cache.set(self.cache_key, answer["access_token"], max(expires_in - TOKEN_MARGIN_SECONDS, expires_in // 2))
        logger.info("WeChat access token fetched for AppID %s, valid for %s s", self.app_id, expires_in)
        return answer["access_token"]

    def _call(self, path: str, query: dict, body: bytes | None = None, content_type: str = "") -> dict:
        """One request to WeChat (a POST when there is a body) and its JSON answer; any failure on the way is a
        refusal that names no secret."""
        url = f"{self.api_base}{path}?{urllib.parse.urlencode(query)}"
        headers = {"Content-Type": content_type} if body else {}
        method = "POST" if body else "GET"
        request = urllib.request.Request(url, data=body, headers=headers, method=method)  # noqa: S310 (settings allow http(s) only)
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 (settings allow http(s) only)
                raw = response.read()
        except OSError as error:  # URLError, HTTPError and timeouts are all OSErrors
            timed_out = isinstance(error, TimeoutError) or isinstance(getattr(error, "reason", None), TimeoutError)
            logger.warning("WeChat %s failed: %s", path, "timeout" if timed_out else type(error).__name__)
            if timed_out:
                message = _("WeChat did not answer within %(seconds)d seconds. Please try again later.")
                raise ValidationError(message % {"seconds": TIMEOUT_SECONDS}, code="timeout") from None
            raise ValidationError(
                _("WeChat could not be reached. Please try again later."), code="unreachable"
            ) from None
        try:
            return json.loads(raw)
        except ValueError:
            logger.warning("WeChat %s answered something that is not JSON", path)
            raise ValidationError(
                _("WeChat's answer could not be read. Please try again later."), code="unreadable"
            ) from None

    def _refuse_on_error(self, answer: dict, path: str, *, step: str) -> None:
        code = answer.get("errcode") or 0
        if not code:
            return
        logger.warning("WeChat refused %s: errcode %s", path, code)
        if code == RATE_LIMITED:
            raise ValidationError(
                _(
                    "WeChat's rate limit is reached (error 45009): the account has made as many of these calls as "
                    "it may for now. Please try again tomorrow."
                ),
                code="rate_limited",
            )
        if code == ALREADY_SENT:
            raise ValidationError(
                _("WeChat has already sent this to the followers in the last 24 hours (error 45065)."),
                code="already_sent",
            )
        said = str(answer.get("errmsg", ""))
        if self.secret:
            said = said.replace(self.secret, "…")
        raise ValidationError(
            _("WeChat refused the step “%(step)s” (error %(code)s: %(message)s).")
            % {"step": step, "code": code, "message": said},
            code="refused",
        )


def configured_transport(*, station_id: int, actor, piece: str) -> Transport:
    """The transport the deployment chose in `WECHAT_TRANSPORT`."""
    if settings.WECHAT_TRANSPORT == "http":
        return HttpTransport()
    return OutboxTransport(station_id=station_id, actor=actor, piece=piece)
