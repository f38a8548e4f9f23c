"""Per-machine secrets for development and the demo.

Nothing secret is committed. The first run writes ``var/secrets.json`` (mode 0600)
with a random SECRET_KEY and field-encryption key; later runs reuse it so the demo
database stays readable.
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path

from cryptography.fernet import Fernet

from smeshield.config.env import VAR_DIR

SECRETS_FILE = VAR_DIR / "secrets.json"


def _new_secrets() -> dict[str, str]:
    return {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATA_KEY": Fernet.generate_key().decode("ascii"),
        "AUDIT_KEY": secrets.token_urlsafe(32),
        "LOOKUP_KEY": secrets.token_urlsafe(32),
    }


def ensure_local_secrets(path: Path = SECRETS_FILE) -> dict[str, str]:
    """Return the machine's development secrets, creating them on first use.

    A file from an older version gains the keys it lacks; existing keys never change,
    so the demo database stays readable.
    """
    fresh = _new_secrets()
    if path.exists():
        loaded: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
        if set(fresh) <= set(loaded):
            return loaded
        values = {**fresh, **loaded}
        path.write_text(json.dumps(values), encoding="utf-8")
        path.chmod(0o600)
        return values
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(fresh, handle)
    return fresh
