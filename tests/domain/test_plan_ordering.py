"""The plan's order on a hand-built catalogue: urgent, then first things first, then value
for effort (risk reduction divided by effort), then the catalogue's order.

Every expected order below is worked out by hand from the rules in plan.py's docstring:
a gap not met weighs its weight (1-3), unknown half that, times 1.5 per exposure it has.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from smeshield.domain.assessment.answers import Answer
from smeshield.domain.assessment.verdicts import evaluate
from smeshield.domain.catalog.model import CostBand, Difficulty, Verdict
from smeshield.domain.planning.plan import build_plan
from tests.domain.examples import examples
from tests.domain.tiny_catalogue import (
    MET,
    NOT_MET,
    UNEXPOSED,
    action,
    catalogue,
    question,
    requirement,
)


def _gaps_catalogue(requirements, actions):  # type: ignore[no-untyped-def]
    """One question per requirement; answering "no" leaves it not met."""
    questions = [
        question(f"q.{r.id}", {"yes": {r.id: MET}, "no": {r.id: NOT_MET}}) for r in requirements
    ]
    return catalogue(requirements, questions, actions)


def _all_no(cat):  # type: ignore[no-untyped-def]
    return {q.id: Answer(q.id, ("no",)) for q in cat.questions}


def test_value_for_effort_puts_the_cheaper_fix_first() -> None:
    # "big": weight 3, effort 2 + 3 (hard) ... stated in full below.
    big = requirement("big", weight=3)
    small = requirement("small", weight=2)
    cat = _gaps_catalogue(
        [big, small],
        [
            # effort: hard 3 + over 180 minutes 3 + more than £100 3 = 9 -> 3 / 9 = 0.33
            action("fix-big", ["big"], difficulty=Difficulty.HARD, minutes=240, cost=CostBand.MORE),
            # effort: easy 1 + 10 minutes 1 + free 0 = 2 -> 2 / 2 = 1.0
            action("fix-small", ["small"]),
        ],
    )
    verdicts = evaluate(cat, UNEXPOSED, _all_no(cat))
    plan = build_plan(cat, verdicts, frozenset())
    assert plan.ids() == ("fix-small", "fix-big")
    assert [p.risk_reduction for p in plan.actions] == [2.0, 3.0]
    assert [p.rank for p in plan.actions] == [1, 2]
    assert len(plan) == 2


def test_more_reduction_for_the_same_effort_comes_first() -> None:
    light = requirement("light", weight=1)
    heavy = requirement("heavy", weight=3)
    cat = _gaps_catalogue(
        [light, heavy], [action("fix-light", ["light"]), action("fix-heavy", ["heavy"])]
    )
    plan = build_plan(cat, evaluate(cat, UNEXPOSED, _all_no(cat)), frozenset())
    assert plan.ids() == ("fix-heavy", "fix-light")


def test_equal_value_for_effort_keeps_the_catalogue_order() -> None:
    # 1 / 2 and 2 / 4: the same value for effort.
    one = requirement("one", weight=1)
    two = requirement("two", weight=2)
    cat = _gaps_catalogue(
        [one, two],
        [
            action("fix-two", ["two"], difficulty=Difficulty.HARD),  # effort 3 + 1 + 0 = 4
            action("fix-one", ["one"]),  # effort 2
        ],
    )
    plan = build_plan(cat, evaluate(cat, UNEXPOSED, _all_no(cat)), frozenset())
    assert plan.ids() == ("fix-two", "fix-one")


def test_a_cyber_essentials_blocker_beats_better_value_for_effort() -> None:
    blocker = requirement("blocker", cyber_essentials=True, weight=1)
    other = requirement("other", weight=3)
    cat = _gaps_catalogue(
        [other, blocker],
        [
            action("fix-other", ["other"]),
            action(
                "fix-blocker",
                ["blocker"],
                difficulty=Difficulty.HARD,
                minutes=240,
                cost=CostBand.MORE,
            ),
        ],
    )
    plan = build_plan(cat, evaluate(cat, UNEXPOSED, _all_no(cat)), frozenset())
    assert plan.ids() == ("fix-blocker", "fix-other")
    assert [p.first_things_first for p in plan.actions] == [True, False]
    assert plan.actions[0].clears_blocker
    assert not plan.actions[1].clears_blocker


def test_a_most_exploited_gap_is_first_things_first() -> None:
    exploited = requirement("exploited", most_exploited=True, weight=1)
    other = requirement("other", weight=3)
    cat = _gaps_catalogue(
        [other, exploited],
        [action("fix-other", ["other"]), action("fix-exploited", ["exploited"], minutes=60)],
    )
    plan = build_plan(cat, evaluate(cat, UNEXPOSED, _all_no(cat)), frozenset())
    assert plan.ids() == ("fix-exploited", "fix-other")
    assert plan.actions[0].first_things_first
    assert plan.actions[0].most_exploited
    assert not plan.actions[1].most_exploited


def test_an_urgent_requirement_goes_before_a_blocker() -> None:
    blocker = requirement("blocker", cyber_essentials=True, weight=3)
    urgent = requirement("urgent", weight=1)
    cat = _gaps_catalogue(
        [blocker, urgent], [action("fix-blocker", ["blocker"]), action("fix-urgent", ["urgent"])]
    )
    verdicts = evaluate(cat, UNEXPOSED, _all_no(cat))
    plan = build_plan(cat, verdicts, frozenset(), urgent_requirements=["urgent"])
    assert plan.ids() == ("fix-urgent", "fix-blocker")
    assert [(p.made_urgent, p.first_things_first) for p in plan.actions] == [
        (True, True),
        (False, True),
    ]


def test_an_urgent_requirement_alone_makes_an_action_first_things_first() -> None:
    plain = requirement("plain", weight=3)
    urgent = requirement("urgent", weight=1)
    other = requirement("other", weight=2)
    cat = _gaps_catalogue(
        [plain, urgent, other],
        [action("fix-plain", ["plain"]), action("fix-urgent-and-other", ["urgent", "other"])],
    )
    verdicts = evaluate(cat, UNEXPOSED, _all_no(cat))
    plan = build_plan(cat, verdicts, frozenset(), urgent_requirements=["urgent"])
    assert plan.ids() == ("fix-urgent-and-other", "fix-plain")
    assert plan.actions[0].first_things_first
    assert not plan.actions[1].first_things_first
    # The action fixes two gaps: 1 + 2.
    assert plan.actions[0].risk_reduction == 3.0


def test_met_requirements_need_no_action_and_unknown_ones_do() -> None:
    done = requirement("done", weight=3)
    unsure = requirement("unsure", weight=3)
    cat = _gaps_catalogue(
        [done, unsure], [action("fix-done", ["done"]), action("fix-unsure", ["unsure"])]
    )
    # q.unsure unanswered: unknown, half of weight 3.
    verdicts = evaluate(cat, UNEXPOSED, {"q.done": Answer("q.done", ("yes",))})
    assert verdicts.of("unsure").verdict is Verdict.UNKNOWN  # type: ignore[union-attr]
    plan = build_plan(cat, verdicts, frozenset())
    assert plan.ids() == ("fix-unsure",)
    assert plan.actions[0].risk_reduction == 1.5
    assert [g.requirement.id for g in plan.actions[0].gaps] == ["unsure"]


def test_an_exposure_raises_the_reduction_and_is_rounded_to_two_places() -> None:
    # weight 3, unknown (x 0.5), three exposures (x 1.5 x 1.5 x 1.5) = 5.0625 -> 5.06
    exposed = requirement("exposed", weight=3, exposures=("payments", "cloud", "website"))
    cat = _gaps_catalogue([exposed], [action("fix", ["exposed"])])
    verdicts = evaluate(cat, UNEXPOSED, {})
    plan = build_plan(cat, verdicts, frozenset({"payments", "cloud", "website"}))
    assert plan.actions[0].risk_reduction == 5.06


def test_an_exposure_can_change_the_order() -> None:
    exposed = requirement("exposed", weight=1, exposures=("payments",))
    plain = requirement("plain", weight=1)
    cat = _gaps_catalogue(
        [plain, exposed], [action("fix-plain", ["plain"]), action("fix-exposed", ["exposed"])]
    )
    verdicts = evaluate(cat, UNEXPOSED, _all_no(cat))
    assert build_plan(cat, verdicts, frozenset()).ids() == ("fix-plain", "fix-exposed")
    assert build_plan(cat, verdicts, frozenset({"payments"})).ids() == (
        "fix-exposed",
        "fix-plain",
    )


@settings(max_examples=examples(150), deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(min_value=1, max_value=3),  # weight
            st.sampled_from(list(Difficulty)),
            st.sampled_from([10, 30, 31, 180, 181]),
            st.sampled_from(list(CostBand)),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_plain_gaps_are_ordered_by_weight_over_effort(specs) -> None:  # type: ignore[no-untyped-def]
    difficulty_points = {Difficulty.EASY: 1, Difficulty.MEDIUM: 2, Difficulty.HARD: 3}
    cost_points = {CostBand.FREE: 0, CostBand.UNDER_100: 1, CostBand.MORE: 3}
    requirements, actions, expected = [], [], []
    for i, (weight, difficulty, minutes, cost) in enumerate(specs):
        requirements.append(requirement(f"r{i}", weight=weight))
        actions.append(
            action(f"a{i}", [f"r{i}"], difficulty=difficulty, minutes=minutes, cost=cost)
        )
        time_points = 1 if minutes <= 30 else 2 if minutes <= 180 else 3
        effort = difficulty_points[difficulty] + time_points + cost_points[cost]
        expected.append((-weight / effort, i))
    cat = _gaps_catalogue(requirements, actions)
    plan = build_plan(cat, evaluate(cat, UNEXPOSED, _all_no(cat)), frozenset())
    assert plan.ids() == tuple(f"a{i}" for _, i in sorted(expected))
