"""The health check over the API: a business's own answers, verdicts and plan.

Authenticated with the business's own token (or a member's); answers are written with
an ``Idempotency-Key`` header, so a retried request stores exactly one answer.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.http import Http404, HttpRequest
from ninja import Header, Router, Schema, Status
from pydantic import Field

from smeshield.businesses.models import Business
from smeshield.domain.assessment.answers import InvalidAnswerError
from smeshield.domain.assessment.report import plan_report, verdicts_report
from smeshield.healthcheck import selectors, services
from smeshield.healthcheck.models import Assessment
from smeshield.healthcheck.services import HealthCheckError
from smeshield.kernel.access import PolicyName, decide
from smeshield.kernel.problems import problem
from smeshield.kernel.tokens import token_of

router = Router(tags=["health check"])


class ProblemOut(Schema):
    type: str
    title: str
    status: int
    detail: str
    instance: str


class AttemptOut(Schema):
    id: UUID
    number: int
    catalogue_version: str
    started_at: str
    completed_at: str | None
    answered: int
    questions: int
    next_question: str | None
    ready_for_cyber_essentials: bool
    risk_level: str


class AnswerIn(Schema):
    choices: list[str]
    other: list[str] = Field(default_factory=list)


class AnswerOut(Schema):
    question: str
    choices: list[str]
    other: list[str]
    replayed: bool = False


class VerdictOut(Schema):
    requirement: str
    area: str
    statement: str
    verdict: str
    reasons: list[str]
    cyber_essentials: bool
    source: dict[str, Any]


class ActionOut(Schema):
    rank: int
    action: str
    title: str
    why: str
    steps: list[str]
    fixes: list[str]
    cost: str
    minutes: int
    difficulty: str
    first_things_first: bool
    made_urgent: bool


def _business(request: HttpRequest, business_id: UUID) -> Business:
    decision = decide(PolicyName.API_BUSINESS, request, business_id=business_id)
    if decision.business is None:
        raise Http404
    return decision.business


def _current(business: Business) -> Assessment:
    attempt = selectors.latest_attempt(business=business)
    if attempt is None:
        raise Http404
    return attempt


def _attempt_out(attempt: Assessment) -> AttemptOut:
    state = selectors.assessment_state(attempt)
    following = state.path.first_unanswered(state.answers)
    return AttemptOut(
        id=attempt.pk,
        number=attempt.number,
        catalogue_version=attempt.catalogue_version,
        started_at=attempt.started_at.isoformat(),
        completed_at=attempt.completed_at.isoformat() if attempt.completed_at else None,
        answered=state.answered,
        questions=state.path.total,
        next_question=following.id if following else None,
        ready_for_cyber_essentials=state.verdicts.ready_for_cyber_essentials,
        risk_level=state.verdicts.risk.level.value,
    )


@router.get(
    "/{business_id}",
    response={200: AttemptOut, 401: ProblemOut, 404: ProblemOut},
    summary="The business's latest health-check attempt",
)
def latest(request: HttpRequest, business_id: UUID) -> AttemptOut:
    return _attempt_out(_current(_business(request, business_id)))


@router.post(
    "/{business_id}/attempts",
    response={201: AttemptOut, 401: ProblemOut, 404: ProblemOut},
    summary="Start an attempt (or carry on the one in progress)",
)
def start(request: HttpRequest, business_id: UUID) -> Status[AttemptOut]:
    business = _business(request, business_id)
    attempt = selectors.latest_attempt(business=business)
    if attempt is None or attempt.is_complete:
        attempt = services.assessment_start(business=business, actor=token_of(request).user)
    return Status(201, _attempt_out(attempt))


@router.get(
    "/{business_id}/answers",
    response={200: list[AnswerOut], 401: ProblemOut, 404: ProblemOut},
    summary="The answers in the latest attempt",
)
def answers(request: HttpRequest, business_id: UUID) -> list[AnswerOut]:
    state = selectors.assessment_state(_current(_business(request, business_id)))
    return [
        AnswerOut(question=a.question_id, choices=list(a.choices), other=list(a.other))
        for a in state.answers.values()
    ]


@router.put(
    "/{business_id}/answers/{question_id}",
    response={200: AnswerOut, 401: ProblemOut, 404: ProblemOut, 409: ProblemOut, 422: ProblemOut},
    summary="Answer one question (send an Idempotency-Key header)",
)
def answer(
    request: HttpRequest,
    business_id: UUID,
    question_id: str,
    body: AnswerIn,
    idempotency_key: str = Header(default="", alias="Idempotency-Key"),  # type: ignore[type-arg]
) -> Any:
    attempt = _current(_business(request, business_id))
    if not idempotency_key:
        return problem(
            request,
            422,
            "Send an Idempotency-Key header (8 to 64 characters).",
            kind="idempotency-key-missing",
        )
    try:
        recorded = services.answer_record(
            assessment=attempt,
            question_id=question_id,
            choices=body.choices,
            other=body.other,
            idempotency_key=idempotency_key,
            actor=token_of(request).user,
        )
    except InvalidAnswerError as error:
        return problem(
            request,
            422,
            f"This answer does not fit the question: {error.code}.",
            kind="invalid-answer",
            errors=[{"location": "body.choices", "message": error.code}],
        )
    except HealthCheckError as error:
        status, kind = {
            "closed": (409, "attempt-finished"),
            "key_reused": (422, "idempotency-key-reused"),
            "unknown_question": (422, "unknown-question"),
            "bad_key": (422, "idempotency-key-invalid"),
        }[error.code]
        return problem(request, status, error.detail or error.code, kind=kind)
    return AnswerOut(
        question=question_id,
        choices=list(recorded.answer.choices),
        other=list(recorded.answer.other),
        replayed=recorded.replayed,
    )


@router.get(
    "/{business_id}/verdicts",
    response={200: list[VerdictOut], 401: ProblemOut, 404: ProblemOut},
    summary="Met, not met or unknown for every requirement that applies, with reasons",
)
def verdicts(request: HttpRequest, business_id: UUID) -> list[dict[str, Any]]:
    state = selectors.assessment_state(_current(_business(request, business_id)))
    return verdicts_report(state.verdicts)


@router.get(
    "/{business_id}/plan",
    response={200: list[ActionOut], 401: ProblemOut, 404: ProblemOut},
    summary="The action plan, most important first",
)
def plan(request: HttpRequest, business_id: UUID) -> list[dict[str, Any]]:
    state = selectors.assessment_state(_current(_business(request, business_id)))
    return plan_report(state.plan)
