"""Audit entries and session stamps for signing in and out."""

from __future__ import annotations

from typing import Any

from allauth.account.signals import login_code_rejected
from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.dispatch import receiver
from django.http import HttpRequest
from django.utils import timezone

from smeshield.accounts.middleware import LAST_SEEN_AT, SIGNED_IN_AT
from smeshield.audit.models import AuditAction
from smeshield.audit.services import audit_record


@receiver(user_logged_in)
def _signed_in(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    if request is not None and hasattr(request, "session"):
        now = timezone.now().isoformat()
        request.session[SIGNED_IN_AT] = now
        request.session[LAST_SEEN_AT] = now
    audit_record(action=AuditAction.SIGNED_IN, actor=user, request=request)


@receiver(user_logged_out)
def _signed_out(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    if user is not None:
        audit_record(action=AuditAction.SIGNED_OUT, actor=user, request=request)


@receiver(login_code_rejected)
def _code_rejected(sender: Any, request: HttpRequest, user: Any, **kwargs: Any) -> None:
    audit_record(
        action=AuditAction.SIGN_IN_CODE_REJECTED,
        actor=user,
        request=request,
        data={"last_attempt": bool(kwargs.get("last_attempt"))},
    )
