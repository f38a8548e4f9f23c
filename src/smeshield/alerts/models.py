"""Advisories, what each business uses, deliveries (at most one per advisory and business),
feedback, email opt-outs, and the names admins have taught the product vocabulary."""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from smeshield.domain.products.vocabulary import normalise_name
from smeshield.kernel.encryption import EncryptedJSONField, EncryptedTextField, lookup_hash


class AdvisorySource(models.TextChoices):
    KEV = "kev", _("CISA Known Exploited Vulnerabilities")
    STIX = "stix", _("STIX threat intelligence")
    PARTNER = "partner", _("Police or Cyber Resilience Centre")


class AdvisorySeverity(models.TextChoices):
    CRITICAL = "critical", _("Act now")
    HIGH = "high", _("Important")


class Advisory(models.Model):
    """One warning, whatever its source. ``key`` is the CVE when there is one."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    key = models.CharField(max_length=120, unique=True)
    source = models.CharField(max_length=10, choices=AdvisorySource.choices)
    title = models.TextField()
    what = models.TextField()
    steps = models.JSONField(default=list)
    severity = models.CharField(max_length=10, choices=AdvisorySeverity.choices)
    known_ransomware = models.BooleanField(default=False)
    cve = models.CharField(max_length=30, blank=True, db_index=True)
    technical = models.TextField(blank=True)
    source_ref = models.CharField(max_length=120, blank=True)
    published_on = models.DateField()
    targeting = models.JSONField(default=dict)
    product_names = models.JSONField(default=dict)
    requirements = models.JSONField(default=list)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    organisation = models.ForeignKey(
        "businesses.PartnerOrganisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)
    matched_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-published_on", "key")
        verbose_name_plural = "advisories"

    def __str__(self) -> str:
        return self.key


def normalised_key(name: str) -> str:
    """The keyed hash of a name's normalised form: how rows of one name are found and
    grouped (the name itself is encrypted, ADR 0056)."""
    return lookup_hash(normalise_name(name)[:120])


class InventorySource(models.TextChoices):
    HEALTH_CHECK = "check", _("Health check")
    OWNER = "owner", _("What we use page")


class InventoryItem(models.Model):
    """One product a business told us it uses, and one identity it means. The identity
    index is the inverted index the fan-out queries (identity -> businesses). A name that
    means two identities (a Galaxy phone: Android and Samsung) has two rows; a name nothing
    recognised has one row with no identity, and ``suggestions`` when we can ask
    "Did you mean ...?".

    The name is the owner's words, so it is encrypted; ``name_hash`` (the name's keyed
    hash) keeps one row per name and identity and finds the rows of a name, and
    ``normalised_hash`` (the keyed hash of the normalised name) groups the ways of
    writing one name, for answers and admins' aliases (ADR 0056)."""

    id = models.BigAutoField(primary_key=True)
    business = models.ForeignKey(
        "businesses.Business", on_delete=models.CASCADE, related_name="inventory"
    )
    identity_id = models.CharField(max_length=255, blank=True, db_index=True)
    name_as_written = EncryptedTextField()
    name_hash = models.CharField(max_length=64)
    normalised_hash = models.CharField(max_length=64, db_index=True)
    source = models.CharField(
        max_length=10, choices=InventorySource.choices, default=InventorySource.HEALTH_CHECK
    )
    confidence = models.FloatField(default=1.0)
    suggestions = models.JSONField(default=list, blank=True)
    added_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["business", "name_hash", "identity_id"],
                name="one_item_per_name_and_identity",
            )
        ]
        ordering = ("added_at", "id")

    def __str__(self) -> str:
        return str(self.name_as_written)

    def save(self, *args: Any, **kwargs: Any) -> None:
        # ``bulk_create`` (the services) sets the hashes itself; a single save fills them.
        self.name_hash = lookup_hash(self.name_as_written)
        self.normalised_hash = normalised_key(self.name_as_written)
        super().save(*args, **kwargs)


class ProductAlias(models.Model):
    """A name people typed that an admin tied to a product identity."""

    normalised = models.CharField(max_length=120, unique=True)
    identity_id = models.CharField(max_length=255)
    example = models.CharField(max_length=120)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    added_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.example} -> {self.identity_id}"


class ProductAnswer(models.Model):
    """What a business said a name it typed means, when we asked "Did you mean ...?".
    An empty identity is "none of these": that name is never matched for them. The name is
    kept only as the keyed hash of its normalised form (ADR 0056)."""

    business = models.ForeignKey("businesses.Business", on_delete=models.CASCADE, related_name="+")
    normalised_hash = models.CharField(max_length=64)
    identity_id = models.CharField(max_length=255, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    answered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["business", "normalised_hash"], name="one_product_answer_per_name"
            )
        ]

    def __str__(self) -> str:
        return f"{self.normalised_hash[:8]} -> {self.identity_id or 'none'}"


class Feedback(models.TextChoices):
    DONE = "done", _("Done")
    NOT_RELEVANT = "not_relevant", _("Not relevant to us")
    NEED_HELP = "need_help", _("I need help")


class Delivery(models.Model):
    """An advisory reaching one business. The unique pair is the delivery key: a retried
    or doubled task cannot deliver twice. ``emailed_at`` is set once every recipient has
    been sent it (each recorded in ``DeliveryEmail`` first, so none is sent it twice)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    advisory = models.ForeignKey(Advisory, on_delete=models.CASCADE, related_name="deliveries")
    business = models.ForeignKey(
        "businesses.Business", on_delete=models.CASCADE, related_name="alert_deliveries"
    )
    # Why it reached them, as a code and parameters (``Reason.as_json``), shown in the
    # reader's language by smeshield.kernel.wording. Encrypted: it quotes the product's
    # name as the owner wrote it (ADR 0056).
    reason = EncryptedJSONField()
    identity_id = models.CharField(max_length=255, blank=True)
    delivered_at = models.DateTimeField(default=timezone.now)
    due_on = models.DateField()
    immediate = models.BooleanField(default=False)
    emailed_at = models.DateTimeField(null=True, blank=True)
    feedback = models.CharField(max_length=20, choices=Feedback.choices, blank=True)
    feedback_at = models.DateTimeField(null=True, blank=True)
    # Set when the business no longer uses what the alert is about ("no_longer_used").
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_reason = models.CharField(max_length=30, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["advisory", "business"], name="one_delivery_per_key")
        ]
        indexes = [models.Index(fields=["business", "-delivered_at"])]
        ordering = ("-delivered_at",)

    def __str__(self) -> str:
        return f"{self.advisory_id} to {self.business_id}"


class DeliveryEmail(models.Model):
    """One alert emailed to one person: recorded in the transaction that sends the message,
    committed once the mail server has taken it, so a task run again after a worker died
    sends what was not sent and nothing twice (ADR 0059)."""

    delivery = models.ForeignKey(Delivery, on_delete=models.CASCADE, related_name="emails")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["delivery", "user"], name="one_email_per_recipient")
        ]

    def __str__(self) -> str:
        return f"{self.delivery_id} to {self.user_id}"


class EmailOptOut(models.Model):
    """A person who asked for no alert emails about one business (one click)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    business = models.ForeignKey("businesses.Business", on_delete=models.CASCADE, related_name="+")
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "business"], name="one_opt_out_per_person")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} / {self.business_id}"
