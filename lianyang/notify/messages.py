"""The messages the station sends, each a subject and a body in gettext, rendered in the reader's language.

Domain apps register theirs at start-up (`register`), so this floor never imports the floors above it.
"""

import re
from dataclasses import dataclass

from django.utils import translation


@dataclass(frozen=True)
class Message:
    subject: str
    body: str


_MESSAGES: dict[str, Message] = {}


def register(key: str, *, subject, body) -> None:
    _MESSAGES[key] = Message(subject, body)


def render(key: str, payload: dict, language: str) -> tuple[str, str]:
    """Subject and body of message `key` in `language`, with the payload's values in their placeholders."""
    message = _MESSAGES[key]
    with translation.override(language):
        # A paragraph left empty (an officer's note not given) closes up instead of leaving a gap.
        body = re.sub(r"\n{3,}", "\n\n", str(message.body) % payload).strip()
        return str(message.subject) % payload, body
