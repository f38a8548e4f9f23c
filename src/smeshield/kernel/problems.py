"""RFC 9457 problem details for every API error (``application/problem+json``)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

logger = logging.getLogger(__name__)
PROBLEM_CONTENT_TYPE = "application/problem+json"
PROBLEM_BASE = "https://smeshield.example/problems/"


def problem(
    request: HttpRequest, status: int, detail: str, *, kind: str | None = None, **extra: Any
) -> HttpResponse:
    """A problem details response; ``kind`` names the problem type (defaults to the status)."""
    phrase = HTTPStatus(status).phrase
    body = {
        "type": PROBLEM_BASE + (kind or phrase.lower().replace(" ", "-")),
        "title": phrase,
        "status": status,
        "detail": detail,
        "instance": request.path,
        **extra,
    }
    return JsonResponse(body, status=status, content_type=PROBLEM_CONTENT_TYPE)


def _validation(request: HttpRequest, exc: Exception) -> HttpResponse:
    assert isinstance(exc, ValidationError)  # noqa: S101
    errors = [
        {
            "location": ".".join(str(part) for part in error.get("loc", ())),
            "message": error.get("msg", ""),
        }
        for error in exc.errors
    ]
    return problem(
        request,
        422,
        "The request is not valid. See 'errors' for each field.",
        kind="validation-error",
        errors=errors,
    )


def _authentication(request: HttpRequest, exc: Exception) -> HttpResponse:
    response = problem(
        request,
        401,
        "Send a valid API token: 'Authorization: Bearer <token>'.",
        kind="unauthorised",
    )
    response["WWW-Authenticate"] = 'Bearer realm="SME Shield"'
    return response


def _http_error(request: HttpRequest, exc: Exception) -> HttpResponse:
    assert isinstance(exc, HttpError)  # noqa: S101
    return problem(request, exc.status_code, str(exc))


def _not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
    return problem(request, 404, "Nothing exists at this address, or you may not see it.")


def _forbidden(request: HttpRequest, exc: Exception) -> HttpResponse:
    return problem(request, 403, "Your token does not allow this.")


def _unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
    logger.exception("API error at %s", request.path)
    return problem(request, 500, "Something went wrong on our side. Try again later.")


HANDLERS: list[tuple[type[Exception], Callable[[HttpRequest, Exception], HttpResponse]]] = [
    (ValidationError, _validation),
    (AuthenticationError, _authentication),
    (HttpError, _http_error),
    (Http404, _not_found),
    (PermissionDenied, _forbidden),
    (Exception, _unexpected),
]


def install(api: NinjaAPI) -> None:
    for exception, handler in HANDLERS:
        api.add_exception_handler(exception, handler)  # type: ignore[arg-type]
