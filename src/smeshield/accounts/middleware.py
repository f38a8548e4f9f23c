"""Session limits for staff roles (SECURITY.md S9): 12 hours in all, 30 minutes idle."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from smeshield.accounts.models import User
from smeshield.audit.models import AuditAction
from smeshield.audit.services import audit_record
from smeshield.kernel.access import PolicyName, permits
from smeshield.kernel.languages import language_supported

SIGNED_IN_AT = "signed_in_at"
LAST_SEEN_AT = "last_seen_at"


def _read(request: HttpRequest, key: str) -> datetime | None:
    value = request.session.get(key)
    return datetime.fromisoformat(value) if isinstance(value, str) else None


def _expired(request: HttpRequest, now: datetime) -> str | None:
    signed_in = _read(request, SIGNED_IN_AT)
    seen = _read(request, LAST_SEEN_AT)
    absolute: timedelta = settings.STAFF_SESSION_ABSOLUTE
    idle: timedelta = settings.STAFF_SESSION_IDLE
    if signed_in is None or now - signed_in > absolute:
        return "absolute"
    if seen is None or now - seen > idle:
        return "idle"
    return None


class StaffSessionMiddleware:
    """Sign staff out after 12 hours, or after 30 minutes without a request."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if isinstance(user, User) and permits(PolicyName.STAFF_ACCOUNT, user=user):
            now = timezone.now()
            reason = _expired(request, now)
            if reason is not None:
                audit_record(
                    action=AuditAction.SESSION_EXPIRED,
                    actor=user,
                    request=request,
                    data={"limit": reason},
                )
                logout(request)
                messages.info(
                    request, _("You were signed out to keep your account safe. Sign in again.")
                )
            else:
                request.session[LAST_SEEN_AT] = now.isoformat()
        return self.get_response(request)


class UserLanguageMiddleware:
    """A signed-in person sees their saved language, whatever the cookie or browser says,
    and the language cookie follows it (so it stays after they sign out). ADR 0062."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        saved = user.language if user.is_authenticated else ""
        if saved and language_supported(saved) and saved != request.LANGUAGE_CODE:
            translation.activate(saved)
            request.LANGUAGE_CODE = saved
        response = self.get_response(request)
        if saved and language_supported(saved):
            cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
            if cookie != saved and settings.LANGUAGE_COOKIE_NAME not in response.cookies:
                response.set_cookie(
                    settings.LANGUAGE_COOKIE_NAME,
                    saved,
                    max_age=settings.LANGUAGE_COOKIE_AGE,
                    path=settings.LANGUAGE_COOKIE_PATH,
                    domain=settings.LANGUAGE_COOKIE_DOMAIN,
                    secure=settings.LANGUAGE_COOKIE_SECURE,
                    httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                    samesite=settings.LANGUAGE_COOKIE_SAMESITE,  # type: ignore[arg-type]
                )
        return response
