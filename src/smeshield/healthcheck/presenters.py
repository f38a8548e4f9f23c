"""Shaping health-check results for pages and the PDF (no decisions are made here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from smeshield.businesses.models import Business
from smeshield.domain.assessment.answers import answer_summary
from smeshield.domain.assessment.verdicts import RequirementVerdict
from smeshield.domain.catalog.model import Area, Barrier, Catalogue, CostBand, Difficulty
from smeshield.domain.planning.plan import Plan, PlannedAction
from smeshield.healthcheck.models import ActionProgress
from smeshield.healthcheck.selectors import AssessmentState

ANSWER_ERRORS = {
    "unknown_option": gettext_lazy("Select an answer from the list"),
    "choose_one": gettext_lazy("Select one answer"),
    "choose_at_least_one": gettext_lazy("Tick at least one answer, or choose “I'm not sure”"),
    "not_sure_and_more": gettext_lazy("Choose “I'm not sure” on its own, or untick it"),
    "exclusive_and_more": gettext_lazy("“None of these” cannot be ticked with other answers"),
    "too_long": gettext_lazy("Type fewer names: at most 50 lines of 100 characters"),
    "unexpected_text": gettext_lazy("This question does not take typed answers"),
}

COST_WORDS = {
    CostBand.FREE: gettext_lazy("Free"),
    CostBand.UNDER_100: gettext_lazy("Under £100"),
    CostBand.MORE: gettext_lazy("£100 or more"),
}
DIFFICULTY_WORDS = {
    Difficulty.EASY: gettext_lazy("Easy"),
    Difficulty.MEDIUM: gettext_lazy("Some skill needed"),
    Difficulty.HARD: gettext_lazy("Needs an expert"),
}


def time_words(minutes: int) -> str:
    if minutes < 60:
        return ngettext(
            "About %(minutes)s minute", "About %(minutes)s minutes", minutes
        ) % {"minutes": minutes}
    hours = round(minutes / 60)
    return ngettext("About %(hours)s hour", "About %(hours)s hours", hours) % {"hours": hours}


@dataclass(frozen=True)
class AnswerRow:
    question_id: str
    section: str
    summary: str
    answer: str
    change_url: str


def answer_summaries(state: AssessmentState, business: Business) -> list[AnswerRow]:
    """Each question on the path with the answer given, for check-your-answers."""
    rows = []
    for question in state.path.questions:
        answer = state.answers.get(question.id)
        if answer is None:
            text = _("Not answered yet")
        elif answer.not_sure:
            text = _("I'm not sure")
        else:
            text = "; ".join(_(summary) for summary in answer_summary(question, answer))
        section = (
            _("About your business")
            if question.is_profile
            else _(state.catalogue.area(question.section).name)
        )
        url = reverse(
            "healthcheck_question",
            kwargs={
                "business_id": business.pk,
                "assessment_id": state.assessment.pk,
                "question_id": question.id,
            },
        )
        rows.append(
            AnswerRow(question.id, section, _(question.summary), text, f"{url}?return=check")
        )
    return rows


@dataclass(frozen=True)
class AreaVerdicts:
    area: Area
    items: list[RequirementVerdict]

    @property
    def met(self) -> int:
        return sum(1 for item in self.items if item.verdict.value == "met")


def areas_with_verdicts(state: AssessmentState) -> list[AreaVerdicts]:
    grouped: list[AreaVerdicts] = []
    for area in state.catalogue.areas:
        items = [i for i in state.verdicts.items if i.requirement.area == area.id]
        if items:
            grouped.append(AreaVerdicts(area, items))
    return grouped


@dataclass(frozen=True)
class PlanItem:
    planned: PlannedAction
    progress: ActionProgress | None
    cost: str
    time: str
    difficulty: str
    stuck_reason: str = ""  # what the business said stops it, in the catalogue's words

    @property
    def status(self) -> str:
        return self.progress.status if self.progress else "to_do"


def _stuck_reason(progress: ActionProgress | None, catalogue: Catalogue | None) -> str:
    if progress is None or progress.status != "stuck" or not progress.barrier or not catalogue:
        return ""
    barrier = next((b for b in Barrier if b.value == progress.barrier), None)
    return catalogue.offer(barrier).label if barrier else ""


def planned_with_progress(
    plan: Plan, progress: dict[str, ActionProgress], catalogue: Catalogue | None = None
) -> list[PlanItem]:
    return [
        PlanItem(
            planned=planned,
            progress=progress.get(planned.action.id),
            cost=str(COST_WORDS[planned.action.cost]),
            time=time_words(planned.action.minutes),
            difficulty=str(DIFFICULTY_WORDS[planned.action.difficulty]),
            stuck_reason=_stuck_reason(progress.get(planned.action.id), catalogue),
        )
        for planned in plan.actions
    ]


def catalogue_notice(catalogue: Catalogue, today: date | None = None) -> str:
    """Said plainly when the scheme has moved on since this catalogue was written."""
    day = today or date.today()  # noqa: DTZ011 - a calendar date
    if catalogue.effective_to and day > catalogue.effective_to:
        return _(
            "This check follows %(name)s. The scheme was updated on %(date)s, "
            "so a few requirements may have changed since."
        ) % {"name": catalogue.name, "date": f"{catalogue.effective_to:%-d %B %Y}"}
    return ""
