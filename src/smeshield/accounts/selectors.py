"""Account reads: which second factors a person has set up."""

from __future__ import annotations

from allauth.mfa.models import Authenticator

from smeshield.accounts.models import User

# The factors that count as a second factor on their own; recovery codes only back them up.
SECOND_FACTOR_TYPES = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)


def has_enrolled_second_factor(*, user: User) -> bool:
    """True when the person has an authenticator app or a passkey set up."""
    return bool(
        Authenticator.objects.filter(user_id=user.pk, type__in=SECOND_FACTOR_TYPES).exists()
    )


def other_second_factors_exist(*, user: User, authenticator_id: int) -> bool:
    """True when the person has an authenticator app or passkey besides this one."""
    return bool(
        Authenticator.objects.filter(user_id=user.pk, type__in=SECOND_FACTOR_TYPES)
        .exclude(pk=authenticator_id)
        .exists()
    )


def enrolled_second_factor_types(*, user: User) -> set[str]:
    """The kinds of second factor the person has: ``{"totp", "webauthn"}`` or fewer."""
    return set(
        Authenticator.objects.filter(user_id=user.pk, type__in=SECOND_FACTOR_TYPES).values_list(
            "type", flat=True
        )
    )


def second_factor_ids(*, user: User) -> list[int]:
    """The ids of the person's authenticator apps and passkeys."""
    return list(
        Authenticator.objects.filter(user_id=user.pk, type__in=SECOND_FACTOR_TYPES).values_list(
            "pk", flat=True
        )
    )


def recovery_codes_left(*, user: User) -> int:
    """How many unused recovery codes the person has (hashed, or not yet shown)."""
    from smeshield.accounts.services import RECOVERY_CODE_HASHES

    authenticator = Authenticator.objects.filter(
        user_id=user.pk, type=Authenticator.Type.RECOVERY_CODES
    ).first()
    if authenticator is None:
        return 0
    if "seed" in authenticator.data:
        return len(authenticator.wrap().get_unused_codes())
    return len(authenticator.data.get(RECOVERY_CODE_HASHES, []))
