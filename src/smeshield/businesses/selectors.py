"""Business reads, with related rows fetched once."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from django.db.models import QuerySet

from smeshield.businesses.models import (
    Business,
    ConsentRecord,
    Membership,
    PartnerKind,
    PartnerOrganisation,
)
from smeshield.domain.roles import ConsentScope

if TYPE_CHECKING:
    from smeshield.accounts.models import User


def businesses_of_member(*, user: User) -> QuerySet[Business]:
    """Active businesses the person belongs to."""
    return (
        Business.objects.filter(memberships__user=user, is_active=True)
        .select_related("district")
        .order_by("name")
    )


def active_members(*, business: Business) -> QuerySet[User]:
    """The people who can act for the business (owners and staff) whose accounts are active."""
    from smeshield.accounts.models import User

    return User.objects.filter(memberships__business=business, is_active=True)


def businesses_shared_with(*, user: User) -> QuerySet[Business]:
    """Active businesses with an active consent naming one of the person's organisations."""
    return (
        Business.objects.filter(
            is_active=True,
            consents__scope=ConsentScope.NAMED_PARTNER,
            consents__withdrawal__isnull=True,
            consents__partner__is_active=True,
            consents__partner__memberships__user=user,
        )
        .select_related("district")
        .distinct()
        .order_by("name")
    )


def consents_of(*, business: Business) -> QuerySet[ConsentRecord]:
    """Every consent the business ever gave, newest first, with withdrawals."""
    return (
        ConsentRecord.objects.filter(business=business)
        .select_related("partner", "granted_by", "withdrawal", "withdrawal__withdrawn_by")
        .order_by("-granted_at")
    )


def consent_of(*, business: Business, consent_id: UUID) -> ConsentRecord | None:
    return ConsentRecord.objects.filter(business=business, pk=consent_id).first()


def business_ids_consenting(*, scope: ConsentScope) -> QuerySet[Business]:
    """Businesses whose consent for this scope is active now (later releases read this)."""
    return Business.objects.filter(
        is_active=True, consents__scope=scope, consents__withdrawal__isnull=True
    ).distinct()


def partner_organisations_available() -> QuerySet[PartnerOrganisation]:
    return PartnerOrganisation.objects.filter(is_active=True).order_by("name")


# --- Reads the access policy decides on ------------------------------------------------------
def active_business(*, business_id: object) -> Business | None:
    """The active business with this id, with its district (None for anything else)."""
    if not isinstance(business_id, UUID):
        return None
    return (
        Business.objects.select_related("district").filter(pk=business_id, is_active=True).first()
    )


def membership_in_active_business(*, user_id: UUID, business_id: object) -> Membership | None:
    """The person's membership of an active business, with the business (one query)."""
    if not isinstance(business_id, UUID):
        return None
    return (
        Membership.objects.select_related("business__district")
        .filter(business_id=business_id, business__is_active=True, user_id=user_id)
        .first()
    )


def member_role(*, user_id: UUID, business: Business) -> str | None:
    """The active person's business role in the business, or None when not a member."""
    role: str | None = (
        business.memberships.filter(user_id=user_id, user__is_active=True)
        .values_list("role", flat=True)
        .first()
    )
    return role


def named_partner_consent_id(*, business: Business, user_id: UUID) -> UUID | None:
    """An active consent of the business naming one of the person's organisations."""
    consent: UUID | None = (
        ConsentRecord.objects.filter(
            business=business,
            scope=ConsentScope.NAMED_PARTNER,
            withdrawal__isnull=True,
            partner__is_active=True,
            partner__memberships__user_id=user_id,
        )
        .values_list("id", flat=True)
        .first()
    )
    return consent


def works_at_cyber_resilience_centre(*, user_id: UUID) -> bool:
    """True when the person belongs to an active Cyber Resilience Centre."""
    return PartnerOrganisation.objects.filter(
        kind=PartnerKind.CYBER_RESILIENCE_CENTRE, is_active=True, memberships__user_id=user_id
    ).exists()
