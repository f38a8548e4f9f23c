"""The audit trail: append-only, hash-chained entries (SECURITY.md S22).

Entries refer to people and businesses by id, not by foreign key, so that an
audit entry outlives what it describes and nothing cascades into it. The
database refuses UPDATE and DELETE on entries (see the migration's triggers).
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone

from smeshield.domain.audit.chain import GENESIS_HASH, ChainEntry


class AuditAction(models.TextChoices):
    """Every action the trail may record. Adding one here needs no migration: the column
    has no ``choices``; ``audit_record`` refuses any code not listed (ADR 0025)."""

    SIGNED_IN = "signed_in"
    SIGNED_OUT = "signed_out"
    SIGN_IN_CODE_REJECTED = "sign_in_code_rejected"
    SESSION_EXPIRED = "session_expired"
    MFA_ENROLLED = "mfa_enrolled"
    MFA_VERIFIED = "mfa_verified"
    MFA_REJECTED = "mfa_rejected"
    MFA_RENAMED = "mfa_renamed"
    MFA_REMOVED = "mfa_removed"
    RECOVERY_CODE_USED = "recovery_code_used"
    RECOVERY_CODES_REPLACED = "recovery_codes_replaced"
    BUSINESS_DATA_VIEWED = "business_data_viewed"
    BUSINESS_CREATED = "business_created"
    BUSINESS_UPDATED = "business_updated"
    CONSENT_GRANTED = "consent_granted"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    API_TOKEN_CREATED = "api_token_created"  # noqa: S105 - an event name
    API_TOKEN_REVOKED = "api_token_revoked"  # noqa: S105 - an event name
    API_ACCESS = "api_access"
    SHARE_LINK_CREATED = "share_link_created"
    CERTIFICATE_RECORDED = "certificate_recorded"
    SHARE_LINK_REVOKED = "share_link_revoked"
    SHARE_LINK_VIEWED = "share_link_viewed"
    INCIDENT_SHARED = "incident_shared"
    ALERT_PUBLISHED = "alert_published"
    PRODUCT_ALIAS_ADDED = "product_alias_added"
    INSIGHTS_QUERY = "insights_query"
    MENTOR_VETTED = "mentor_vetted"
    MENTOR_REGISTERED = "mentor_registered"
    HELP_REQUESTED = "help_requested"
    MENTORS_MATCHED = "mentors_matched"
    MENTORSHIP_ENDED = "mentorship_ended"
    MENTORING_SESSION_LOGGED = "mentoring_session_logged"
    MENTORING_SESSION_SIGNED_OFF = "mentoring_session_signed_off"
    LEARNING_SET_CREATED = "learning_set_created"
    LEARNING_SET_JOINED = "learning_set_joined"
    PROGRESS_SHARING_CHOSEN = "progress_sharing_chosen"
    MEETING_SCHEDULED = "meeting_scheduled"
    MEETING_NOTE_SAVED = "meeting_note_saved"
    DIRECTORY_LOADED = "directory_loaded"
    ROLE_CHANGED = "role_changed"
    USER_DISABLED = "user_disabled"


class AppendOnlyQuerySet(models.QuerySet["AuditEntry"]):
    def update(self, **kwargs: Any) -> int:
        raise PermissionError("audit entries are append-only")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise PermissionError("audit entries are append-only")


class AuditEntry(models.Model):
    """One security event or one read of a business's data by a non-member."""

    sequence = models.BigIntegerField(unique=True)
    at = models.DateTimeField(default=timezone.now, db_index=True)
    # No ``choices``: a new action is a code change only. ``audit_record`` checks the code
    # against ``AuditAction``; the database checks it is a lower-case code (ADR 0025).
    action = models.CharField(max_length=40)
    actor_id = models.UUIDField(null=True, blank=True, db_index=True)
    actor_email = models.CharField(max_length=254, blank=True)
    actor_role = models.CharField(max_length=20, blank=True)
    business_id = models.UUIDField(null=True, blank=True, db_index=True)
    target = models.CharField(max_length=200, blank=True)
    reason = models.CharField(max_length=500, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    data = models.JSONField(default=dict, blank=True)
    previous_hash = models.CharField(max_length=64)
    entry_hash = models.CharField(max_length=64)

    objects: ClassVar[models.Manager[AuditEntry]] = AppendOnlyQuerySet.as_manager()

    class Meta:
        ordering = ("sequence",)
        verbose_name_plural = "audit entries"
        constraints = [
            models.CheckConstraint(
                condition=(
                    ~models.Q(action="")
                    & models.Q(action=Lower("action"))
                    & ~models.Q(action__contains=" ")
                ),
                name="audit_action_is_a_code",
            )
        ]

    def __str__(self) -> str:
        return f"#{self.sequence} {self.action}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise PermissionError("audit entries are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise PermissionError("audit entries are append-only")

    def action_label(self) -> str:
        """The action's name for people; an action no longer listed shows its code."""
        try:
            return str(AuditAction(self.action).label)
        except ValueError:
            return self.action

    def chain_content(self) -> dict[str, object]:
        """The fields the hash covers, in a stable, JSON-ready form."""
        return {
            "at": self.at.isoformat(),
            "action": self.action,
            "actor_id": str(self.actor_id) if self.actor_id else None,
            "actor_email": self.actor_email,
            "actor_role": self.actor_role,
            "business_id": str(self.business_id) if self.business_id else None,
            "target": self.target,
            "reason": self.reason,
            "ip_address": self.ip_address,
            "data": self.data,
        }

    def to_chain_entry(self) -> ChainEntry:
        return ChainEntry(
            sequence=self.sequence,
            content=self.chain_content(),
            previous_hash=self.previous_hash,
            entry_hash=self.entry_hash,
        )


class AuditHead(models.Model):
    """The newest entry's sequence and hash, kept apart from the entries.

    A single row, locked while an entry is appended, so entries are numbered
    without gaps even when many processes write at once.
    """

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    sequence = models.BigIntegerField(default=0)
    entry_hash = models.CharField(max_length=64, default=GENESIS_HASH)
    # HMAC of (sequence, entry_hash) under settings.AUDIT_KEY: a recomputed chain shows.
    mac = models.CharField(max_length=64, default="")

    def __str__(self) -> str:
        return f"audit head at #{self.sequence}"
