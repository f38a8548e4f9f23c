"""The action plan puts blockers and the most-exploited gaps first, then value for effort."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from smeshield.domain.assessment.answers import Answer, profile_from
from smeshield.domain.catalog.model import Verdict
from smeshield.domain.planning.plan import build_plan
from tests.domain.catalogue_fixture import shipped_catalogue
from tests.domain.examples import examples
from tests.domain.test_verdicts import FACTS, answered_well, profiles, verdicts_for

CATALOGUE = shipped_catalogue()


def worst_option(question):  # type: ignore[no-untyped-def]
    return next(
        o.value for o in question.options if any(v is Verdict.NOT_MET for v in o.verdicts.values())
    )


@settings(max_examples=examples(40), deadline=None)
@given(profiles, st.data())
def test_first_things_come_first_and_every_gap_has_an_action(profile_answers, data) -> None:  # type: ignore[no-untyped-def]
    answers, path = answered_well(CATALOGUE, profile_answers)
    controls = [q for q in path.questions if not q.is_profile]
    for question in data.draw(
        st.lists(st.sampled_from(controls), min_size=1, max_size=12, unique_by=lambda q: q.id)
    ):
        answers[question.id] = Answer(question.id, (worst_option(question),))
    verdicts = verdicts_for(answers)
    plan = build_plan(CATALOGUE, verdicts, profile_from(CATALOGUE, FACTS, answers).exposures())

    flags = [planned.first_things_first for planned in plan.actions]
    assert flags == sorted(flags, reverse=True), "first things first, then the rest"
    fixed = {r for planned in plan.actions for r in planned.action.fixes}
    gaps = {i.requirement.id for i in verdicts.items if i.verdict is not Verdict.MET}
    assert gaps <= fixed
    assert [p.rank for p in plan.actions] == list(range(1, len(plan.actions) + 1))


def test_with_no_gaps_the_plan_is_empty() -> None:
    answers, _ = answered_well(CATALOGUE, {})
    verdicts = verdicts_for(answers)
    assert len(build_plan(CATALOGUE, verdicts, frozenset())) == 0


def test_an_urgent_requirement_jumps_the_queue() -> None:
    answers, _ = answered_well(CATALOGUE, {})
    answers["bk.tested"] = Answer("bk.tested", ("no",))
    answers["upd.router"] = Answer("upd.router", ("no",))
    verdicts = verdicts_for(answers)
    normal = build_plan(CATALOGUE, verdicts, frozenset())
    urgent = build_plan(CATALOGUE, verdicts, frozenset(), urgent_requirements={"ncsc.bk.tested"})
    assert normal.ids()[0] == "update-router"  # a Cyber Essentials blocker comes first
    assert urgent.ids()[0] == "test-backups"
    assert urgent.actions[0].made_urgent
    assert not any(planned.made_urgent for planned in normal.actions)
    assert not urgent.actions[1].made_urgent
