"""Business writes: registering, membership and consent. Each is one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import transaction

from smeshield.audit.models import AuditAction
from smeshield.audit.services import audit_record
from smeshield.businesses.models import (
    Business,
    ConsentRecord,
    ConsentWithdrawal,
    Membership,
    PartnerKind,
    PartnerMembership,
    PartnerOrganisation,
)
from smeshield.domain.organisations.size_bands import SizeBand
from smeshield.domain.roles import BusinessRole, ConsentScope, consent_statement
from smeshield.kernel.wording import render

if TYPE_CHECKING:
    from django.http import HttpRequest

    from smeshield.accounts.models import User
    from smeshield.geography.models import PostcodeDistrict


def consent_wording(scope: ConsentScope, partner: PartnerOrganisation | None = None) -> str:
    """The words a person agrees to, as shown to them now (kept with the consent as the
    record of what they agreed; pages show ``ConsentRecord.statement`` in the reader's
    language)."""
    return render(consent_statement(scope, partner.name if partner is not None else ""))


@dataclass(frozen=True)
class NewBusiness:
    name: str
    postcode: str
    district: PostcodeDistrict
    sector: str
    size_band: SizeBand
    share_statistics: bool
    sole_trader: bool = False


def business_register(
    *, owner: User, details: NewBusiness, request: HttpRequest | None = None
) -> Business:
    """Create a business with its first owner, and record the sharing choice made."""
    with transaction.atomic():
        business = Business.objects.create(
            name=details.name,
            postcode=details.postcode,
            district=details.district,
            sector=details.sector,
            size_band=details.size_band,
            sole_trader=details.sole_trader,
        )
        Membership.objects.create(business=business, user=owner, role=BusinessRole.OWNER)
        audit_record(
            action=AuditAction.BUSINESS_CREATED,
            actor=owner,
            business_id=business.pk,
            target=f"business:{business.pk}",
            request=request,
        )
        if details.share_statistics:
            consent_grant(
                business=business,
                scope=ConsentScope.ANONYMISED_STATISTICS,
                actor=owner,
                request=request,
            )
    return business


def consent_grant(
    *,
    business: Business,
    scope: ConsentScope,
    actor: User,
    partner: PartnerOrganisation | None = None,
    mentor: User | None = None,
    request: HttpRequest | None = None,
) -> ConsentRecord:
    """Record that the business agrees to share; an identical active consent is reused."""
    with transaction.atomic():
        existing: ConsentRecord | None = ConsentRecord.objects.filter(
            business=business, scope=scope, partner=partner, mentor=mentor, withdrawal__isnull=True
        ).first()
        if existing is not None:
            return existing
        consent: ConsentRecord = ConsentRecord.objects.create(
            business=business,
            scope=scope,
            partner=partner,
            mentor=mentor,
            granted_by=actor,
            wording=consent_wording(scope, partner),
        )
        audit_record(
            action=AuditAction.CONSENT_GRANTED,
            actor=actor,
            business_id=business.pk,
            target=f"consent:{consent.pk}",
            request=request,
            data={"scope": scope.value, "partner": str(partner.pk) if partner else None},
        )
    return consent


def consent_withdraw(
    *, consent: ConsentRecord, actor: User, request: HttpRequest | None = None
) -> ConsentWithdrawal:
    """Withdraw a consent in one step. Withdrawing twice returns the first withdrawal."""
    with transaction.atomic():
        existing: ConsentWithdrawal | None = ConsentWithdrawal.objects.filter(
            consent=consent
        ).first()
        if existing is not None:
            return existing
        withdrawal: ConsentWithdrawal = ConsentWithdrawal.objects.create(
            consent=consent, withdrawn_by=actor
        )
        audit_record(
            action=AuditAction.CONSENT_WITHDRAWN,
            actor=actor,
            business_id=consent.business_id,
            target=f"consent:{consent.pk}",
            request=request,
            data={"scope": consent.scope},
        )
    return withdrawal


def membership_add(*, business: Business, user: User, role: BusinessRole) -> Membership:
    membership, _ = Membership.objects.get_or_create(
        business=business, user=user, defaults={"role": role}
    )
    return membership


def partner_organisation_ensure(
    *, name: str, kind: PartnerKind, police_force_code: str = "", website: str = ""
) -> PartnerOrganisation:
    """Create the organisation, or return it unchanged when it exists (idempotent)."""
    organisation, _ = PartnerOrganisation.objects.get_or_create(
        name=name,
        defaults={"kind": kind, "police_force_code": police_force_code, "website": website},
    )
    return organisation


def partner_member_add(*, organisation: PartnerOrganisation, user: User) -> PartnerMembership:
    membership, _ = PartnerMembership.objects.get_or_create(organisation=organisation, user=user)
    return membership
