"""Authenticator codes follow RFC 6238 and can be used once only."""

from __future__ import annotations

import base64

import pytest

from smeshield.accounts import totp

# RFC 6238 appendix B, SHA-1, secret "12345678901234567890", 8 digits there; we use the
# last 6 digits, which is the same truncation with a smaller modulus.
RFC_SECRET = base64.b32encode(b"12345678901234567890").decode()


@pytest.mark.parametrize(
    ("unix_time", "eight_digits"),
    [
        (59, "94287082"),
        (1111111109, "07081804"),
        (1234567890, "89005924"),
        (2000000000, "69279037"),
    ],
)
def test_codes_match_the_rfc_6238_test_vectors(unix_time: int, eight_digits: str) -> None:
    assert totp.code_at(RFC_SECRET, totp.time_step(unix_time)) == eight_digits[-6:]


def test_a_code_is_accepted_once_then_refused() -> None:
    now = 1_700_000_000.0
    code = totp.code_at(RFC_SECRET, totp.time_step(now))
    step = totp.matching_step(RFC_SECRET, code, now, after_step=0)
    assert step == totp.time_step(now)
    assert totp.matching_step(RFC_SECRET, code, now, after_step=step) is None


def test_codes_from_the_neighbouring_steps_are_accepted_but_not_further() -> None:
    now = 1_700_000_000.0
    step = totp.time_step(now)
    assert totp.matching_step(RFC_SECRET, totp.code_at(RFC_SECRET, step - 1), now, 0) == step - 1
    assert totp.matching_step(RFC_SECRET, totp.code_at(RFC_SECRET, step - 2), now, 0) is None


@pytest.mark.parametrize("junk", ["", "12345", "1234567", "abcdef", "12 34 5x"])
def test_anything_but_six_digits_is_refused(junk: str) -> None:
    assert totp.matching_step(RFC_SECRET, junk, 1_700_000_000.0, 0) is None
