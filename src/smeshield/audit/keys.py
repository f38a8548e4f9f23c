"""The audit key: it MACs the chain head and lives in settings, never in the database."""

from __future__ import annotations

from django.conf import settings


def audit_key() -> bytes:
    """The key of the chain head's MAC; refusing to work without one."""
    key: str = getattr(settings, "AUDIT_KEY", "")
    if not key:
        raise RuntimeError("AUDIT_KEY is not set: the audit trail cannot be written or checked.")
    return key.encode()
