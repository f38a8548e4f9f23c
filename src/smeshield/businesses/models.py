"""Businesses, partner organisations, who belongs to them, and what businesses share."""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from smeshield.domain.organisations.sectors import SECTORS
from smeshield.domain.organisations.size_bands import SME_BANDS
from smeshield.domain.reasons import Reason
from smeshield.domain.roles import BusinessRole, ConsentScope, consent_statement


class Business(models.Model):
    """A small business, sole trader or small charity using SME Shield."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(_("business name"), max_length=120)
    postcode = models.CharField(_("postcode"), max_length=8)
    district = models.ForeignKey(
        "geography.PostcodeDistrict", on_delete=models.PROTECT, related_name="businesses"
    )
    sector = models.CharField(
        _("sector"), max_length=1, choices=[(s.code, _(s.name)) for s in SECTORS]
    )
    size_band = models.CharField(
        _("size"), max_length=10, choices=[(b.value, _(b.label)) for b in SME_BANDS]
    )
    sole_trader = models.BooleanField(_("just one person"), default=False)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Membership", related_name="businesses"
    )

    class Meta:
        verbose_name_plural = "businesses"
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    """A person's place in a business: owner or staff."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    business = models.ForeignKey(Business, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(
        max_length=10,
        choices=[(r.value, r.value) for r in BusinessRole],
        default=BusinessRole.OWNER,
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["business", "user"], name="one_membership_per_person")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} in {self.business_id} as {self.role}"


class PartnerKind(models.TextChoices):
    POLICE_FORCE = "police_force", _("Police force")
    CYBER_RESILIENCE_CENTRE = "cyber_resilience_centre", _("Cyber Resilience Centre")
    UNIVERSITY = "university", _("University")
    BANK = "bank", _("Bank")
    CHAMBER = "chamber", _("Chamber of commerce or business group")
    BUYER = "buyer", _("Buyer company")


class PartnerOrganisation(models.Model):
    """An organisation that supports businesses: police, CRC, university, bank, chamber, buyer."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(max_length=150, unique=True)
    kind = models.CharField(max_length=30, choices=PartnerKind.choices)
    police_force_code = models.CharField(
        max_length=9, blank=True, help_text="For police forces: the police force area code."
    )
    website = models.URLField(blank=True)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)

    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="PartnerMembership", related_name="partner_organisations"
    )

    class Meta:
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name


class PartnerMembership(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organisation = models.ForeignKey(
        PartnerOrganisation, on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="partner_memberships"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user"], name="one_partner_membership_per_person"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} in {self.organisation_id}"


class InsertOnlyQuerySet(models.QuerySet[Any]):
    """Consent history is evidence: rows are added, never changed or removed."""

    def update(self, **kwargs: Any) -> int:
        raise PermissionError("consent records are append-only")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise PermissionError("consent records are append-only")


class InsertOnlyModel(models.Model):
    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise PermissionError("consent records are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise PermissionError("consent records are append-only")


class ConsentRecord(InsertOnlyModel):
    """A business agreed to share something: who agreed, what scope, with whom, when."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    business = models.ForeignKey(Business, on_delete=models.PROTECT, related_name="consents")
    scope = models.CharField(max_length=30, choices=[(s.value, s.value) for s in ConsentScope])
    partner = models.ForeignKey(
        PartnerOrganisation, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    granted_at = models.DateTimeField(default=timezone.now)
    wording = models.TextField(help_text="The words the person agreed to, as shown.")

    objects: ClassVar[models.Manager[ConsentRecord]] = InsertOnlyQuerySet.as_manager()

    class Meta:
        ordering = ("-granted_at",)
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(
                        scope=ConsentScope.NAMED_PARTNER, partner__isnull=False, mentor__isnull=True
                    )
                    | models.Q(
                        scope=ConsentScope.MENTOR, mentor__isnull=False, partner__isnull=True
                    )
                    | models.Q(
                        scope=ConsentScope.ANONYMISED_STATISTICS,
                        partner__isnull=True,
                        mentor__isnull=True,
                    )
                ),
                name="consent_names_exactly_whom_its_scope_needs",
            )
        ]

    def __str__(self) -> str:
        return f"{self.business_id} {self.scope}"

    @property
    def statement(self) -> Reason:
        """What was agreed, as a code: shown in the reader's language (``wording`` keeps the
        exact words the person saw, as the record)."""
        partner = self.partner.name if self.partner is not None else ""
        return consent_statement(ConsentScope(self.scope), partner)


class ConsentWithdrawal(InsertOnlyModel):
    """A consent was withdrawn: by whom and when. At most one per consent record."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    consent = models.OneToOneField(
        ConsentRecord, on_delete=models.PROTECT, related_name="withdrawal"
    )
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    withdrawn_at = models.DateTimeField(default=timezone.now)

    objects: ClassVar[models.Manager[ConsentWithdrawal]] = InsertOnlyQuerySet.as_manager()

    def __str__(self) -> str:
        return f"withdrawal of {self.consent_id}"
