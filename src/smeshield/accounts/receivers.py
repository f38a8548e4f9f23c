"""Audit entries and session stamps for signing in and out."""

from __future__ import annotations

from typing import Any

from allauth.account.signals import login_code_rejected
from allauth.mfa import signals as mfa_signals
from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.dispatch import receiver
from django.http import HttpRequest
from django.utils import timezone

from smeshield.accounts.middleware import LAST_SEEN_AT, SIGNED_IN_AT
from smeshield.accounts.services import language_preference_save
from smeshield.audit.models import AuditAction
from smeshield.audit.services import audit_record


@receiver(user_logged_in)
def _signed_in(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    if request is not None and hasattr(request, "session"):
        now = timezone.now().isoformat()
        request.session[SIGNED_IN_AT] = now
        request.session[LAST_SEEN_AT] = now
        # A first sign-in keeps the language they picked before signing in.
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        if chosen and not user.language:
            language_preference_save(user=user, language=chosen)
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


@receiver(mfa_signals.authenticator_used)
def _second_factor_used(
    sender: Any, request: HttpRequest, user: Any, authenticator: Any, **kwargs: Any
) -> None:
    action = (
        AuditAction.RECOVERY_CODE_USED
        if authenticator.type == "recovery_codes"
        else AuditAction.MFA_VERIFIED
    )
    audit_record(action=action, actor=user, request=request, data={"type": authenticator.type})


@receiver(mfa_signals.authentication_failed)
def _second_factor_rejected(sender: Any, request: HttpRequest, user: Any, **kwargs: Any) -> None:
    audit_record(action=AuditAction.MFA_REJECTED, actor=user, request=request)


@receiver(mfa_signals.authenticator_reset)
def _recovery_codes_replaced(sender: Any, request: HttpRequest, user: Any, **kwargs: Any) -> None:
    audit_record(action=AuditAction.RECOVERY_CODES_REPLACED, actor=user, request=request)
