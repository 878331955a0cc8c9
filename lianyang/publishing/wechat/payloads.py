"""The JSON bodies of WeChat's Official Account API for one piece, as its public documentation gives them: the draft
(`draft/add`), its publication on the account (`freepublish/submit`) and its mass send to the followers
(`message/mass/sendall`, message type `mpnews`), and what the cover's upload (`material/add_material`, a file, not
JSON) takes. Pure functions: nothing here reads the database or the network.

Where a value only WeChat can give is not known yet (the media_id `draft/add` answers, the cover image's media_id
in the account's permanent material), the payload holds the placeholder WeChat's own documentation uses, so staff
copying from the outbox see what to put there.
"""

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

import nh3

from ..reading import Reading

DIGEST_LIMIT = 120
AUTHOR_LIMIT = 16  # draft/add: "author, at most 16 characters"
MEDIA_ID_PLACEHOLDER = "MEDIA_ID"
THUMB_MEDIA_ID_PLACEHOLDER = "THUMB_MEDIA_ID"


@dataclass(frozen=True)
class Picture:
    """A piece's picture as WeChat's media step takes it: the file's name, type and size, the staff page it is
    downloaded from, and `read`, which gives its bytes only when a transport posts them."""

    filename: str
    content_type: str
    size: int
    download_url: str
    read: Callable[[], bytes]


def _shortened(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def digest_of(body: str) -> str:
    """The summary under the title in followers' chats: the body's opening words as plain text, at most 120
    characters (WeChat would otherwise take the first characters of the HTML itself)."""
    text = html.unescape(nh3.clean(body, tags=set()))
    text = re.sub(r"(?m)^- ", "", text)
    return _shortened(" ".join(text.split()), DIGEST_LIMIT)


def draft_payload(*, reading: Reading, author: str, source_url: str, thumb_media_id: str = "") -> dict:
    """The body of `draft/add` for one piece in the language of `reading`: its title, the station as author, the
    digest, the body as HTML (cleaned, never the text as stored), the piece's portal page as "Read more", and the
    cover image's permanent media_id."""
    return {
        "articles": [
            {
                "title": reading.title,
                "author": _shortened(author, AUTHOR_LIMIT),
                "digest": digest_of(reading.body),
                "content": str(reading.html),
                "content_source_url": source_url,
                "thumb_media_id": thumb_media_id or THUMB_MEDIA_ID_PLACEHOLDER,
                "need_open_comment": 0,
                "only_fans_can_comment": 0,
            }
        ]
    }


def publish_payload(media_id: str) -> dict:
    """The body of `freepublish/submit`: the draft to publish on the account (followers get no message)."""
    return {"media_id": media_id}


def mass_send_payload(media_id: str, *, tag_id: int | None = None, client_msg_id: str = "") -> dict:
    """The body of `message/mass/sendall`: the draft sent as an `mpnews` message to every follower, or to those
    with tag `tag_id`. `client_msg_id` names the send so WeChat refuses the same one twice within a day."""
    audience = {"is_to_all": True} if tag_id is None else {"is_to_all": False, "tag_id": tag_id}
    payload = {"filter": audience, "mpnews": {"media_id": media_id}, "msgtype": "mpnews", "send_ignore_reprint": 0}
    if client_msg_id:
        payload["clientmsgid"] = client_msg_id[:64]
    return payload


def media_payload(picture: Picture) -> dict:
    """What `material/add_material?type=image` is given, for staff uploading it by hand: which file goes in the
    form's `media` field, and where to download it. The file itself never goes into the outbox."""
    return {
        "type": "image",
        "media": {
            "filename": picture.filename,
            "content_type": picture.content_type,
            "size": picture.size,
            "download_url": picture.download_url,
        },
    }
