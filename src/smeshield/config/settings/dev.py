"""Development and demo settings: SQLite (WAL) under var/, emails written to files."""

from __future__ import annotations

from smeshield.config.local_secrets import ensure_local_secrets
from smeshield.config.settings.base import *  # noqa: F403
from smeshield.config.settings.base import ENV

_local = ensure_local_secrets()
SECRET_KEY = ENV.SECRET_KEY.get_secret_value() if ENV.SECRET_KEY else _local["SECRET_KEY"]
DATA_KEYS = [key.get_secret_value() for key in ENV.DATA_KEY] or [_local["DATA_KEY"]]
AUDIT_KEY = ENV.AUDIT_KEY.get_secret_value() if ENV.AUDIT_KEY else _local["AUDIT_KEY"]
LOOKUP_KEY = ENV.LOOKUP_KEY.get_secret_value() if ENV.LOOKUP_KEY else _local["LOOKUP_KEY"]

# WebAuthn over plain http works only on this machine (localhost), never in production.
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = True
