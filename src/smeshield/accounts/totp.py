"""Time-based one-time passwords (RFC 6238, SHA-1, 6 digits, 30-second steps).

These are the codes authenticator apps show. Pure functions over a base32 secret;
the caller supplies the time, so tests need no clock tricks.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import struct
from urllib.parse import quote, urlencode

STEP_SECONDS = 30
DIGITS = 6
# Accept the previous and next step as well, for clocks a little out of line.
DRIFT_STEPS = 1


def new_secret() -> str:
    """A random 160-bit secret in base32, as authenticator apps expect."""
    return base64.b32encode(secrets.token_bytes(20)).decode("ascii")


def time_step(unix_time: float) -> int:
    """The 30-second step a moment falls in."""
    return int(unix_time // STEP_SECONDS)


def code_at(secret: str, step: int) -> str:
    """The code for one time step (RFC 4226 dynamic truncation)."""
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(value % 10**DIGITS).zfill(DIGITS)


def matching_step(secret: str, code: str, unix_time: float, after_step: int) -> int | None:
    """The step whose code matches, if any, considering only steps after ``after_step``.

    Refusing steps at or before the last one used makes every code single-use.
    """
    cleaned = "".join(code.split())
    if len(cleaned) != DIGITS or not cleaned.isdigit():
        return None
    now = time_step(unix_time)
    for step in range(now - DRIFT_STEPS, now + DRIFT_STEPS + 1):
        if step > after_step and hmac.compare_digest(code_at(secret, step), cleaned):
            return step
    return None


def provisioning_uri(secret: str, account: str, issuer: str) -> str:
    """The ``otpauth://`` address an authenticator app reads from a QR code."""
    label = quote(f"{issuer}:{account}")
    query = urlencode({"secret": secret, "issuer": issuer}, quote_via=quote)
    return f"otpauth://totp/{label}?{query}"
