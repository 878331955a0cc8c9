"""Encryption at rest for document numbers, and the blind index that finds them.

PIPL art. 51 and GB/T 35273-2020 treat passport and permit numbers as sensitive identity information: they are
stored encrypted (MultiFernet, so keys rotate), found by an HMAC of the normalised number (a blind index that
reveals nothing without its key), and shown masked unless a viewer asks to reveal, which is audited.
"""

import hashlib
import hmac
import re
import unicodedata
from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.db import models

# Every Fernet token starts so: its version byte, 0x80, in URL-safe base64.
TOKEN_START = "gAAAAA"


@cache
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    return MultiFernet([Fernet(key) for key in keys])


def fernet() -> MultiFernet:
    return _fernet(tuple(settings.FIELD_ENCRYPTION_KEYS))


def encrypt(value: str) -> str:
    return fernet().encrypt(value.encode()).decode()


def decrypt(token: str) -> str:
    return fernet().decrypt(token.encode()).decode()


def rotate(token: str) -> str:
    """The same value encrypted under the newest key."""
    return fernet().rotate(token.encode()).decode()


def typed_number(number: str) -> str:
    """A document number as it is kept: compatibility characters folded to their plain forms (NFKC: the
    full-width "ＥＡ１２３" a Chinese keyboard types is "EA123"), upper case, without surrounding spaces."""
    return unicodedata.normalize("NFKC", number or "").strip().upper()


def normalise_document_number(number: str) -> str:
    """Folded as typed_number, without spaces, hyphens or MRZ fillers: the form the blind index is computed on."""
    return re.sub(r"[\s\-<./]", "", typed_number(number))


def blind_index(number: str) -> str:
    normalised = normalise_document_number(number)
    return hmac.new(settings.BLIND_INDEX_KEY.encode(), normalised.encode(), hashlib.sha256).hexdigest()


def mask(number: str) -> str:
    """`E12345689` → `E12****89`: three characters first and two last stay, the rest is hidden."""
    if len(number) <= 5:
        return "*" * len(number)
    return number[:3] + "*" * (len(number) - 5) + number[-2:]


class EncryptedTextField(models.TextField):
    """A text column that holds only a Fernet token; Python sees the plain value. Dumps and fixtures
    (`lianyang dumpdata`, `loaddata`) hold the token too: only the audited screens show a number in clear."""

    def value_to_string(self, obj):
        value = self.value_from_object(obj)
        return encrypt(value) if value else value

    def to_python(self, value):
        """A token from a dump, decrypted (it is encrypted again when saved); anything else, as it is."""
        if isinstance(value, str) and value.startswith(TOKEN_START):
            try:
                return decrypt(value)
            except InvalidToken:
                pass
        return super().to_python(value)

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return value
        try:
            return decrypt(value)
        except InvalidToken as error:
            raise ValueError("A field could not be decrypted: is FIELD_ENCRYPTION_KEYS complete?") from error

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encrypt(value)
