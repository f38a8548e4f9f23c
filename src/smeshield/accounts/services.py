"""Account writes: roles and people, and the records around staff's second factor.

The second factor itself (authenticator apps, passkeys, recovery codes) is
allauth's mfa app (ADR 0034); these functions add what SME Shield needs around it:
a factor set up in a session counts for that session, and recovery codes are
kept only as salted hashes once shown (including those from before allauth).
"""

from __future__ import annotations

import time

from allauth.account.internal.flows.login import record_authentication
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth.hashers import check_password, make_password
from django.db import transaction
from django.http import HttpRequest

from smeshield.accounts.models import User
from smeshield.audit.models import AuditAction
from smeshield.audit.services import audit_record
from smeshield.domain.roles import Role
from smeshield.kernel.access import PolicyName, permits
from smeshield.kernel.languages import language_supported

# Recovery codes are kept only as salted hashes (SECURITY.md S7), inside allauth's
# recovery-codes authenticator: allauth ignores keys it does not know, and an empty
# "migrated_codes" list makes its own code list empty, so only these hashes count.
RECOVERY_CODE_HASHES = "smeshield_code_hashes"


def second_factor_enrolled(*, request: HttpRequest, user: User, authenticator_id: int) -> None:
    """A second factor was just set up (and so proved) in this session: record both."""
    authenticator = Authenticator.objects.get(pk=authenticator_id, user_id=user.pk)
    record_authentication(
        request, user, "mfa", id=authenticator.pk, type=authenticator.type, enrolled=True
    )
    audit_record(
        action=AuditAction.MFA_ENROLLED,
        actor=user,
        request=request,
        data={"type": authenticator.type},
    )


def second_factor_removed(*, request: HttpRequest, user: User, count: int) -> None:
    """Audit an authenticator app removed through allauth's own page."""
    audit_record(
        action=AuditAction.MFA_REMOVED,
        actor=user,
        request=request,
        data={"type": Authenticator.Type.TOTP, "count": count},
    )


class LastSecondFactorError(Exception):
    """Staff cannot remove their last authenticator app or passkey (SECURITY.md S6)."""


def passkey_rename(
    *, request: HttpRequest, user: User, authenticator: Authenticator, name: str
) -> None:
    """Give one of the person's passkeys a new name, and audit it."""
    from allauth.mfa.webauthn.internal.flows import rename_authenticator

    with transaction.atomic():
        rename_authenticator(request, authenticator, name)
        audit_record(
            action=AuditAction.MFA_RENAMED,
            actor=user,
            request=request,
            data={"type": authenticator.type},
        )


def passkey_remove(*, request: HttpRequest, user: User, authenticator: Authenticator) -> None:
    """Remove one of the person's passkeys (a lost one), and audit it.

    Refused with ``LastSecondFactorError`` when it is a staff member's last authenticator
    app or passkey: they set up another first. The person's authenticators are locked
    while deciding, so two removals at once cannot both pass the check.
    """
    from allauth.mfa.webauthn.internal.flows import remove_authenticator

    with transaction.atomic():
        list(Authenticator.objects.select_for_update().filter(user_id=user.pk))
        if not permits(PolicyName.SECOND_FACTOR_REMOVABLE, authenticator=authenticator):
            raise LastSecondFactorError
        remove_authenticator(request, authenticator)
        audit_record(
            action=AuditAction.MFA_REMOVED,
            actor=user,
            request=request,
            data={"type": authenticator.type},
        )


def _normalise_recovery_code(code: str) -> str | None:
    """allauth's 8-digit codes, or the 12-character ones issued before allauth."""
    compact = "".join(ch for ch in code.upper() if ch.isalnum())
    if len(compact) == 8 and compact.isdigit():
        return compact
    if len(compact) == 12 and not compact.isdigit():
        return f"{compact[:4]}-{compact[4:8]}-{compact[8:]}"
    return None


def looks_like_recovery_code(code: str) -> bool:
    return _normalise_recovery_code(code) is not None


def recovery_codes_keep_hashed(*, user: User) -> None:
    """Once allauth has shown new recovery codes, keep them only as salted hashes.

    allauth makes codes from an encrypted seed; after the one showing, the seed is
    dropped and each unused code is kept hashed with the password hasher instead.
    """
    with transaction.atomic():
        authenticator = (
            Authenticator.objects.select_for_update()
            .filter(user_id=user.pk, type=Authenticator.Type.RECOVERY_CODES)
            .first()
        )
        if authenticator is None or "seed" not in authenticator.data:
            return
        codes = authenticator.wrap().get_unused_codes()
        authenticator.data = {
            "migrated_codes": [],
            RECOVERY_CODE_HASHES: [make_password(_normalise_recovery_code(c)) for c in codes],
            "viewed_at": authenticator.data.get("viewed_at") or time.time(),
        }
        authenticator.save(update_fields=["data"])


def recovery_code_use(*, user: User, code: str) -> Authenticator | None:
    """Use one of the person's hashed recovery codes, if ``code`` is one.

    Each works once: its hash is removed under a row lock, so two requests with
    the same code cannot both succeed (SECURITY.md S7).
    """
    normalised = _normalise_recovery_code(code)
    if normalised is None:
        return None
    with transaction.atomic():
        authenticator = (
            Authenticator.objects.select_for_update()
            .filter(user_id=user.pk, type=Authenticator.Type.RECOVERY_CODES)
            .first()
        )
        if authenticator is None:
            return None
        hashes: list[str] = list(authenticator.data.get(RECOVERY_CODE_HASHES, []))
        for stored in hashes:
            if check_password(normalised, stored):
                hashes.remove(stored)
                authenticator.data[RECOVERY_CODE_HASHES] = hashes
                authenticator.save(update_fields=["data"])
                return authenticator
    return None


def user_create(
    *, email: str, role: Role, display_name: str = "", actor: User | None = None
) -> User:
    """Create a person with a role. Staff accounts are created by admins, never by sign-up."""
    with transaction.atomic():
        user = User.objects.create_user(email=email, role=role, display_name=display_name)
        _email_address_ensure(user)
        if actor is not None:
            audit_record(
                action=AuditAction.ROLE_CHANGED,
                actor=actor,
                target=f"user:{user.pk}",
                data={"role": role.value},
            )
    return user


def _email_address_ensure(user: User) -> None:
    """allauth's record of the address: unverified until the first code sent to it is used."""
    EmailAddress.objects.get_or_create(
        user=user, email=user.email, defaults={"primary": True, "verified": False}
    )


def user_ensure(*, email: str, role: Role, display_name: str = "") -> User:
    """The person with this email, created with this role if missing (idempotent)."""
    existing = User.objects.filter(email=email.lower()).first()
    if existing is None:
        return user_create(email=email, role=role, display_name=display_name)
    _email_address_ensure(existing)
    return existing


def user_admin_save(*, user: User, creating: bool, changed: list[str], actor: User) -> User:
    """Save a person edited in the Django admin, auditing role changes and disabling."""
    with transaction.atomic():
        if creating:
            user.set_unusable_password()
        user.save()
        if creating:
            _email_address_ensure(user)
        if creating or "role" in changed:
            audit_record(
                action=AuditAction.ROLE_CHANGED,
                actor=actor,
                target=f"user:{user.pk}",
                data={"role": user.role},
            )
        if "is_active" in changed and not user.is_active:
            audit_record(action=AuditAction.USER_DISABLED, actor=actor, target=f"user:{user.pk}")
    return user


def language_preference_save(*, user: User, language: str) -> bool:
    """Remember the language a person chose, when it is one we offer; True if saved."""
    if not language_supported(language):
        return False
    if user.language != language:
        user.language = language
        user.save(update_fields=["language"])
    return True
