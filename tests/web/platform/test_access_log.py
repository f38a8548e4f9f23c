"""Secrets in addresses never reach the access log (SECURITY.md S21)."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request
from pathlib import Path

from smeshield.config.access_log import redact
from smeshield.operations.management.commands.serve import gunicorn_argv

REPO = Path(__file__).resolve().parents[3]
SHARE_TOKEN = "Zq3_kW9vT-pX7mB2nR5sY8cF1dG4hJ6l"  # 32 URL-safe characters, like a share token
BUSINESS_ID = "5f0c8a3e-2b1d-4c9e-8f7a-6d5e4c3b2a10"


def test_given_a_share_link_then_its_token_is_redacted_and_the_rest_kept() -> None:
    assert redact(f"/shared/{SHARE_TOKEN}/") == "/shared/[redacted]/"


def test_given_a_uuid_in_the_path_then_it_stays_readable() -> None:
    assert redact(f"/business/{BUSINESS_ID}/plan/") == f"/business/{BUSINESS_ID}/plan/"


def test_given_short_words_in_the_path_then_nothing_is_redacted() -> None:
    assert redact("/alerts/unsubscribe/") == "/alerts/unsubscribe/"


def test_given_secret_query_parameters_then_only_their_values_go() -> None:
    assert redact("/accounts/confirm/?code=123456&next=/home/") == (
        "/accounts/confirm/?code=[redacted]&next=/home/"
    )
    assert redact("invite_token=abc&page=2") == "invite_token=[redacted]&page=2"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_given_the_served_app_then_the_access_log_holds_no_token(tmp_path: Path) -> None:
    port = _free_port()
    argv = gunicorn_argv(bind=f"127.0.0.1:{port}", workers=1)
    argv[argv.index("smeshield.config.wsgi:application")] = (
        "tests.web.platform.hello_wsgi:application"
    )
    log = tmp_path / "gunicorn.log"
    with log.open("w") as out:
        server = subprocess.Popen(argv, cwd=REPO, stdout=out, stderr=subprocess.STDOUT)  # noqa: S603
        try:
            address = f"http://127.0.0.1:{port}/alerts/unsubscribe/{SHARE_TOKEN}/?key=s3cret"
            for _ in range(100):
                try:
                    urllib.request.urlopen(address, timeout=2).read()
                    break
                except OSError:
                    time.sleep(0.1)
            time.sleep(0.3)  # the access line is written after the response
        finally:
            server.terminate()
            server.wait(timeout=10)

    written = log.read_text()
    assert "/alerts/unsubscribe/[redacted]/?key=[redacted]" in written
    assert SHARE_TOKEN not in written
    assert "s3cret" not in written
