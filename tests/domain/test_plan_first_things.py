"""What puts an action at the top of the plan beyond its value for effort: a gap that fails
the whole Cyber Essentials assessment on its own, and the business's own kind of risk (an
action's ``first_when`` rules, such as an online shop's website admin)."""

from __future__ import annotations

from dataclasses import replace

from smeshield.domain.assessment.answers import Answer
from smeshield.domain.assessment.verdicts import evaluate
from smeshield.domain.catalog.model import Catalogue, CostBand, Difficulty
from smeshield.domain.planning.plan import Plan, build_plan
from tests.domain.tiny_catalogue import (
    MET,
    NOT_MET,
    UNEXPOSED,
    action,
    catalogue,
    question,
    requirement,
)


def _plan(cat: Catalogue, **options: object) -> Plan:
    """Every requirement answered "no" (not met), planned with ``options``."""
    answers = {q.id: Answer(q.id, ("no",)) for q in cat.questions}
    return build_plan(cat, evaluate(cat, UNEXPOSED, answers), frozenset(), **options)  # type: ignore[arg-type]


def _gaps(requirements, actions) -> Catalogue:  # type: ignore[no-untyped-def]
    questions = [
        question(f"q.{r.id}", {"yes": {r.id: MET}, "no": {r.id: NOT_MET}}) for r in requirements
    ]
    return catalogue(requirements, questions, actions)


def test_a_gap_that_fails_the_whole_assessment_goes_before_even_an_urgent_one() -> None:
    # Given a Cyber Essentials gap that fails the assessment alone, and an urgent plain gap
    fatal = replace(requirement("fatal", cyber_essentials=True), auto_fail=True)
    urgent = requirement("urgent", weight=3)
    cat = _gaps([urgent, fatal], [action("fix-urgent", ["urgent"]), action("fix-fatal", ["fatal"])])

    # When planned with the urgent one named by an alert
    plan = _plan(cat, urgent_requirements=["urgent"])

    # Then the fatal gap's fix comes first, the urgent one next
    assert plan.ids() == ("fix-fatal", "fix-urgent")


def test_without_auto_fail_the_urgent_gap_goes_first() -> None:
    blocker = requirement("blocker", cyber_essentials=True)
    urgent = requirement("urgent", weight=3)
    cat = _gaps(
        [urgent, blocker], [action("fix-urgent", ["urgent"]), action("fix-blocker", ["blocker"])]
    )

    assert _plan(cat, urgent_requirements=["urgent"]).ids() == ("fix-urgent", "fix-blocker")


def _shop_catalogue() -> Catalogue:
    """A plain gap whose fix is first for online shops, and a better-value plain gap."""
    admin = requirement("admin", weight=1)
    other = requirement("other", weight=3)
    shop_first = replace(
        action("fix-admin", ["admin"], difficulty=Difficulty.HARD, cost=CostBand.MORE),
        first_when=("online_shop",),
    )
    return _gaps([admin, other], [shop_first, action("fix-other", ["other"])])


def test_for_an_online_shop_its_first_when_action_is_first_things_first() -> None:
    shop = replace(UNEXPOSED, online_shop=True)

    plan = _plan(_shop_catalogue(), profile=shop)

    assert plan.ids() == ("fix-admin", "fix-other")
    assert [p.first_things_first for p in plan.actions] == [True, False]


def test_for_a_business_with_no_online_shop_the_same_action_waits_its_turn() -> None:
    no_shop = replace(UNEXPOSED, online_shop=False)

    plan = _plan(_shop_catalogue(), profile=no_shop)

    # fix-other: weight 3 over effort 2; fix-admin: 1 over hard 3 + 10 minutes 1 + £100+ 3
    assert plan.ids() == ("fix-other", "fix-admin")
    assert [p.first_things_first for p in plan.actions] == [False, False]


def test_without_a_profile_no_first_when_rule_is_tried() -> None:
    plan = _plan(_shop_catalogue())

    assert plan.ids() == ("fix-other", "fix-admin")
    assert not any(p.first_things_first for p in plan.actions)
