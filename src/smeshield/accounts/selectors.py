"""Account reads: which second factors a person has set up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from allauth.mfa.models import Authenticator
from django.utils.crypto import salted_hmac

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


# Passkeys are addressed by a UUID (SECURITY.md S5), not allauth's integer id: a keyed
# hash of that id, so it is stable, needs no column, and cannot be worked out or counted.
_PASSKEY_ID_SALT = "smeshield.accounts.passkey"


def passkey_public_id(authenticator: Authenticator) -> UUID:
    digest = salted_hmac(_PASSKEY_ID_SALT, str(authenticator.pk)).digest()
    return UUID(bytes=digest[:16], version=4)


@dataclass(frozen=True, slots=True)
class Passkey:
    """One of a person's passkeys, as their passkeys page lists it."""

    public_id: UUID
    name: str
    created_at: datetime
    last_used_at: datetime | None


def _passkeys_query(user_id: object) -> list[Authenticator]:
    return list(
        Authenticator.objects.filter(user_id=user_id, type=Authenticator.Type.WEBAUTHN).order_by(
            "created_at", "pk"
        )
    )


def passkeys_of(*, user: User) -> list[Passkey]:
    """The person's passkeys, oldest first (one query, however many they have)."""
    return [
        Passkey(
            public_id=passkey_public_id(authenticator),
            name=authenticator.wrap().name,
            created_at=authenticator.created_at,
            last_used_at=authenticator.last_used_at,
        )
        for authenticator in _passkeys_query(user.pk)
    ]


def passkey_of(*, user_id: object, passkey_id: object) -> Authenticator | None:
    """The person's passkey with this UUID, or None (someone else's answers None too)."""
    if not isinstance(passkey_id, UUID):
        return None
    for authenticator in _passkeys_query(user_id):
        if passkey_public_id(authenticator) == passkey_id:
            return authenticator
    return None
