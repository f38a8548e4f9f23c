"""A catalogue small enough to state every expected verdict and plan order by hand.

The shipped catalogue changes with each Cyber Essentials revision; these rules do not.
Each test builds exactly the requirements, questions and actions it reasons about.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from smeshield.domain.assessment.profile import BusinessFacts, Profile
from smeshield.domain.catalog.model import (
    Action,
    Area,
    Catalogue,
    CostBand,
    Difficulty,
    Option,
    Question,
    QuestionKind,
    Requirement,
    SourceRef,
    Verdict,
)
from smeshield.domain.organisations.size_bands import SizeBand

MET, NOT_MET, UNKNOWN = Verdict.MET, Verdict.NOT_MET, Verdict.UNKNOWN
PROFILE = Profile(facts=BusinessFacts(sector="F", size_band=SizeBand.MICRO))
# Answered "no" to every exposure question: no exposure boosts a gap's weight.
UNEXPOSED = Profile(
    facts=BusinessFacts(sector="F", size_band=SizeBand.MICRO),
    remote_working=False,
    own_devices=False,
    cloud_services=frozenset(),
    website=False,
    online_shop=False,
    card_payments=False,
    payment_apps=False,
    personal_data=False,
)


def requirement(
    rid: str,
    *,
    cyber_essentials: bool = False,
    most_exploited: bool = False,
    weight: int = 1,
    exposures: tuple[str, ...] = (),
    applies_when: str = "always",
) -> Requirement:
    return Requirement(
        id=rid,
        area="area",
        statement=f"statement of {rid}",
        why="why",
        source=SourceRef("Test scheme", "Section", ()),
        applies_when=applies_when,
        cyber_essentials=cyber_essentials,
        weight=weight,
        exposures=exposures,
        most_exploited=most_exploited,
    )


def question(
    qid: str, options: Mapping[str, Mapping[str, Verdict]], kind: QuestionKind = QuestionKind.SINGLE
) -> Question:
    """A control question; ``options`` maps each option value to the verdicts it gives."""
    return Question(
        id=qid,
        section="area",
        kind=kind,
        text=f"text of {qid}?",
        summary=f"summary of {qid}",
        hint="",
        how_to_find_out="",
        options=tuple(
            Option(value=value, label=f"label {value}", verdicts=dict(verdicts))
            for value, verdicts in options.items()
        ),
    )


def action(
    aid: str,
    fixes: Sequence[str],
    *,
    difficulty: Difficulty = Difficulty.EASY,
    minutes: int = 10,
    cost: CostBand = CostBand.FREE,
) -> Action:
    """Effort is difficulty (1-3) + time (1 up to 30 minutes, 2 up to 180, else 3) + cost
    (free 0, under £100 1, more 3): EASY, 10 minutes, free is an effort of 2."""
    return Action(
        id=aid,
        title=f"title of {aid}",
        why="why",
        steps=("step",),
        fixes=tuple(fixes),
        cost=cost,
        minutes=minutes,
        difficulty=difficulty,
    )


def catalogue(
    requirements: Sequence[Requirement],
    questions: Sequence[Question] = (),
    actions: Sequence[Action] = (),
) -> Catalogue:
    return Catalogue(
        version="test-1",
        name="Test catalogue",
        effective_from=date(2026, 1, 1),
        effective_to=None,
        areas=(Area("area", "Area", "cyber_essentials", "summary"),),
        requirements=tuple(requirements),
        questions=tuple(questions),
        actions=tuple(actions),
        offers=(),
    )
