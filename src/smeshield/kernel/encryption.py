"""Field encryption at rest (SECURITY.md S20) with a dedicated, rotatable key.

``settings.DATA_KEYS`` holds Fernet keys, newest first: the first encrypts, every
key decrypts, so rotation is "add a new key in front, re-encrypt, drop the old".
A value that no key can open raises ``DecryptionError``: we fail closed rather
than show ciphertext or nothing.
"""

from __future__ import annotations

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
