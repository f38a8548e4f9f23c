"""Health-check writes: starting an attempt, recording answers (exactly once), finishing,
action progress with barriers, and share links."""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from smeshield.audit.models import AuditAction
from smeshield.audit.services import audit_record
from smeshield.businesses.selectors import active_members
from smeshield.content import catalogues
from smeshield.domain.assessment.answers import Answer, parse_answer
from smeshield.domain.catalog.model import Barrier, Verdict
from smeshield.domain.planning.reminders import Due, ReminderKind, due_reminders
from smeshield.healthcheck import selectors
from smeshield.healthcheck.models import (
    ActionProgress,
    ActionStatus,
    AnswerSubmission,
    Assessment,
    Certificate,
    Reminder,
    ShareLink,
)
from smeshield.healthcheck.models import Answer as StoredAnswer
from smeshield.healthcheck.selectors import assessment_state
from smeshield.kernel import events
from smeshield.kernel.languages import in_language

if TYPE_CHECKING:
    from django.http import HttpRequest

    from smeshield.accounts.models import User
    from smeshield.businesses.models import Business


class HealthCheckError(Exception):
    """A health-check write that cannot be done; ``code`` says why."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@transaction.atomic
def assessment_start(*, business: Business, actor: User, today: date | None = None) -> Assessment:
    """Start a new attempt under the catalogue in force on its start date; it keeps that
    version to the end. Profile answers carry over from the last one, to check not retype."""
    previous = Assessment.objects.select_for_update().filter(business=business).first()
    number = (Assessment.objects.filter(business=business).aggregate(n=Max("number"))["n"] or 0) + 1
    catalogue = catalogues.current_catalogue(today or timezone.localdate())
    assessment = Assessment.objects.create(
        business=business, catalogue_version=catalogue.version, number=number, started_by=actor
    )
    if previous is not None:
        carried = [
            StoredAnswer(
                assessment=assessment,
                question_id=stored.question_id,
                value=stored.value,
                answered_by=stored.answered_by,
            )
            for stored in StoredAnswer.objects.filter(assessment=previous)
            if (question := catalogue.question(stored.question_id)) and question.is_profile
        ]
        StoredAnswer.objects.bulk_create(carried)
    return assessment


@dataclass(frozen=True)
class Recorded:
    answer: Answer
    replayed: bool  # the same submission was seen before; nothing changed


def _body_hash(question_id: str, answer: Answer) -> str:
    body = json.dumps([question_id, list(answer.choices), list(answer.other)])
    return hashlib.sha256(body.encode()).hexdigest()


def answer_record(
    *,
    assessment: Assessment,
    question_id: str,
    choices: list[str],
    other: list[str],
    idempotency_key: str,
    actor: User | None,
) -> Recorded:
    """Store one answer exactly once per idempotency key (SECURITY.md R1).

    The same key with the same answer changes nothing; the same key with a
    different answer is refused (``key_reused``), and the stored answer stands.
    """
    catalogue = catalogues.catalogue(assessment.catalogue_version)
    question = catalogue.question(question_id)
    if question is None:
        raise HealthCheckError("unknown_question", question_id)
    key = idempotency_key.strip()
    if not 8 <= len(key) <= 64:
        raise HealthCheckError("bad_key", "an idempotency key is 8 to 64 characters")
    answer = parse_answer(question, choices, other)  # raises InvalidAnswerError
    digest = _body_hash(question_id, answer)
    with transaction.atomic():
        # One writer per attempt at a time (so checking the key then inserting it is
        # safe), and never into a finished attempt.
        completed = (
            Assessment.objects.select_for_update()
            .filter(pk=assessment.pk)
            .values_list("completed_at", flat=True)
            .get()
        )
        if completed is not None:
            raise HealthCheckError("closed", "this attempt is finished; start a new one")
        seen = (
            AnswerSubmission.objects.filter(key=key)
            .values_list("body_hash", "assessment_id")
            .first()
        )
        if seen is not None:
            if seen != (digest, assessment.pk):
                raise HealthCheckError("key_reused", "this key was used for another answer")
            return Recorded(answer, replayed=True)
        AnswerSubmission.objects.create(
            key=key, assessment=assessment, question_id=question_id, body_hash=digest
        )
        StoredAnswer.objects.bulk_create(
            [
                StoredAnswer(
                    assessment=assessment,
                    question_id=question_id,
                    value=json.dumps(answer.as_json()),
                    answered_by=actor,
                    answered_at=timezone.now(),
                )
            ],
            update_conflicts=True,
            unique_fields=["assessment", "question_id"],
            update_fields=["value", "answered_by", "answered_at"],
        )
    return Recorded(answer, replayed=False)


@transaction.atomic
def assessment_complete(*, assessment: Assessment, actor: User) -> Assessment:
    """Finish an attempt once every question on its path is answered; keep a summary."""
    locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
    if locked.is_complete:
        return locked
    state = assessment_state(locked)
    if not state.path.complete(state.answers):
        raise HealthCheckError("unanswered", "some questions are not answered yet")
    verdicts = state.verdicts
    locked.completed_at = timezone.now()
    locked.requirements_met = verdicts.count(Verdict.MET)
    locked.requirements_applicable = len(verdicts.items)
    locked.ready_for_cyber_essentials = verdicts.ready_for_cyber_essentials
    locked.risk_level = verdicts.risk.level.value
    locked.save()
    # What the business uses may have changed: once saved, alerts refreshes its inventory
    # and sends the alerts that matter (it listens in AlertsConfig.ready()).
    events.publish(
        events.HEALTH_CHECK_FINISHED,
        business_id=str(locked.business_id),
        assessment_id=str(locked.pk),
    )
    return locked


@transaction.atomic
def action_status_set(
    *,
    business: Business,
    action_id: str,
    status: ActionStatus,
    actor: User,
    barrier: Barrier | None = None,
    note: str = "",
) -> ActionProgress:
    """Record where the business is with one action. Stuck needs a reason (barrier data)."""
    known = {action.id for c in catalogues.all_catalogues() for action in c.actions}
    if action_id not in known:
        raise HealthCheckError("unknown_action", action_id)
    if status == ActionStatus.STUCK and barrier is None:
        raise HealthCheckError("barrier_needed", "say what is stopping you")
    progress, _ = ActionProgress.objects.update_or_create(
        business=business,
        action_id=action_id,
        defaults={
            "status": status,
            "barrier": barrier.value if barrier and status == ActionStatus.STUCK else "",
            "note": note.strip()[:1000],
            "updated_by": actor,
            "updated_at": timezone.now(),
        },
    )
    return progress


SHARE_LINK_DAYS = (7, 30, 90)


def share_token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def share_link_create(
    *,
    business: Business,
    assessment: Assessment,
    label: str,
    days: int,
    actor: User,
    request: HttpRequest | None = None,
) -> tuple[ShareLink, str]:
    """A link showing only the readiness summary and its date. The token is shown once."""
    if not assessment.is_complete or assessment.business_id != business.pk:
        raise HealthCheckError("not_finished", "finish the health check before sharing it")
    if days not in SHARE_LINK_DAYS:
        raise HealthCheckError("bad_expiry", f"choose {', '.join(map(str, SHARE_LINK_DAYS))} days")
    token = secrets.token_urlsafe(32)
    link = ShareLink.objects.create(
        business=business,
        assessment=assessment,
        token_hash=share_token_digest(token),
        label=label.strip()[:100],
        created_by=actor,
        expires_at=timezone.now() + timedelta(days=days),
    )
    audit_record(
        action=AuditAction.SHARE_LINK_CREATED,
        actor=actor,
        business_id=business.pk,
        target=f"share_link:{link.pk}",
        request=request,
        data={"days": days},
    )
    return link, token


@transaction.atomic
def share_link_revoke(*, link: ShareLink, actor: User, request: HttpRequest | None = None) -> None:
    if link.revoked_at is None:
        ShareLink.objects.filter(pk=link.pk).update(revoked_at=timezone.now())
        audit_record(
            action=AuditAction.SHARE_LINK_REVOKED,
            actor=actor,
            business_id=link.business_id,
            target=f"share_link:{link.pk}",
            request=request,
        )


@transaction.atomic
def share_link_open(*, token: str, request: HttpRequest) -> ShareLink | None:
    """The live link for a token, auditing the view; None if dead or unknown.

    The audit entry is the only write: the business's count of views is read from it.
    """
    if not 20 <= len(token) <= 100:
        return None
    link = (
        ShareLink.objects.select_related("business", "assessment")
        .filter(token_hash=share_token_digest(token))
        .first()
    )
    if link is None or not link.is_live() or not link.business.is_active:
        return None
    audit_record(
        action=AuditAction.SHARE_LINK_VIEWED,
        business_id=link.business_id,
        target=selectors.share_link_target(link.pk),
        # Not the label: it is the owner's words, encrypted, and the audit trail is not.
        reason="shared by the business",
        request=request,
    )
    return link


# --- Certificates and reminders ---------------------------------------------------------------


@transaction.atomic
@transaction.atomic
def certificate_record(
    *,
    business: Business,
    expires_on: date,
    actor: User | None,
    request: HttpRequest | None = None,
) -> Certificate:
    """Keep the expiry date of the business's Cyber Essentials certificate (one a year)."""
    certificate = Certificate.objects.create(
        business=business, expires_on=expires_on, recorded_by=actor
    )
    audit_record(
        action=AuditAction.CERTIFICATE_RECORDED,
        actor=actor,
        business_id=business.pk,
        target=f"certificate:{certificate.pk}",
        data={"expires_on": expires_on.isoformat()},
        request=request,
    )
    return certificate


def reminder_text(kind: str, params: dict[str, str]) -> str:
    """The reminder in plain words (rendered when shown, in the reader's language)."""
    if kind == ReminderKind.RECHECK:
        return _(
            "It is nearly a year since your last health check. "
            "Take it again to see what has changed."
        )
    if kind == ReminderKind.CERTIFICATE:
        return _(
            "Your Cyber Essentials certificate ends on %(date)s. "
            "Take the health check to get ready to renew."
        ) % {"date": f"{date.fromisoformat(params['expires']):%-d %B %Y}"}
    action = next(
        (a for c in catalogues.all_catalogues() for a in c.actions if a.id == params.get("action")),
        None,
    )
    title = _(action.title) if action else params.get("action", "")
    return _(
        "Two weeks ago you said you would do this: %(title)s. Is it done, or are you stuck?"
    ) % {"title": title}


def _due_for(business: Business, today: date) -> list[Due]:
    last = (
        Assessment.objects.filter(business=business, completed_at__isnull=False)
        .order_by("-completed_at")
        .values_list("completed_at", flat=True)
        .first()
    )
    certificate = (
        Certificate.objects.filter(business=business).values_list("expires_on", flat=True).first()
    )
    commitments = [
        (action_id, timezone.localdate(updated))
        for action_id, updated in ActionProgress.objects.filter(
            business=business, status=ActionStatus.DOING
        ).values_list("action_id", "updated_at")
    ]
    return due_reminders(
        today=today,
        last_check=timezone.localdate(last) if last else None,
        certificate_expires=certificate,
        commitments=commitments,
    )


def _link(business: Business, due: Due) -> str:
    if due.kind == ReminderKind.COMMITMENT:
        return f"/businesses/{business.pk}/health-check/plan/{due.params['action']}/"
    return f"/businesses/{business.pk}/health-check/"


def reminders_send(*, today: date | None = None) -> int:
    """Send every reminder due today, each once per period (safe to run again at once)."""
    from smeshield.businesses.models import Business as BusinessModel

    day = today or timezone.localdate()
    sent = 0
    for business in BusinessModel.objects.filter(is_active=True).iterator(chunk_size=500):
        for due in _due_for(business, day):
            try:
                with transaction.atomic():
                    Reminder.objects.create(
                        business=business, kind=due.kind, period=due.period, params=due.params
                    )
            except IntegrityError:
                continue  # already sent for this period
            link = f"{settings.SITE_URL}{_link(business, due)}"
            by_language: dict[str, list[str]] = {}
            for email, language in active_members(business=business).values_list(
                "email", "language"
            ):
                by_language.setdefault(language, []).append(email)
            for language, recipients in sorted(by_language.items()):
                with in_language(language):
                    text = reminder_text(due.kind, due.params)
                send_mail(
                    subject=text[:120],
                    message=f"{text}\n\n{link}\n",
                    from_email=None,
                    recipient_list=recipients,
                )
            sent += 1
    return sent
