"""Incidents and near misses a business records; research records imported from VERIS."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from smeshield.kernel.encryption import EncryptedTextField


class HowFound(models.TextChoices):
    WE_NOTICED = "we-noticed", _("We noticed it ourselves")
    CUSTOMER = "customer", _("A customer or supplier told us")
    BANK = "bank", _("Our bank told us")
    IT_COMPANY = "it-company", _("Our IT company told us")
    ANTI_MALWARE = "anti-malware", _("Our anti-malware warned us")
    POLICE = "police", _("The police told us")
    ATTACKER = "attacker", _("The attacker told us, for example with a ransom note")
    OTHER = "other", _("Another way")


class Incident(models.Model):
    """Something that went wrong, or nearly did. The story, money and references are encrypted."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    business = models.ForeignKey(
        "businesses.Business", on_delete=models.CASCADE, related_name="incidents"
    )
    near_miss = models.BooleanField(default=False)
    types = models.JSONField(default=list, help_text="Playbook ids, e.g. ['payment-fraud'].")
    occurred_on = models.DateField()
    discovered_on = models.DateField(null=True, blank=True)
    how_found = models.CharField(max_length=20, choices=HowFound.choices)
    reported_police = models.BooleanField(default=False)
    reported_bank = models.BooleanField(default=False)
    reported_insurer = models.BooleanField(default=False)
    reported_ico = models.BooleanField(default=False)
    # JSON: summary, losses_gbp, days_disrupted, crime_reference.
    details = EncryptedTextField()
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-occurred_on", "-recorded_at")

    def __str__(self) -> str:
        return f"{'near miss' if self.near_miss else 'incident'} {self.id}"


class IncidentShare(models.Model):
    """The business agreed to send this record to a police partner. Every view is audited."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="shares")
    partner = models.ForeignKey(
        "businesses.PartnerOrganisation", on_delete=models.PROTECT, related_name="+"
    )
    consented_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    consented_at = models.DateTimeField(default=timezone.now)
    wording = models.TextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["incident", "partner"], name="one_share_per_partner")
        ]

    def __str__(self) -> str:
        return f"{self.incident_id} to {self.partner_id}"


class ResearchIncident(models.Model):
    """A VERIS record imported for research (for example from the VCDB), kept as given
    and as upgraded to 1.4.1."""

    incident_id = models.CharField(max_length=100, primary_key=True)
    original_schema_version = models.CharField(max_length=20, blank=True)
    original = models.JSONField()
    record = models.JSONField(help_text="The record upgraded to VERIS 1.4.1.")
    rules_applied = models.JSONField(default=list)
    source_file = models.CharField(max_length=255, blank=True)
    imported_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.incident_id
