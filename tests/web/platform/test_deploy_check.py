"""Production settings pass Django's deployment checks and refuse unsafe starts (S16)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cryptography.fernet import Fernet

REPO = Path(__file__).resolve().parents[3]


def _run(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    base = {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", str(REPO / "var")),
        "DJANGO_SETTINGS_MODULE": "smeshield.config.settings.production",
        "DATABASE_URL": f"sqlite:///{REPO / 'var' / 'deploy-check.sqlite3'}",
        "ALLOWED_HOSTS": "smeshield.example",
    }
    return subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


SAFE = {
    "SECRET_KEY": "x" * 20 + "-production-secret-for-the-deploy-check-only-" + "y" * 20,
    "DATA_KEY": Fernet.generate_key().decode(),
}


def test_given_production_settings_then_the_deploy_check_finds_nothing() -> None:
    result = _run(["check", "--deploy", "--fail-level", "WARNING"], **SAFE)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_given_debug_on_then_production_refuses_to_start() -> None:
    result = _run(["check"], **SAFE, DEBUG="1")
    assert result.returncode != 0
    assert "DEBUG" in result.stderr


def test_given_no_secret_key_then_production_refuses_to_start() -> None:
    result = _run(["check"], DATA_KEY=SAFE["DATA_KEY"])
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_given_no_data_key_then_production_refuses_to_start() -> None:
    result = _run(["check"], SECRET_KEY=SAFE["SECRET_KEY"])
    assert result.returncode != 0
    assert "DATA_KEY" in result.stderr
