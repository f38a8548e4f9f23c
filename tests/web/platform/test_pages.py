"""Public pages, error pages that leak nothing, the health check and the language switcher."""

from __future__ import annotations

import pytest
from django.db import OperationalError, connection
from django.test import Client
from django.urls import path

from smeshield.config.urls import urlpatterns as real_urlpatterns
from smeshield.kernel.access import PolicyName, policy
from tests.factories import canary

pytestmark = pytest.mark.django_db

SECRET = canary("EXCEPTION")


@policy(PolicyName.PUBLIC)
def _explode(request: object) -> None:
    raise RuntimeError(f"database password is {SECRET}")


@policy(PolicyName.PUBLIC)
def _database_down(request: object) -> None:
    raise OperationalError(f"connection to server failed: password {SECRET}")


urlpatterns = [
    path("explode/", _explode),
    path("database-down/", _database_down),
    *real_urlpatterns,
]
handler500 = "smeshield.web.views.server_error"
handler404 = "smeshield.web.views.page_not_found"


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/", b"Protect your business from cybercrime"),
        ("/accessibility/", b"Accessibility statement"),
        ("/privacy/", b"Privacy notice"),
        ("/cookies/", b"Cookies"),
        ("/account/sign-in/", b"Sign in"),
        ("/account/sign-up/", b"Create an account"),
    ],
)
def test_public_pages_render_with_the_service_layout(path: str, heading: bytes) -> None:
    response = Client().get(path)
    assert response.status_code == 200
    assert heading in response.content
    assert b"govuk-skip-link" in response.content
    assert b"govuk-phase-banner" in response.content
    assert b"govuk-footer" in response.content
    assert b"app-language-switcher" in response.content
    assert b"crown" not in response.content.lower()


@pytest.mark.urls(__name__)
def test_a_server_error_shows_a_plain_page_and_never_the_exception() -> None:
    response = Client(raise_request_exception=False).get("/explode/")
    assert response.status_code == 500
    assert SECRET.encode() not in response.content
    assert b"Sorry, there is a problem with the service" in response.content
    assert b"Traceback" not in response.content


@pytest.mark.urls(__name__)
def test_given_the_database_is_unreachable_then_the_page_is_a_503_to_retry_later() -> None:
    response = Client(raise_request_exception=False).get("/database-down/")

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert b"Sorry, the service is unavailable" in response.content
    assert SECRET.encode() not in response.content
    assert b"Traceback" not in response.content


def test_a_missing_page_is_a_plain_404() -> None:
    response = Client().get("/nothing-here/")
    assert response.status_code == 404
    assert b"Page not found" in response.content
    assert b"Traceback" not in response.content


def test_the_health_check_reports_the_database_and_the_task_queue() -> None:
    response = Client().get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert (body["status"], body["checks"]) == ("ok", {"database": "ok", "tasks": "ok"})
    assert set(body["heartbeats"]) == {"worker", "scheduler"}


def test_the_health_check_fails_when_the_task_queue_is_unreachable(settings: object) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # type: ignore[attr-defined]
    with connection.cursor() as cursor:  # undone with the test's transaction
        cursor.execute("DROP TABLE django_tasks_database_dbtaskresult")
    response = Client().get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["tasks"] == "failing"


def test_the_language_switcher_sets_the_language_and_returns() -> None:
    response = Client().post("/i18n/setlang/", {"language": "en-gb", "next": "/privacy/"})
    assert response.status_code == 302
    assert response.url == "/privacy/"
