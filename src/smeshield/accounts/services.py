"""Account writes: enrolling and proving a second factor, recovery codes, roles.

Staff roles (SECURITY.md S6, S7) must enrol an authenticator app and prove it in
each session before the access policy lets them near business data.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from allauth.core import ratelimit
from django.contrib.auth.hashers import check_password, make_password
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from smeshield.accounts import totp
from smeshield.accounts.models import RecoveryCode, TotpDevice, User
from smeshield.audit.models import AuditAction
from smeshield.audit.services import audit_record
from smeshield.domain.roles import Role
from smeshield.kernel.access import TWO_FACTOR_SESSION_KEY

RECOVERY_CODE_COUNT = 10
_RECOVERY_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ23456789"  # no vowels, no 0/O or 1/I
TWO_FACTOR_RATE_ACTION = "two_factor_failed"


class TwoFactorError(Exception):
    """A second-factor step could not be completed; ``code`` names why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Enrolment:
    device: TotpDevice
    provisioning_uri: str


def _new_recovery_code() -> str:
    raw = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def _normalise_recovery_code(code: str) -> str:
    compact = "".join(ch for ch in code.upper() if ch.isalnum())
    return f"{compact[:4]}-{compact[4:8]}-{compact[8:]}"


def _mark_session_verified(request: HttpRequest, user: User) -> None:
    request.session.cycle_key()
    request.session[TWO_FACTOR_SESSION_KEY] = str(user.pk)


def totp_enrolment_start(*, user: User, issuer: str = "SME Shield") -> Enrolment:
    """Start (or restart) enrolling an authenticator app. Refused once one is confirmed."""
    with transaction.atomic():
        device = TotpDevice.objects.select_for_update().filter(user=user).first()
        if device is not None and device.is_confirmed:
            raise TwoFactorError("already_enrolled")
        if device is None:
            device = TotpDevice.objects.create(user=user, secret=totp.new_secret())
    return Enrolment(device, totp.provisioning_uri(device.secret, user.email, issuer))


def _recovery_codes_issue(user: User) -> list[str]:
    codes = [_new_recovery_code() for _ in range(RECOVERY_CODE_COUNT)]
    RecoveryCode.objects.filter(user=user).delete()
    RecoveryCode.objects.bulk_create(
        [RecoveryCode(user=user, code_hash=make_password(code)) for code in codes]
    )
    return codes


def totp_enrolment_confirm(*, request: HttpRequest, user: User, code: str) -> list[str]:
    """Confirm the app with a code it shows; returns new recovery codes (shown once)."""
    _check_throttle(request, user)
    with transaction.atomic():
        device = TotpDevice.objects.select_for_update().filter(user=user).first()
        if device is None:
            raise TwoFactorError("not_started")
        if device.is_confirmed:
            raise TwoFactorError("already_enrolled")
        step = totp.matching_step(device.secret, code, time.time(), device.last_used_step)
        if step is not None:
            device.confirmed_at = timezone.now()
            device.last_used_step = step
            device.save(update_fields=["confirmed_at", "last_used_step"])
            codes = _recovery_codes_issue(user)
            audit_record(action=AuditAction.MFA_ENROLLED, actor=user, request=request)
    if step is None:
        _record_failure(request, user)
        raise TwoFactorError("incorrect_code")
    _mark_session_verified(request, user)
    return codes


def _check_throttle(request: HttpRequest, user: User) -> None:
    if not ratelimit.consume(
        request, action=TWO_FACTOR_RATE_ACTION, key=str(user.pk), dry_run=True
    ):
        raise TwoFactorError("too_many_attempts")


def _record_failure(request: HttpRequest, user: User) -> None:
    ratelimit.consume(request, action=TWO_FACTOR_RATE_ACTION, key=str(user.pk))
    audit_record(action=AuditAction.MFA_REJECTED, actor=user, request=request)


def second_factor_verify(*, request: HttpRequest, user: User, code: str) -> None:
    """Prove the second factor for this session with an app code or a recovery code.

    App codes are accepted once (a replayed code is refused); recovery codes are
    single-use. Repeated failures are throttled per person, and each is audited.
    """
    _check_throttle(request, user)
    with transaction.atomic():
        device = TotpDevice.objects.select_for_update().filter(user=user).first()
        if device is None or not device.is_confirmed:
            raise TwoFactorError("not_enrolled")
        step = totp.matching_step(device.secret, code, time.time(), device.last_used_step)
        if step is not None:
            device.last_used_step = step
            device.save(update_fields=["last_used_step"])
            audit_record(action=AuditAction.MFA_VERIFIED, actor=user, request=request)
            verified = True
        elif _use_recovery_code(user, code):
            audit_record(action=AuditAction.RECOVERY_CODE_USED, actor=user, request=request)
            verified = True
        else:
            verified = False
    if not verified:
        # Recorded outside the transaction above, so the failure is never rolled back.
        _record_failure(request, user)
        raise TwoFactorError("incorrect_code")
    _mark_session_verified(request, user)


def _use_recovery_code(user: User, code: str) -> bool:
    normalised = _normalise_recovery_code(code)
    if len(normalised) != 14:
        return False
    unused = RecoveryCode.objects.select_for_update().filter(user=user, used_at__isnull=True)
    for candidate in unused:
        if check_password(normalised, candidate.code_hash):
            candidate.used_at = timezone.now()
            candidate.save(update_fields=["used_at"])
            return True
    return False


def recovery_codes_replace(*, request: HttpRequest, user: User) -> list[str]:
    """Issue a fresh set of recovery codes; the old ones stop working."""
    with transaction.atomic():
        codes = _recovery_codes_issue(user)
        audit_record(action=AuditAction.RECOVERY_CODES_REPLACED, actor=user, request=request)
    return codes


def recovery_codes_left(*, user: User) -> int:
    return RecoveryCode.objects.filter(user=user, used_at__isnull=True).count()


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
