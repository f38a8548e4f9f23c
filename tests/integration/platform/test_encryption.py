"""Sensitive fields are encrypted with a dedicated, rotatable key and fail closed (S20)."""

from __future__ import annotations

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import decrypt as mfa_decrypt
from cryptography.fernet import Fernet
from django.db import connection
from django.test import override_settings

from smeshield.kernel.encryption import DecryptionError, decrypt, encrypt, reencrypt
from tests.conftest import enrol_two_factor
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _raw_authenticator_data() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT data FROM mfa_authenticator")
        return [str(row[0]) for row in cursor.fetchall()]


def test_given_an_authenticator_secret_when_stored_then_the_raw_database_never_holds_it() -> None:
    secret = enrol_two_factor(UserFactory())

    assert _raw_authenticator_data()
    assert all(secret not in raw for raw in _raw_authenticator_data())
    # allauth reads it back through our adapter, with DATA_KEY.
    assert mfa_decrypt(Authenticator.objects.get(type="totp").data["secret"]) == secret


def test_given_the_wrong_key_when_reading_then_it_fails_closed() -> None:
    enrol_two_factor(UserFactory())
    stored = Authenticator.objects.get(type="totp").data["secret"]

    with (
        override_settings(DATA_KEYS=[Fernet.generate_key().decode()]),
        pytest.raises(DecryptionError),
    ):
        mfa_decrypt(stored)


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
