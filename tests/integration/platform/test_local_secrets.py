"""Development secrets: made once, kept, and completed when a newer version needs more."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from smeshield.config.local_secrets import ensure_local_secrets


def test_given_no_file_then_every_secret_is_made_and_the_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "secrets.json"

    made = ensure_local_secrets(path)

    assert set(made) == {"SECRET_KEY", "DATA_KEY", "AUDIT_KEY", "LOOKUP_KEY"}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert ensure_local_secrets(path) == made


def test_given_a_file_from_an_older_version_then_it_gains_the_audit_key_and_keeps_the_rest(
    tmp_path: Path,
) -> None:
    path = tmp_path / "secrets.json"
    older = {"SECRET_KEY": "kept-secret", "DATA_KEY": "kept-data-key"}
    path.write_text(json.dumps(older), encoding="utf-8")

    upgraded = ensure_local_secrets(path)

    assert upgraded["SECRET_KEY"] == "kept-secret"
    assert upgraded["DATA_KEY"] == "kept-data-key"
    assert len(upgraded["AUDIT_KEY"]) >= 32
    assert len(upgraded["LOOKUP_KEY"]) >= 32
    assert json.loads(path.read_text(encoding="utf-8")) == upgraded
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
