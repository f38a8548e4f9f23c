"""Scoring answers given outside the web pages (a file, the API): parse, evaluate, report.

The report is plain data (lists and dicts) ready to print as JSON. Bad answers are
reported by question id and reason; the rest are still scored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from smeshield.domain.assessment.answers import (
    Answer,
    InvalidAnswerError,
    parse_answer,
    profile_from,
)
from smeshield.domain.assessment.profile import BusinessFacts
from smeshield.domain.assessment.questionnaire import Path
from smeshield.domain.assessment.verdicts import Verdicts, evaluate
from smeshield.domain.catalog.model import Catalogue, Verdict
from smeshield.domain.planning.plan import Plan, build_plan
from smeshield.domain.products.vocabulary import Vocabulary


@dataclass(frozen=True, slots=True)
class AnswerProblem:
    question_id: str
    reason: str


def read_answers(
    catalogue: Catalogue, raw: Mapping[str, Any]
) -> tuple[dict[str, Answer], list[AnswerProblem]]:
    """Answers keyed by question id: a value, a list of values, or {"choices", "other"}."""
    answers: dict[str, Answer] = {}
    problems: list[AnswerProblem] = []
    for question_id, value in raw.items():
        question = catalogue.question(str(question_id))
        if question is None:
            problems.append(AnswerProblem(str(question_id), "unknown question"))
            continue
        if isinstance(value, Mapping):
            choices, other = value.get("choices", []), value.get("other", [])
        else:
            choices, other = value, []
        if isinstance(choices, str):
            choices = [choices]
        if not isinstance(choices, list) or not isinstance(other, list):
            problems.append(AnswerProblem(question.id, "an answer is a value or a list of values"))
            continue
        try:
            answers[question.id] = parse_answer(
                question, [str(c) for c in choices], [str(o) for o in other]
            )
        except InvalidAnswerError as error:
            problems.append(AnswerProblem(question.id, error.code))
    return answers, problems


def verdicts_report(verdicts: Verdicts) -> list[dict[str, Any]]:
    return [
        {
            "requirement": item.requirement.id,
            "area": item.requirement.area,
            "statement": item.requirement.statement,
            "verdict": item.verdict.value,
            "reasons": [reason.as_json() for reason in item.reasons],
            "decided_by": list(item.decided_by),
            "cyber_essentials": item.requirement.cyber_essentials,
            "auto_fail": item.requirement.auto_fail,
            "source": {
                "scheme": item.requirement.source.scheme,
                "section": item.requirement.source.section,
                "nist_csf": list(item.requirement.source.nist_csf),
            },
        }
        for item in verdicts.items
    ]


def plan_report(plan: Plan) -> list[dict[str, Any]]:
    return [
        {
            "rank": planned.rank,
            "action": planned.action.id,
            "title": planned.action.title,
            "why": planned.action.why,
            "steps": list(planned.action.steps),
            "fixes": [gap.requirement.id for gap in planned.gaps],
            "cost": planned.action.cost.value,
            "minutes": planned.action.minutes,
            "difficulty": planned.action.difficulty.value,
            "first_things_first": planned.first_things_first,
            "auto_fail": planned.auto_fail,
            "made_urgent": planned.made_urgent,
        }
        for planned in plan.actions
    ]


def score(
    catalogue: Catalogue,
    facts: BusinessFacts,
    raw_answers: Mapping[str, Any],
    vocabulary: Vocabulary | None = None,
) -> dict[str, Any]:
    """The full report for one set of answers: readiness, risk, verdicts, plan, gaps."""
    answers, problems = read_answers(catalogue, raw_answers)
    profile = profile_from(catalogue, facts, answers, vocabulary)
    path = Path.for_profile(catalogue, profile)
    verdicts = evaluate(catalogue, profile, answers, frozenset(q.id for q in path.questions))
    plan = build_plan(catalogue, verdicts, profile.exposures(), profile=profile)
    return {
        "catalogue_version": catalogue.version,
        "ready_for_cyber_essentials": verdicts.ready_for_cyber_essentials,
        "auto_fails": [item.requirement.id for item in verdicts.auto_fails],
        "risk": {
            "level": verdicts.risk.level.value,
            "score": verdicts.risk.score,
            "exposures": list(verdicts.risk.exposures),
            "top_gaps": list(verdicts.risk.top_gaps),
        },
        "counts": {verdict.value: verdicts.count(verdict) for verdict in Verdict},
        "verdicts": verdicts_report(verdicts),
        "plan": plan_report(plan),
        "unanswered": [q.id for q in path.questions if q.id not in answers],
        "problems": [{"question": p.question_id, "reason": p.reason} for p in problems],
    }


def catalogue_report(catalogue: Catalogue) -> dict[str, Any]:
    """The catalogue as data: requirements with control, source and applicability."""
    return {
        "version": catalogue.version,
        "name": catalogue.name,
        "effective_from": catalogue.effective_from.isoformat(),
        "effective_to": catalogue.effective_to.isoformat() if catalogue.effective_to else None,
        "areas": [{"id": a.id, "name": a.name, "group": a.group} for a in catalogue.areas],
        "requirements": [
            {
                "id": r.id,
                "area": r.area,
                "statement": r.statement,
                "cyber_essentials": r.cyber_essentials,
                "auto_fail": r.auto_fail,
                "replaces": list(r.replaces),
                "change": r.change,
                "applies_when": r.applies_when,
                "source": {
                    "scheme": r.source.scheme,
                    "section": r.source.section,
                    "nist_csf": list(r.source.nist_csf),
                    "url": r.source.url,
                },
            }
            for r in catalogue.requirements
        ],
        "questions": [
            {
                "id": q.id,
                "section": q.section,
                "kind": q.kind.value,
                "text": q.text,
                "show_when": q.show_when,
                "options": [o.value for o in q.options] + ["not_sure"],
            }
            for q in catalogue.questions
        ],
    }
