"""People who help: the support directory, vetted mentors and their mentoring, action
learning sets and their meetings, and the notifications that go with them."""

from __future__ import annotations

import uuid
from datetime import date
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from smeshield.businesses.models import InsertOnlyModel, InsertOnlyQuerySet
from smeshield.kernel.encryption import EncryptedJSONField, EncryptedTextField
from smeshield.kernel.wording import render_stored


class OrganisationKind(models.TextChoices):
    CRC = "crc", _("Cyber Resilience Centre")
    POLICE = "police", _("Police cyber protect team")
    REPORTING = "reporting", _("Reporting service")
    NATIONAL = "national", _("National guidance")
    CHAMBER = "chamber", _("Chamber of commerce or business group")
    CERTIFICATION = "certification", _("Cyber Essentials certification")
    STUDENTS = "students", _("University students")
    BANK = "bank", _("Bank or finance industry programme")


class Cost(models.TextChoices):
    FREE = "free", _("Free")
    PAID = "paid", _("Paid")
    BOTH = "both", _("Free and paid options")


class SupportOrganisation(models.Model):
    """One entry in the directory of trusted support. Admins keep it up to date."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(max_length=150, unique=True)
    kind = models.CharField(max_length=20, choices=OrganisationKind.choices)
    services = models.TextField(help_text="What they offer, in plain words.")
    cost = models.CharField(max_length=10, choices=Cost.choices)
    languages = models.JSONField(default=list)
    national = models.BooleanField(default=False, help_text="Serves the whole UK.")
    regions = models.JSONField(default=list, blank=True)
    police_force_areas = models.JSONField(default=list, blank=True)
    needs = models.JSONField(
        default=list,
        blank=True,
        help_text="What they help with: plan action ids, barriers and incident types.",
    )
    website = models.URLField()
    verified_by = models.CharField(max_length=150)
    verified_on = models.DateField()
    review_by = models.DateField()
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name

    def overdue(self, today: date | None = None) -> bool:
        return self.review_by < (today or timezone.localdate())


class MentorKind(models.TextChoices):
    STUDENT = "student", _("Student")
    VOLUNTEER = "volunteer", _("Volunteer")


class CheckKind(models.TextChoices):
    REFERENCE = "reference", _("Reference")
    DBS = "dbs", _("DBS check")


class MentorProfile(models.Model):
    """A student or volunteer mentor: what they know, where and how they help, and their
    vetting. Nobody is matched unless every check is done and in date."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentor_profile"
    )
    kind = models.CharField(max_length=10, choices=MentorKind.choices)
    skills = models.JSONField(default=list, help_text="Health-check area ids.")
    languages = models.JSONField(default=list)
    area = models.CharField(max_length=100, help_text="Police force area for meeting in person.")
    remote = models.BooleanField(default=True)
    capacity = models.PositiveSmallIntegerField(default=2)
    availability = models.CharField(max_length=200, blank=True)
    identity_checked_on = models.DateField(null=True, blank=True)
    identity_checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    check_kind = models.CharField(max_length=10, choices=CheckKind.choices, blank=True)
    check_done_on = models.DateField(null=True, blank=True)
    supervisor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="supervised_mentors",
    )
    code_accepted_on = models.DateField(null=True, blank=True)
    vetting_expires_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return str(self.user)

    def missing_checks(self, today: date | None = None) -> list[str]:
        """What stops this mentor being matched (empty when they can be)."""
        day = today or timezone.localdate()
        missing = []
        if not self.identity_checked_on:
            missing.append(str(_("identity check")))
        if not (self.check_kind and self.check_done_on):
            missing.append(str(_("reference or DBS check")))
        if not self.supervisor_id:
            missing.append(str(_("named supervisor")))
        if not self.code_accepted_on:
            missing.append(str(_("code of conduct accepted")))
        if not self.vetting_expires_on or self.vetting_expires_on < day:
            missing.append(str(_("vetting in date")))
        return missing

    def vetted(self, today: date | None = None) -> bool:
        return not self.missing_checks(today)


class RequestStatus(models.TextChoices):
    OPEN = "open", _("Waiting for a mentor")
    MATCHED = "matched", _("Matched")
    CLOSED = "closed", _("Closed")


class HelpRequest(models.Model):
    """A business asks for a mentor's help with specific plan actions."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    business = models.ForeignKey(
        "businesses.Business", on_delete=models.CASCADE, related_name="help_requests"
    )
    action_ids = models.JSONField(default=list)
    needs = models.JSONField(default=list, help_text="Area ids of those actions.")
    language = models.CharField(max_length=40, blank=True)
    remote_ok = models.BooleanField(default=True)
    status = models.CharField(max_length=10, choices=RequestStatus.choices, default="open")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-created_at",)
        constraints = [
            # Two people asking at the same moment cannot both open a request (ADR 0026).
            models.UniqueConstraint(
                fields=["business"],
                condition=models.Q(status="open"),
                name="one_open_help_request_per_business",
            )
        ]

    def __str__(self) -> str:
        return f"{self.business_id} {self.status}"


class MentorshipStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed: waiting for the business to agree")
    ACTIVE = "active", _("Active")
    ENDED = "ended", _("Ended")


class Mentorship(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    request = models.OneToOneField(HelpRequest, on_delete=models.CASCADE, related_name="mentorship")
    business = models.ForeignKey(
        "businesses.Business", on_delete=models.CASCADE, related_name="mentorships"
    )
    mentor = models.ForeignKey(MentorProfile, on_delete=models.PROTECT, related_name="mentorships")
    status = models.CharField(max_length=10, choices=MentorshipStatus.choices, default="proposed")
    fit = models.PositiveIntegerField()
    reasons = models.JSONField(default=list)
    matched_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    end_reason = EncryptedTextField(blank=True)

    class Meta:
        ordering = ("-matched_at",)

    def __str__(self) -> str:
        return f"{self.mentor_id} with {self.business_id}"


class MentoringSession(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    mentorship = models.ForeignKey(Mentorship, on_delete=models.CASCADE, related_name="sessions")
    held_on = models.DateField()
    topic = EncryptedTextField()
    action_ids = models.JSONField(default=list)
    hours = models.DecimalField(max_digits=4, decimal_places=1)
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    logged_at = models.DateTimeField(default=timezone.now)
    signed_off_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    signed_off_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-held_on",)

    def __str__(self) -> str:
        return f"{self.held_on} {self.topic}"


class LearningSet(models.Model):
    """An action learning set: 4 to 8 businesses learning from each other."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(max_length=120)
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="learning_sets"
    )
    sector = models.CharField(max_length=1, blank=True)
    area = models.CharField(max_length=100, blank=True, help_text="Police force area, if any.")
    join_code = models.CharField(max_length=12, unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.name


class SetMember(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    learning_set = models.ForeignKey(LearningSet, on_delete=models.CASCADE, related_name="members")
    business = models.ForeignKey(
        "businesses.Business", on_delete=models.CASCADE, related_name="set_memberships"
    )
    display_name = EncryptedTextField(help_text="The name the set sees (encrypted).")
    share_progress = models.BooleanField(default=False)
    joined_at = models.DateTimeField(default=timezone.now)
    left_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["learning_set", "business"], name="one_seat_per_business"
            )
        ]
        # Names are encrypted, so the database cannot sort by them: pages sort in Python.
        ordering = ("joined_at", "id")

    def __str__(self) -> str:
        return str(self.display_name)


class ProgressSharingConsent(InsertOnlyModel):
    """The owner's choice whether the set sees how the business's results change.

    Append-only like the businesses' consent records: each choice (at joining, then each
    change) is a new row with who chose, when and the words shown; the newest row is the
    standing choice, and ``SetMember.share_progress`` mirrors it for reading.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    member = models.ForeignKey(SetMember, on_delete=models.PROTECT, related_name="sharing_consents")
    business = models.ForeignKey("businesses.Business", on_delete=models.PROTECT, related_name="+")
    shared = models.BooleanField()
    chosen_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    chosen_at = models.DateTimeField(default=timezone.now)
    wording = models.TextField(help_text="The words the person agreed to, as shown.")

    objects: ClassVar[models.Manager[ProgressSharingConsent]] = InsertOnlyQuerySet.as_manager()

    class Meta:
        ordering = ("-chosen_at",)

    def __str__(self) -> str:
        return f"{self.member_id} shared={self.shared}"


class SetMeeting(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    learning_set = models.ForeignKey(LearningSet, on_delete=models.CASCADE, related_name="meetings")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    place = models.CharField(max_length=150)

    class Meta:
        ordering = ("starts_at",)

    def __str__(self) -> str:
        return f"{self.learning_set_id} {self.starts_at:%Y-%m-%d %H:%M}"


class MeetingNote(models.Model):
    """One member at one meeting: their issue, what they commit to, how last time went."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    meeting = models.ForeignKey(SetMeeting, on_delete=models.CASCADE, related_name="notes")
    member = models.ForeignKey(SetMember, on_delete=models.CASCADE, related_name="notes")
    issue = EncryptedTextField(blank=True)
    commitments = EncryptedJSONField(default=list)
    review = models.CharField(max_length=20, blank=True, help_text="done, partly or not yet")
    review_note = EncryptedTextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["meeting", "member"], name="one_note_per_member")
        ]

    def __str__(self) -> str:
        return f"{self.meeting_id} {self.member_id}"


class Notification(models.Model):
    """In-app notice (and email). ``key`` makes sending idempotent."""

    id = models.BigAutoField(primary_key=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    key = models.CharField(max_length=200, unique=True)
    # What to say, as a code and parameters (``Reason.as_json``), worded when shown.
    message = models.JSONField()
    # The page it points to, by URL name and arguments (never a built link).
    url_name = models.CharField(max_length=100, blank=True)
    url_kwargs = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    emailed_at = models.DateTimeField(null=True, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return self.key

    @property
    def text(self) -> str:
        """The notice in words, in the active language."""
        return render_stored(self.message)

    @property
    def link(self) -> str:
        return reverse(self.url_name, kwargs=self.url_kwargs) if self.url_name else ""
