"""Public pages, error pages and the health check."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from django.db import connection
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django.views.i18n import set_language as django_set_language

from smeshield.accounts.services import language_preference_save
from smeshield.kernel.access import PolicyName, policy
from smeshield.kernel.languages import language_supported
from smeshield.kernel.problems import RETRY_AFTER_SECONDS, database_unavailable

logger = logging.getLogger(__name__)


@policy(PolicyName.PUBLIC)
@require_http_methods(["GET", "HEAD"])
def landing(request: HttpRequest) -> HttpResponse:
    return render(request, "web/landing.html")


@policy(PolicyName.PUBLIC)
@require_http_methods(["POST"])
def set_language(request: HttpRequest) -> HttpResponse:
    """The language switcher: Django sets the cookie (an unknown code changes nothing);
    a signed-in person's choice is saved to their account too. Only a code exactly as
    listed counts: Django alone would take "ur-anything" as Urdu. ADR 0062."""
    chosen = str(request.POST.get("language", ""))
    if not language_supported(chosen):
        back = str(request.POST.get("next", ""))
        safe = url_has_allowed_host_and_scheme(
            back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
        return HttpResponseRedirect(back if safe else "/")
    response = django_set_language(request)
    if request.user.is_authenticated:
        language_preference_save(user=request.user, language=chosen)
    return response


def _static_page(template: str) -> Callable[[HttpRequest], HttpResponse]:
    """A public page that is just a template (accessibility, privacy, cookies)."""

    @policy(PolicyName.PUBLIC)
    @require_http_methods(["GET", "HEAD"])
    def view(request: HttpRequest) -> HttpResponse:
        return render(request, template)

    view.__name__ = template.rsplit("/", 1)[-1].removesuffix(".html")
    return view


accessibility = _static_page("web/accessibility.html")
privacy = _static_page("web/privacy.html")
cookies = _static_page("web/cookies.html")


def _check_database() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        row = cursor.fetchone()
    return row is not None and tuple(row) == (1,)


def _check_tasks() -> bool:
    """The task backend answers: for the database queue, its table can be read."""
    from django_tasks import task_backends
    from django_tasks_db import DatabaseBackend

    if isinstance(task_backends["default"], DatabaseBackend):
        from django_tasks_db.models import DBTaskResult

        DBTaskResult.objects.exists()
    return True


@policy(PolicyName.PUBLIC)
@never_cache
@require_http_methods(["GET", "HEAD"])
def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness and readiness: the database answers and the task backend is reachable."""
    checks: dict[str, str] = {}
    for name, check in (("database", _check_database), ("tasks", _check_tasks)):
        try:
            checks[name] = "ok" if check() else "failing"
        except Exception:  # a health check reports failures, it does not raise them
            logger.exception("health check %s failed", name)
            checks[name] = "failing"
    healthy = all(value == "ok" for value in checks.values())
    # When the worker and the scheduler last said they were alive (None: not yet seen).
    # Reported, not judged: a web server may run without them on its own machine.
    from smeshield.kernel.heartbeats import heartbeats

    return JsonResponse(
        {"status": "ok" if healthy else "failing", "checks": checks, "heartbeats": heartbeats()},
        status=200 if healthy else 503,
    )


_ERRORS = {
    400: (_("There is a problem with your request"), [_("Go back and try again.")]),
    403: (
        _("You cannot see this page"),
        [
            _("Your account does not give you access to this page."),
            _("If you think it should, tell the person who set up your account."),
        ],
    ),
    404: (
        _("Page not found"),
        [
            _("If you typed the web address, check it is correct."),
            _("If you pasted the web address, check you copied the entire address."),
        ],
    ),
    500: (
        _("Sorry, there is a problem with the service"),
        [_("Try again later."), _("Anything you saved before this happened is safe.")],
    ),
    503: (
        _("Sorry, the service is unavailable"),
        [
            _("Try again in a minute."),
            _("Anything you saved before this happened is safe. What you just sent was not saved."),
        ],
    ),
}


def _error(request: HttpRequest, status: int) -> HttpResponse:
    heading, lines = _ERRORS[status]
    return render(request, "web/error.html", {"heading": heading, "lines": lines}, status=status)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(request, 400)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(request, 403)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(request, 404)


def server_error(request: HttpRequest) -> HttpResponse:
    """The page for an unexpected error; 503 with Retry-After when the database is
    unreachable (nothing of the request was saved, and trying again soon will work)."""
    status = 503 if database_unavailable(sys.exc_info()[1]) else 500
    try:
        response = _error(request, status)
    except Exception:  # the error page must never fail: fall back to plain text
        logger.exception("the error page could not be drawn")
        response = HttpResponse(
            "Sorry, there is a problem with the service. Try again later.",
            status=status,
            content_type="text/plain; charset=utf-8",
        )
    if status == 503:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form was sent without a valid security token (expired page or another site)."""
    return render(
        request,
        "web/error.html",
        {
            "heading": _("Your form could not be sent"),
            "lines": [
                _("This can happen if the page was open for a long time."),
                _("Go back, refresh the page and try again. Nothing you saved before is lost."),
            ],
        },
        status=403,
    )
