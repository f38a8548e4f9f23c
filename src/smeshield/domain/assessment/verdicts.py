"""Answers to verdicts: for every requirement that applies, met, not met or unknown, and why.

Rules (and the property tests that hold them):
- a requirement is met only when every answer that informs it says met;
- any answer saying not met makes it not met;
- otherwise (not sure, or not answered) it is unknown — unknown never counts as met;
- "ready to apply for Cyber Essentials" is yes only when every applicable Cyber
  Essentials requirement is met.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from smeshield.domain.assessment.answers import Answer
from smeshield.domain.assessment.applicability import applies
from smeshield.domain.assessment.profile import Profile
from smeshield.domain.assessment.risk import RiskPicture, risk_picture
from smeshield.domain.catalog.model import Catalogue, Requirement, Verdict
from smeshield.domain.reasons import Reason, ReasonCode

# What the business told us, behind each verdict (the question's and the option's
# summaries are content words, translated when shown).
ANSWER_SUMMARY = ReasonCode("assessment.answer_summary", ("summary",))
NOT_SURE_ANSWER = ReasonCode("assessment.not_sure", ("question",))
NOT_ANSWERED = ReasonCode("assessment.not_answered")


@dataclass(frozen=True, slots=True)
class RequirementVerdict:
    requirement: Requirement
    verdict: Verdict
    reasons: tuple[Reason, ...]  # the answers that decided the verdict, as codes
    decided_by: tuple[str, ...] = ()  # ids of the questions those answers belong to


@dataclass(frozen=True, slots=True)
class Verdicts:
    catalogue_version: str
    items: tuple[RequirementVerdict, ...]
    risk: RiskPicture

    @property
    def cyber_essentials(self) -> tuple[RequirementVerdict, ...]:
        return tuple(item for item in self.items if item.requirement.cyber_essentials)

    @property
    def ready_for_cyber_essentials(self) -> bool:
        ce = self.cyber_essentials
        return bool(ce) and all(item.verdict is Verdict.MET for item in ce)

    @property
    def auto_fails(self) -> tuple[RequirementVerdict, ...]:
        """Requirements not met that fail Cyber Essentials on their own (shown first)."""
        return tuple(
            item
            for item in self.items
            if item.requirement.auto_fail and item.verdict is not Verdict.MET
        )

    @property
    def blockers(self) -> tuple[RequirementVerdict, ...]:
        """Cyber Essentials requirements not yet met (not met or unknown)."""
        return tuple(item for item in self.cyber_essentials if item.verdict is not Verdict.MET)

    def count(self, verdict: Verdict) -> int:
        return sum(1 for item in self.items if item.verdict is verdict)

    def of(self, requirement_id: str) -> RequirementVerdict | None:
        return next((i for i in self.items if i.requirement.id == requirement_id), None)


def _informing(catalogue: Catalogue) -> dict[str, list[str]]:
    """Requirement id -> ids of the questions whose options give it a verdict."""
    informs: dict[str, list[str]] = {}
    for question in catalogue.questions:
        for requirement_id in {r for option in question.options for r in option.verdicts}:
            informs.setdefault(requirement_id, []).append(question.id)
    return informs


def _verdict_for(
    catalogue: Catalogue,
    requirement_id: str,
    question_ids: list[str],
    answers: Mapping[str, Answer],
    shown: frozenset[str] | None,
) -> tuple[Verdict, tuple[Reason, ...], tuple[str, ...]]:
    """The verdict, and only the answers that decided it (with their question ids).

    Not met is decided by the answers saying not met; unknown by the answers not
    sure or unknown (and anything unanswered); met by every answer, all saying met.
    """
    found: list[tuple[Verdict, Reason, str]] = []  # verdict, reason, question id
    missing = False
    for question_id in question_ids:
        question = catalogue.question(question_id)
        answer = answers.get(question_id)
        if question is None:
            continue
        if answer is None:
            missing = missing or shown is None or question_id in shown
            continue
        if answer.not_sure:
            found.append((Verdict.UNKNOWN, NOT_SURE_ANSWER(question=question.summary), question_id))
            continue
        for choice in answer.choices:
            option = question.option(choice)
            if option is not None and requirement_id in option.verdicts:
                found.append(
                    (
                        option.verdicts[requirement_id],
                        ANSWER_SUMMARY(summary=option.summary),
                        question_id,
                    )
                )

    def deciding(*verdicts: Verdict) -> tuple[tuple[Reason, ...], tuple[str, ...]]:
        chosen = [(reason, qid) for verdict, reason, qid in found if verdict in verdicts]
        return tuple(r for r, _ in chosen), tuple(dict.fromkeys(q for _, q in chosen))

    if any(verdict is Verdict.NOT_MET for verdict, _, _ in found):
        return Verdict.NOT_MET, *deciding(Verdict.NOT_MET)
    if not found or missing or any(verdict is Verdict.UNKNOWN for verdict, _, _ in found):
        reasons, decided_by = deciding(Verdict.UNKNOWN)
        if missing:
            reasons = (*reasons, NOT_ANSWERED())
        return Verdict.UNKNOWN, reasons, decided_by
    return Verdict.MET, *deciding(Verdict.MET)


def evaluate(
    catalogue: Catalogue,
    profile: Profile,
    answers: Mapping[str, Answer],
    shown_questions: frozenset[str] | None = None,
) -> Verdicts:
    """Verdicts for every requirement that applies to this profile.

    ``shown_questions`` are the questions on the business's path; an unanswered
    question off the path does not hold a requirement back. Without it, every
    informing question must be answered for a requirement to be met.
    """
    informs = _informing(catalogue)
    items: list[RequirementVerdict] = []
    for requirement in catalogue.requirements:
        if not applies(requirement.applies_when, profile):
            continue
        verdict, reasons, decided_by = _verdict_for(
            catalogue, requirement.id, informs.get(requirement.id, []), answers, shown_questions
        )
        items.append(RequirementVerdict(requirement, verdict, reasons, decided_by))
    return Verdicts(catalogue.version, tuple(items), risk_picture(items, profile))
