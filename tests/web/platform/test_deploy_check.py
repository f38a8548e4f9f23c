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
    "AUDIT_KEY": "audit-key-for-the-deploy-check-only-" + "z" * 16,
    "LOOKUP_KEY": "lookup-key-for-the-deploy-check-only-" + "w" * 16,
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
    result = _run(["check"], DATA_KEY=SAFE["DATA_KEY"], AUDIT_KEY=SAFE["AUDIT_KEY"])
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_given_no_data_key_then_production_refuses_to_start() -> None:
    result = _run(["check"], SECRET_KEY=SAFE["SECRET_KEY"], AUDIT_KEY=SAFE["AUDIT_KEY"])
    assert result.returncode != 0
    assert "DATA_KEY" in result.stderr


def test_given_a_data_key_that_is_not_a_fernet_key_then_production_refuses_to_start() -> None:
    result = _run(["check"], **{**SAFE, "DATA_KEY": "garbage"})
    assert result.returncode != 0
    assert "DATA_KEY number 1 is not a Fernet key" in result.stderr
    assert "garbage" not in result.stderr


def test_given_a_good_key_then_a_bad_old_one_then_production_names_the_second() -> None:
    result = _run(["check"], **{**SAFE, "DATA_KEY": f"{SAFE['DATA_KEY']},nope"})
    assert result.returncode != 0
    assert "DATA_KEY number 2" in result.stderr


def test_given_no_audit_key_or_one_shared_with_another_key_then_production_refuses() -> None:
    missing = _run(["check"], SECRET_KEY=SAFE["SECRET_KEY"], DATA_KEY=SAFE["DATA_KEY"])
    reused = _run(["check"], **{**SAFE, "AUDIT_KEY": SAFE["SECRET_KEY"]})

    assert missing.returncode != 0
    assert "Production needs AUDIT_KEY" in missing.stderr
    assert reused.returncode != 0
    assert "AUDIT_KEY must differ" in reused.stderr


def test_given_no_lookup_key_or_one_shared_with_another_key_then_production_refuses() -> None:
    missing = _run(["check"], **{k: v for k, v in SAFE.items() if k != "LOOKUP_KEY"})
    reused = _run(["check"], **{**SAFE, "LOOKUP_KEY": SAFE["AUDIT_KEY"]})

    assert missing.returncode != 0
    assert "Production needs LOOKUP_KEY" in missing.stderr
    assert reused.returncode != 0
    assert "LOOKUP_KEY must differ" in reused.stderr


def test_given_a_wildcard_host_then_production_refuses_to_start() -> None:
    for hosts in ("*", "*.example.org", ""):
        result = _run(["check"], **SAFE, ALLOWED_HOSTS=hosts)
        assert result.returncode != 0, hosts
        assert "ALLOWED_HOSTS" in result.stderr, hosts


def test_given_a_dot_env_file_then_production_ignores_it_and_development_reads_it(
    tmp_path: Path,
) -> None:
    from smeshield.config.env import PRODUCTION_SETTINGS, load_environment

    dot_env = tmp_path / ".env"
    dot_env.write_text("INSIGHTS_SYNTHETIC_SEED=7\n", encoding="utf-8")

    production = load_environment(settings_module=PRODUCTION_SETTINGS, env_file=dot_env)
    development = load_environment(
        settings_module="smeshield.config.settings.dev", env_file=dot_env
    )

    assert production.INSIGHTS_SYNTHETIC_SEED != 7
    assert development.INSIGHTS_SYNTHETIC_SEED == 7
