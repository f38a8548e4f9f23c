"""Every kind of response carries the security headers (SECURITY.md S17)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.test import Client, override_settings

from tests.conftest import World

pytestmark = pytest.mark.django_db


def _csp(response: object) -> dict[str, str]:
    header = response.headers["Content-Security-Policy"]  # type: ignore[attr-defined]
    return {part.split()[0]: part.strip() for part in header.split(";") if part.strip()}


def _assert_safe_headers(response: object) -> None:
    headers = response.headers  # type: ignore[attr-defined]
    csp = _csp(response)
    assert "unsafe-inline" not in headers["Content-Security-Policy"]
    assert "unsafe-eval" not in headers["Content-Security-Policy"]
    assert csp["object-src"] == "object-src 'none'"
    assert csp["base-uri"] == "base-uri 'none'"
    assert csp["frame-ancestors"] == "frame-ancestors 'none'"
    assert csp["default-src"] == "default-src 'self'"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize(
    "path",
    [
        "/",  # a page
        "/healthz",  # JSON
        "/api/v1/openapi.json",  # API JSON
        "/api/v1/me",  # API problem+json (401)
        "/no-such-page/",  # an error page
        "/static/smeshield/smeshield.css",  # a static file
    ],
)
def test_every_response_class_carries_the_security_headers(path: str) -> None:
    response = Client().get(path)
    _assert_safe_headers(response)


def test_a_page_with_scripts_allows_them_only_by_a_fresh_nonce() -> None:
    first, second = Client().get("/"), Client().get("/")
    nonces = [re.search(r"'nonce-([^']+)'", _csp(r)["script-src"]) for r in (first, second)]
    assert all(nonces)
    assert nonces[0].group(1) != nonces[1].group(1)  # type: ignore[union-attr]
    for response, nonce in zip((first, second), nonces, strict=True):
        scripts = re.findall(rb"<script[^>]*>", response.content)
        assert scripts
        assert all(f'nonce="{nonce.group(1)}"'.encode() in tag for tag in scripts)  # type: ignore[union-attr]


def test_signed_in_pages_are_never_stored_by_caches(
    client_as: Callable[[str], Client], world: World
) -> None:
    response = client_as("member_a").get(f"/businesses/{world.business_a.pk}/")
    assert response.status_code == 200
    assert "no-store" in response.headers["Cache-Control"]


@override_settings(
    SECURE_HSTS_SECONDS=31_536_000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True, SECURE_SSL_REDIRECT=False
)
def test_over_https_in_production_hsts_lasts_a_year_with_subdomains() -> None:
    response = Client().get("/", secure=True)
    assert response.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
