"""RFC 9457 problem details for every API error (``application/problem+json``)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from http import HTTPStatus
from typing import Any

from django.core.exceptions import PermissionDenied, RequestDataTooBig, SuspiciousOperation
from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

logger = logging.getLogger(__name__)
PROBLEM_CONTENT_TYPE = "application/problem+json"
PROBLEM_BASE = "https://smeshield.example/problems/"
RETRY_AFTER_SECONDS = 30


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
    if not isinstance(exc, ValidationError):
        raise TypeError("registered for ninja's ValidationError only")
    errors = [
        {
            "location": ".".join(str(part) for part in error.get("loc", ())),
            "message": error.get("msg", ""),
        }
        for error in exc.errors
    ]
    named = [f"{_field_name(error.get('loc', ()))}: {error.get('msg', '')}" for error in exc.errors]
    return problem(
        request,
        422,
        "; ".join(named) or "The request is not valid.",
        kind="validation-error",
        errors=errors,
    )


def _field_name(location: Iterable[object]) -> str:
    """The field a validation error is about: the last name in its location."""
    parts = [part for part in location if isinstance(part, str)]
    return parts[-1] if parts else "request"


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
    if not isinstance(exc, HttpError):
        raise TypeError("registered for ninja's HttpError only")
    return problem(request, exc.status_code, str(exc))


def _not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
    return problem(request, 404, "Nothing exists at this address, or you may not see it.")


def _forbidden(request: HttpRequest, exc: Exception) -> HttpResponse:
    return problem(request, 403, "Your token does not allow this.")


def _too_big(request: HttpRequest, exc: Exception) -> HttpResponse:
    return problem(
        request,
        413,
        "The request body is too large. Send at most 2.5 MB.",
        kind="request-too-large",
    )


def _suspicious(request: HttpRequest, exc: Exception) -> HttpResponse:
    logger.warning("Refused a suspicious API request at %s: %s", request.path, type(exc).__name__)
    return problem(request, 400, "The request could not be read.")


def database_unavailable(exc: BaseException | None) -> bool:
    """Whether an error means the database cannot be reached (down, restarting, the
    connection lost): nothing was saved, and the same request will work again soon."""
    return isinstance(exc, OperationalError | InterfaceError)


def _unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
    if database_unavailable(exc):
        logger.warning("API request at %s: the database is unavailable", request.path)
        response = problem(
            request,
            503,
            "The service is unavailable for a moment; nothing was saved. Try again shortly.",
            kind="unavailable",
        )
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    logger.exception("API error at %s", request.path)
    return problem(request, 500, "Something went wrong on our side. Try again later.")


HANDLERS: list[tuple[type[Exception], Callable[[HttpRequest, Exception], HttpResponse]]] = [
    (ValidationError, _validation),
    (AuthenticationError, _authentication),
    (HttpError, _http_error),
    (Http404, _not_found),
    (PermissionDenied, _forbidden),
    (RequestDataTooBig, _too_big),
    (SuspiciousOperation, _suspicious),
    (Exception, _unexpected),
]


# The answers every bearer-token operation can give besides its own, all problem+json.
EVERY_OPERATION = {
    400: "The request could not be read.",
    401: "No valid API token was sent.",
    403: "The token does not allow this.",
    404: "Nothing exists at this address, or the token may not see it.",
    422: "The request is not valid: 'errors' names each field.",
}
WITH_A_BODY = {413: "The request body is larger than 2.5 MB."}
PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "title": "Problem",
    "description": "RFC 9457 problem details.",
    "required": ["type", "title", "status", "detail", "instance"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"location": {"type": "string"}, "message": {"type": "string"}},
            },
        },
    },
}


def document_problems(schema: dict[str, Any]) -> dict[str, Any]:
    """Declare in the OpenAPI document every problem an operation can answer, as
    ``application/problem+json``, so clients (and schemathesis) know every status."""
    schema.setdefault("components", {}).setdefault("schemas", {})["Problem"] = PROBLEM_SCHEMA
    problem_body = {PROBLEM_CONTENT_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            statuses = EVERY_OPERATION | (WITH_A_BODY if "requestBody" in operation else {})
            documented = {int(status) for status in responses}
            for status, description in statuses.items():
                if status not in documented:
                    responses[status] = {"description": description}
            for status, response in responses.items():
                if int(status) >= 400:
                    response["content"] = problem_body
    return schema


def install(api: NinjaAPI) -> None:
    for exception, handler in HANDLERS:
        api.add_exception_handler(exception, handler)  # type: ignore[arg-type]
