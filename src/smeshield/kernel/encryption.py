"""Field encryption at rest (SECURITY.md S20) with a dedicated, rotatable key.

``settings.DATA_KEYS`` holds Fernet keys, newest first: the first encrypts, every
key decrypts, so rotation is "add a new key in front, re-encrypt, drop the old".
A value that no key can open raises ``DecryptionError``: we fail closed rather
than show ciphertext or nothing.

Encrypted text cannot be looked up by the database. Where a feature must find rows by
what someone wrote (a product name, to match it or to keep it unique), a keyed hash
(``lookup_hash``: HMAC-SHA256 under ``settings.LOOKUP_KEY``, never a DATA_KEY) goes in a
column of its own beside the encrypted text: equal words give equal hashes, and the
hash cannot be reversed or guessed without the key (ADR 0056).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from functools import cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django.db import models
from django.db.backends.base.base import BaseDatabaseWrapper
from django.dispatch import receiver


class DecryptionError(RuntimeError):
    """A stored value could not be decrypted with any configured key."""


@cache
def _cipher(keys: tuple[str, ...]) -> MultiFernet:
    if not keys:
        raise ImproperlyConfigured("DATA_KEYS is empty: set DATA_KEY to a Fernet key.")
    return MultiFernet([Fernet(key.encode("ascii")) for key in keys])


def cipher() -> MultiFernet:
    """The cipher for the configured keys."""
    return _cipher(tuple(settings.DATA_KEYS))


@receiver(setting_changed)
def _forget_cipher(*, setting: str, **_: Any) -> None:
    if setting == "DATA_KEYS":
        _cipher.cache_clear()


def lookup_hash(text: str) -> str:
    """A keyed hash of ``text`` to find rows by it: 64 hex characters, "" for ""."""
    if not text:
        return ""
    key: str = settings.LOOKUP_KEY
    if not key:
        raise ImproperlyConfigured("LOOKUP_KEY is empty: set it to a long random string.")
    return hmac.new(key.encode("utf-8"), text.encode("utf-8"), hashlib.sha256).hexdigest()


def encrypt(plaintext: str) -> str:
    """Encrypt text with the newest key; the result is ASCII."""
    return cipher().encrypt(plaintext.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    """Decrypt text written by ``encrypt`` with any configured key."""
    try:
        return cipher().decrypt(token.encode("ascii")).decode("utf-8")
    except InvalidToken as error:
        raise DecryptionError("no configured DATA_KEY can decrypt this value") from error


def reencrypt(token: str) -> str:
    """Re-encrypt a stored value with the newest key (used when rotating keys)."""
    return cipher().rotate(token.encode("ascii")).decode("ascii")


class EncryptedTextField(models.TextField):  # type: ignore[type-arg]
    """A text column stored encrypted; reads and writes plain ``str`` in Python.

    Encrypted values cannot be searched or ordered by the database: keep what you
    need to filter on in a separate, non-sensitive column.
    """

    description = "Text encrypted at rest"

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encrypt(str(value))

    def from_db_value(
        self, value: str | None, expression: Any, connection: BaseDatabaseWrapper
    ) -> str | None:
        if value is None or value == "":
            return value
        return decrypt(value)


class EncryptedJSONField(models.Field):  # type: ignore[type-arg]
    """A JSON value stored encrypted (as encrypted JSON text); reads and writes the
    Python value. Like ``EncryptedTextField`` it cannot be filtered on by the database."""

    description = "JSON encrypted at rest"

    def get_internal_type(self) -> str:
        return "TextField"

    def get_prep_value(self, value: Any) -> Any:
        if value is None:
            return None
        return encrypt(json.dumps(value, ensure_ascii=False, sort_keys=True))

    def from_db_value(
        self, value: str | None, expression: Any, connection: BaseDatabaseWrapper
    ) -> Any:
        if value is None:
            return None
        return json.loads(decrypt(value))

    def to_python(self, value: Any) -> Any:
        return value

    def value_to_string(self, obj: models.Model) -> Any:
        # As Django's JSONField: serializers get the value itself, and ``to_python`` takes
        # it back unchanged.
        return self.value_from_object(obj)


def encrypt_columns(
    connection: BaseDatabaseWrapper, table: str, columns: Iterable[str], *, reverse: bool = False
) -> None:
    """Encrypt (or, reversed, decrypt) the existing values of text columns in place, for
    the data migrations that move a plain column to encryption. Raw SQL: the historical
    model already reads the column as encrypted."""
    change = decrypt if reverse else encrypt
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for column in columns:
            cursor.execute(f"SELECT id, {quote(column)} FROM {quote(table)}")  # noqa: S608
            rows = [(pk, value) for pk, value in cursor.fetchall() if value]
            for pk, value in rows:
                cursor.execute(
                    f"UPDATE {quote(table)} SET {quote(column)} = %s WHERE id = %s",  # noqa: S608
                    [change(value), pk],
                )
