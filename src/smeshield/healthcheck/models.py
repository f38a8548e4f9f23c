"""Health-check attempts, the answers given, what happens to each action, and share links.

Verdicts and the plan are never stored: they are worked out from the stored answers
each time, so nothing can get out of step and a crash loses nothing.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from smeshield.domain.catalog.model import Barrier
from smeshield.kernel.encryption import EncryptedTextField


class Assessment(models.Model):
    """One go at the health check. Each attempt is kept, so progress shows over time."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    business = models.ForeignKey(
        "businesses.Business", on_delete=models.CASCADE, related_name="assessments"
    )
    catalogue_version = models.CharField(max_length=20)
    number = models.PositiveIntegerField(help_text="1 for the first attempt, 2 for the next...")
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    started_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)
    # Summary kept when the attempt is completed, for trends and statistics.
    requirements_met = models.PositiveIntegerField(null=True, blank=True)
    requirements_applicable = models.PositiveIntegerField(null=True, blank=True)
    ready_for_cyber_essentials = models.BooleanField(null=True, blank=True)
    risk_level = models.CharField(max_length=10, blank=True)

    class Meta:
        ordering = ("-number",)
        constraints = [
            models.UniqueConstraint(fields=["business", "number"], name="one_number_per_attempt")
        ]

    def __str__(self) -> str:
        return f"attempt {self.number} for {self.business_id}"

    @property
    def is_complete(self) -> bool:
        return self.completed_at is not None


class Answer(models.Model):
    """The current answer to one question in one attempt. Encrypted: it can reveal weaknesses."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="answers")
    question_id = models.CharField(max_length=64)
    value = EncryptedTextField(help_text="JSON: the options chosen and any lines typed.")
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    answered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "question_id"], name="one_answer_per_question"
            )
        ]

    def __str__(self) -> str:
        return f"{self.question_id} in {self.assessment_id}"


class AnswerSubmission(models.Model):
    """Each answer sent, once: the idempotency key makes a double submit or a retry harmless."""

    key = models.CharField(max_length=64, primary_key=True)
    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="submissions")
    question_id = models.CharField(max_length=64)
    body_hash = models.CharField(max_length=64)
    received_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.key


class ActionStatus(models.TextChoices):
    TO_DO = "to_do", _("To do")
    DOING = "doing", _("I'll do it")
    DONE = "done", _("Done")
    NOT_FOR_US = "not_for_us", _("Not for us")
    STUCK = "stuck", _("Stuck")


class ActionProgress(models.Model):
    """Where a business is with one action, and what stops it when stuck (barrier data)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    business = models.ForeignKey(
        "businesses.Business", on_delete=models.CASCADE, related_name="action_progress"
    )
    action_id = models.CharField(max_length=64)
    status = models.CharField(
        max_length=12, choices=ActionStatus.choices, default=ActionStatus.TO_DO
    )
    barrier = models.CharField(
        max_length=12, blank=True, choices=[(b.value, b.value) for b in Barrier]
    )
    note = EncryptedTextField(blank=True, default="")
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["business", "action_id"], name="one_status_per_action")
        ]

    def __str__(self) -> str:
        return f"{self.action_id}: {self.status}"


class ShareLink(models.Model):
    """A link a business sends to a customer or insurer: readiness summary only."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    business = models.ForeignKey(
        "businesses.Business", on_delete=models.CASCADE, related_name="share_links"
    )
    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="+")
    token_hash = models.CharField(max_length=64, unique=True)
    label = EncryptedTextField(help_text="Who it is for, e.g. 'Insurer' (encrypted).")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return str(self.label)

    def is_live(self, now: object = None) -> bool:
        moment = now or timezone.now()
        return self.revoked_at is None and self.expires_at > moment  # type: ignore[operator]


class Certificate(models.Model):
    """A Cyber Essentials certificate the business told us about, for the renewal reminder."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    business = models.ForeignKey(
        "businesses.Business", on_delete=models.CASCADE, related_name="certificates"
    )
    expires_on = models.DateField()
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-expires_on",)

    def __str__(self) -> str:
        return f"certificate until {self.expires_on}"


class Reminder(models.Model):
    """A reminder sent (email, and shown on the health-check page), once per period."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    business = models.ForeignKey(
        "businesses.Business", on_delete=models.CASCADE, related_name="reminders"
    )
    kind = models.CharField(max_length=20)
    period = models.CharField(max_length=100)
    params = models.JSONField(default=dict)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-sent_at",)
        constraints = [
            models.UniqueConstraint(
                fields=["business", "kind", "period"], name="one_reminder_per_period"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.period}"
