"""Business reads, with related rows fetched once."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from django.db.models import QuerySet

from smeshield.businesses.models import Business, ConsentRecord, PartnerOrganisation
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
