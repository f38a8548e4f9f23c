"""Sensitive fields are encrypted with a dedicated, rotatable key and fail closed (S20)."""

from __future__ import annotations

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import decrypt as mfa_decrypt
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test import override_settings

from smeshield.kernel.encryption import (
    DecryptionError,
    decrypt,
    encrypt,
    lookup_hash,
    reencrypt,
)
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


def test_a_lookup_hash_is_keyed_equal_for_equal_words_and_never_the_words() -> None:
    # HMAC-SHA256 test vector of RFC 4231 case 2: key "Jefe".
    expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"

    with override_settings(LOOKUP_KEY="Jefe"):
        assert lookup_hash("what do ya want for nothing?") == expected
        assert lookup_hash("") == ""
    with override_settings(LOOKUP_KEY="another key"):
        assert lookup_hash("what do ya want for nothing?") != expected


def test_given_no_lookup_key_then_hashing_refuses() -> None:
    with override_settings(LOOKUP_KEY=""), pytest.raises(ImproperlyConfigured):
        lookup_hash("Xero")
