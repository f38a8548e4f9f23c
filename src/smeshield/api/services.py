"""Issuing and revoking API tokens."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone

from smeshield.accounts.selectors import has_enrolled_second_factor
from smeshield.api.models import ApiToken
from smeshield.audit.models import AuditAction
from smeshield.audit.services import audit_record
from smeshield.kernel.access import PolicyName, permits

if TYPE_CHECKING:
    from smeshield.accounts.models import User
    from smeshield.businesses.models import Business

TOKEN_PREFIX = "sms_"  # noqa: S105 - a public marker, not a secret
DEFAULT_LIFETIME = timedelta(days=90)


class TokenRefusedError(Exception):
    """A token cannot be issued to this person; the message says why."""


def token_digest(token: str) -> str:
    """Tokens have 256 bits of entropy, so a plain SHA-256 is a safe, fast lookup key."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _refusal(user: User, business: Business | None) -> str | None:
    if not user.is_active:
        return "The account is switched off."
    if business is not None:
        if not permits(PolicyName.API_TOKEN_FOR_BUSINESS, user=user, business=business):
            return "Only an owner of the business can make its tokens."
        return None
    if not permits(PolicyName.STAFF_ACCOUNT, user=user):
        return "API tokens are for staff accounts, or for one business by its owner."
    if not has_enrolled_second_factor(user=user):
        return "The person must set up two-factor sign-in first."
    return None


def api_token_create(
    *,
    user: User,
    name: str,
    business: Business | None = None,
    actor: User | None = None,
    lifetime: timedelta = DEFAULT_LIFETIME,
) -> tuple[ApiToken, str]:
    """Issue a token: for staff who enrolled two-factor sign-in, or a business's own token.

    A business's token (``business`` given) is made by one of its owners and works
    only for that business. Returns the stored record and the token itself, which is
    never stored or shown again.
    """
    refusal = _refusal(user, business)
    if refusal:
        raise TokenRefusedError(refusal)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with transaction.atomic():
        record = ApiToken.objects.create(
            user=user,
            business=business,
            name=name,
            prefix=token[:12],
            token_hash=token_digest(token),
            expires_at=timezone.now() + lifetime,
        )
        audit_record(
            action=AuditAction.API_TOKEN_CREATED,
            actor=actor or user,
            business_id=business.pk if business else None,
            target=f"api_token:{record.pk}",
            data={"for": str(user.pk), "name": name},
        )
    return record, token


def api_token_revoke(*, token: ApiToken, actor: User) -> None:
    with transaction.atomic():
        if token.revoked_at is None:
            ApiToken.objects.filter(pk=token.pk).update(revoked_at=timezone.now())
            audit_record(
                action=AuditAction.API_TOKEN_REVOKED, actor=actor, target=f"api_token:{token.pk}"
            )


def api_token_authenticate(*, token: str) -> ApiToken | None:
    """The usable token record for a presented token, or None. Marks it used."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > 100:
        return None
    record = ApiToken.objects.select_related("user").filter(token_hash=token_digest(token)).first()
    if record is None or not record.is_usable() or not record.user.is_active:
        return None
    ApiToken.objects.filter(pk=record.pk).update(last_used_at=timezone.now())
    return record
