"""Answer a whole attempt through the services, with best-practice answers."""

from __future__ import annotations

import uuid

from smeshield.businesses.models import Business
from smeshield.domain.catalog.model import Question, Verdict
from smeshield.healthcheck.models import Assessment
from smeshield.healthcheck.selectors import assessment_state
from smeshield.healthcheck.services import answer_record, assessment_complete, assessment_start

PROFILE = {
    "profile.how-you-work": ["remote", "pays-by-transfer", "personal-data"],
    "profile.online-services": ["microsoft-365"],
    "profile.payments": ["card"],
    "profile.website": ["no"],
    "profile.products": ["windows"],
    "profile.customers-ask-ce": ["yes"],
    "profile.insurance": ["no"],
    "profile.it-advice": ["friend"],
}


def best(question: Question) -> list[str]:
    if question.is_profile:
        return PROFILE[question.id]
    option = next(o for o in question.options if all(v is Verdict.MET for v in o.verdicts.values()))
    return [option.value]


def answer_all(
    attempt: Assessment,
    overrides: dict[str, list[str]] | None = None,
    other: dict[str, list[str]] | None = None,
) -> None:
    """Answer every question: best practice unless ``overrides`` says otherwise;
    ``other`` gives typed lines (product names) by question id."""
    chosen = overrides or {}
    typed = other or {}
    for _ in range(100):
        state = assessment_state(attempt)
        question = state.path.first_unanswered(state.answers)
        if question is None:
            return
        answer_record(
            assessment=attempt,
            question_id=question.id,
            choices=chosen.get(question.id, best(question)),
            other=typed.get(question.id, []),
            idempotency_key=uuid.uuid4().hex,
            actor=None,
        )
    raise AssertionError("the questionnaire did not end")


def finish(business: Business, gaps: dict[str, list[str]] | None = None) -> Assessment:
    """A finished health check for the business, answered by its first member: best
    practice except ``gaps``."""
    member = business.memberships.select_related("user").first()
    assert member is not None, "the business needs a member to answer"
    attempt = assessment_start(business=business, actor=member.user)
    answer_all(attempt, gaps)
    return assessment_complete(assessment=attempt, actor=member.user)
