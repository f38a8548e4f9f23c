"""Sensitive fields are encrypted with a dedicated, rotatable key and fail closed (S20)."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet
from django.db import connection
from django.test import override_settings

from smeshield.accounts.models import TotpDevice
from smeshield.kernel.encryption import DecryptionError, decrypt, encrypt, reencrypt
from tests.factories import UserFactory, canary

pytestmark = pytest.mark.django_db


def _raw_secrets() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT secret FROM accounts_totpdevice")
        return [row[0] for row in cursor.fetchall()]


def test_given_a_canary_when_stored_then_the_raw_database_never_holds_it() -> None:
    value = canary("SECRET")
    TotpDevice.objects.create(user=UserFactory(), secret=value)

    assert all(value not in raw for raw in _raw_secrets())
    assert TotpDevice.objects.get().secret == value


def test_given_the_wrong_key_when_reading_then_it_fails_closed() -> None:
    TotpDevice.objects.create(user=UserFactory(), secret=canary("SECRET"))

    with (
        override_settings(DATA_KEYS=[Fernet.generate_key().decode()]),
        pytest.raises(DecryptionError),
    ):
        TotpDevice.objects.get()


def test_given_a_new_key_in_front_when_rotating_then_old_and_new_values_stay_readable() -> None:
    old_key = Fernet.generate_key().decode()
    new_key = Fernet.generate_key().decode()
    with override_settings(DATA_KEYS=[old_key]):
        old_token = encrypt("written with the old key")
    with override_settings(DATA_KEYS=[new_key, old_key]):
        assert decrypt(old_token) == "written with the old key"
        rotated = reencrypt(old_token)
    with override_settings(DATA_KEYS=[new_key]):
        assert decrypt(rotated) == "written with the old key"
        with pytest.raises(DecryptionError):
            decrypt(old_token)
