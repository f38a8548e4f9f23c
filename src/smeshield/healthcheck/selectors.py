"""Health-check reads: an attempt with its answers, and everything worked out from them."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from uuid import UUID

from django.db.models import QuerySet

from smeshield.audit.models import AuditAction
from smeshield.audit.selectors import entry_counts
from smeshield.businesses.models import Business
from smeshield.content import catalogues, products
from smeshield.domain.assessment.answers import Answer, profile_from
from smeshield.domain.assessment.profile import BusinessFacts, Profile
from smeshield.domain.assessment.progress import Progress, compare
from smeshield.domain.assessment.questionnaire import Path
from smeshield.domain.assessment.verdicts import Verdicts, evaluate
from smeshield.domain.catalog.changes import RequirementChange, changes_between
from smeshield.domain.catalog.model import Catalogue
from smeshield.domain.organisations.size_bands import SizeBand
from smeshield.domain.planning.plan import Plan, build_plan
from smeshield.healthcheck.models import (
    ActionProgress,
    Assessment,
    Certificate,
    Reminder,
    ShareLink,
)
from smeshield.healthcheck.models import Answer as StoredAnswer
from smeshield.kernel import hooks


def business_facts(business: Business) -> BusinessFacts:
    district = business.district
    return BusinessFacts(
        sector=business.sector,
        size_band=SizeBand(business.size_band),
        region=district.region_name,
        police_force=district.police_force_name,
        urban_rural=district.urban_rural,
        sole_trader=business.sole_trader,
    )


def decode_answer(question_id: str, value: str) -> Answer:
    data = json.loads(value)
    return Answer(question_id, tuple(data["choices"]), tuple(data.get("other", ())))


@dataclass
class AssessmentState:
    """An attempt and what follows from its answers: profile, path, verdicts and plan."""

    assessment: Assessment
    catalogue: Catalogue
    answers: dict[str, Answer]
    facts: BusinessFacts

    @cached_property
    def profile(self) -> Profile:
        return profile_from(self.catalogue, self.facts, self.answers, products.vocabulary())

    @cached_property
    def path(self) -> Path:
        return Path.for_profile(self.catalogue, self.profile)

    @cached_property
    def verdicts(self) -> Verdicts:
        shown = frozenset(question.id for question in self.path.questions)
        return evaluate(self.catalogue, self.profile, self.answers, shown)

    @cached_property
    def urgent_requirements(self) -> dict[str, date]:
        """Requirements a recent incident or open alert made urgent (read only for the plan).

        The apps that know (alerts, incidents) contribute through ``hooks.PLAN_URGENCY``;
        a requirement two of them name keeps the latest day."""
        urgent: dict[str, date] = {}
        business = self.assessment.business
        for contributed in hooks.contributions(hooks.PLAN_URGENCY, business=business):
            for requirement, day in contributed.items():
                urgent[requirement] = max(urgent.get(requirement, day), day)
        return urgent

    @cached_property
    def plan(self) -> Plan:
        return build_plan(
            self.catalogue,
            self.verdicts,
            self.profile.exposures(),
            urgent_requirements=self.urgent_requirements,
            profile=self.profile,
        )

    @property
    def answered(self) -> int:
        return self.path.answered(self.answers)

    def with_answer(self, answer: Answer) -> AssessmentState:
        """The state after one more answer, without reading the database again."""
        return AssessmentState(
            self.assessment,
            self.catalogue,
            {**self.answers, answer.question_id: answer},
            self.facts,
        )


def assessment_state(assessment: Assessment) -> AssessmentState:
    rows = StoredAnswer.objects.filter(assessment=assessment).values_list("question_id", "value")
    answers = {question_id: decode_answer(question_id, value) for question_id, value in rows}
    return AssessmentState(
        assessment=assessment,
        catalogue=catalogues.catalogue(assessment.catalogue_version),
        answers=answers,
        facts=business_facts(assessment.business),
    )


def latest_completed_states(*, business_ids: Iterable[object]) -> dict[object, AssessmentState]:
    """Each business's last finished attempt, as its state: business id -> state.

    Two queries however many businesses (the attempts, then all their answers), for
    pages and datasets that read many businesses at once (ADR 0027)."""
    latest: dict[object, Assessment] = {}
    finished = (
        Assessment.objects.filter(business_id__in=list(business_ids), completed_at__isnull=False)
        .select_related("business__district")
        .order_by("business_id", "-number")
    )
    for attempt in finished:
        latest.setdefault(attempt.business_id, attempt)
    answers: dict[object, dict[str, Answer]] = {attempt.pk: {} for attempt in latest.values()}
    rows = StoredAnswer.objects.filter(assessment_id__in=list(answers)).values_list(
        "assessment_id", "question_id", "value"
    )
    for assessment_id, question_id, value in rows:
        answers[assessment_id][question_id] = decode_answer(question_id, value)
    return {
        business_id: AssessmentState(
            assessment=attempt,
            catalogue=catalogues.catalogue(attempt.catalogue_version),
            answers=answers[attempt.pk],
            facts=business_facts(attempt.business),
        )
        for business_id, attempt in latest.items()
    }


def attempts(*, business: Business) -> QuerySet[Assessment]:
    """Every attempt, newest first."""
    return Assessment.objects.filter(business=business).select_related("business__district")


def attempt_of(*, business: Business, assessment_id: UUID) -> Assessment | None:
    attempt = Assessment.objects.filter(business=business, pk=assessment_id).first()
    if attempt is not None:
        attempt.business = business  # already loaded by the access policy
    return attempt


def latest_attempt(*, business: Business) -> Assessment | None:
    return attempts(business=business).first()


def latest_completed(*, business: Business) -> Assessment | None:
    return attempts(business=business).filter(completed_at__isnull=False).first()


def action_progress(*, business: Business) -> dict[str, ActionProgress]:
    return {p.action_id: p for p in ActionProgress.objects.filter(business=business)}


@dataclass(frozen=True)
class StandardChanges:
    """What a newer revision of the standard checks differently for this business."""

    since: date
    name: str
    version: str
    changes: tuple[RequirementChange, ...]


def standard_changes(
    *, business: Business, attempt: Assessment | None = None, today: date | None = None
) -> StandardChanges | None:
    """For the given (else the last finished) attempt: None if the standard is the same."""
    done = attempt or latest_completed(business=business)
    if done is None:
        return None
    current = catalogues.current_catalogue(today)
    if done.catalogue_version == current.version:
        return None
    state = assessment_state(done)
    if state.catalogue.effective_from >= current.effective_from:
        return None
    changes = changes_between(state.catalogue, current, state.profile)
    return StandardChanges(current.effective_from, current.name, current.version, changes)


def progress_since_last(*, attempt: Assessment) -> Progress | None:
    """This attempt beside the last one finished before it (None for a first check)."""
    earlier = (
        Assessment.objects.filter(
            business_id=attempt.business_id, completed_at__isnull=False, number__lt=attempt.number
        )
        .order_by("-number")
        .first()
    )
    if earlier is None:
        return None
    earlier.business = attempt.business
    before = assessment_state(earlier)
    return compare(before.verdicts, before.catalogue, assessment_state(attempt).verdicts)


def recent_reminders(*, business: Business, limit: int = 3) -> list[Reminder]:
    return list(Reminder.objects.filter(business=business)[:limit])


@dataclass(frozen=True)
class ShareLinkRow:
    """A share link as its business sees it: how often it was opened comes from the audit trail."""

    link: ShareLink
    views: int


def share_link_target(link_id: UUID) -> str:
    """How the audit trail names a share link (one place, for writing and for counting)."""
    return f"share_link:{link_id}"


def share_links_of(*, business: Business) -> list[ShareLinkRow]:
    """The business's share links, newest first, each with its number of views (two queries)."""
    links = list(ShareLink.objects.filter(business=business).select_related("assessment"))
    views = entry_counts(
        action=AuditAction.SHARE_LINK_VIEWED,
        targets=[share_link_target(link.pk) for link in links],
    )
    return [ShareLinkRow(link, views[share_link_target(link.pk)]) for link in links]


def certificate_of(*, business: Business) -> Certificate | None:
    """The certificate the business told us about most recently (the renewal reminder's)."""
    return Certificate.objects.filter(business=business).order_by("-recorded_at").first()
