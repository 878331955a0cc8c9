"""The messages the station sends, each a subject and a body in gettext, rendered in the reader's language.

Domain apps register theirs at start-up (`register`), so this floor never imports the floors above it.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from django.utils import translation


@dataclass(frozen=True)
class Message:
    subject: str
    body: str
    # Files an e-mail carries (a check-in QR code…), made from the payload: payload -> [(name, bytes, type)].
    attachments: Callable[[dict], list[tuple[str, bytes, str]]] | None = None


_MESSAGES: dict[str, Message] = {}


def register(key: str, *, subject, body, attachments=None) -> None:
    _MESSAGES[key] = Message(subject, body, attachments)


def attachments_of(key: str, payload: dict) -> list[tuple[str, bytes, str]]:
    """The files message `key` carries by e-mail, made again from its payload at sending time."""
    message = _MESSAGES.get(key)
    return message.attachments(payload) if message and message.attachments else []


def render(key: str, payload: dict, language: str) -> tuple[str, str]:
    """Subject and body of message `key` in `language`, with the payload's values in their placeholders."""
    message = _MESSAGES[key]
    with translation.override(language):
        # A paragraph left empty (an officer's note not given) closes up instead of leaving a gap.
        body = re.sub(r"\n{3,}", "\n\n", str(message.body) % payload).strip()
        return str(message.subject) % payload, body
