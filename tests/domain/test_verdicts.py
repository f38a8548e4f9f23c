"""Verdicts: ready only when everything is met; one gap names itself; unknown is never met."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from smeshield.domain.assessment.answers import Answer, profile_from
from smeshield.domain.assessment.profile import BusinessFacts
from smeshield.domain.assessment.questionnaire import Path
from smeshield.domain.assessment.verdicts import Verdicts, evaluate
from smeshield.domain.catalog.model import NOT_SURE, Catalogue, Question, QuestionKind, Verdict
from smeshield.domain.organisations.size_bands import SizeBand
from smeshield.domain.reasons import Reason
from tests.domain.catalogue_fixture import shipped_catalogue
from tests.domain.examples import examples

CATALOGUE = shipped_catalogue()
FACTS = BusinessFacts(sector="F", size_band=SizeBand.MICRO)
PROFILE_QUESTIONS = [q for q in CATALOGUE.questions if q.is_profile]


def _profile_answer(question: Question) -> st.SearchStrategy[Answer]:
    values = [option.value for option in question.options]
    if question.kind is QuestionKind.SINGLE:
        return st.sampled_from([*values, NOT_SURE]).map(lambda v: Answer(question.id, (v,)))
    plain = [o.value for o in question.options if not o.exclusive]
    exclusive = [o.value for o in question.options if o.exclusive]
    subsets = st.lists(st.sampled_from(plain), min_size=1, unique=True).map(tuple)
    alone = st.sampled_from([*exclusive, NOT_SURE]).map(lambda v: (v,))
    return st.one_of(subsets, alone).map(lambda choices: Answer(question.id, choices))


profiles = st.fixed_dictionaries({q.id: _profile_answer(q) for q in PROFILE_QUESTIONS})


def best_option(question: Question) -> str:
    return next(
        o.value for o in question.options if all(v is Verdict.MET for v in o.verdicts.values())
    )


def answered_well(
    catalogue: Catalogue, profile_answers: dict[str, Answer]
) -> tuple[dict[str, Answer], Path]:
    """Best-practice answers to every control question on this profile's path."""
    profile = profile_from(catalogue, FACTS, profile_answers)
    path = Path.for_profile(catalogue, profile)
    answers = dict(profile_answers)
    for question in path.questions:
        if not question.is_profile:
            answers[question.id] = Answer(question.id, (best_option(question),))
    return answers, path


def verdicts_for(answers: dict[str, Answer]) -> Verdicts:
    profile = profile_from(CATALOGUE, FACTS, answers)
    path = Path.for_profile(CATALOGUE, profile)
    return evaluate(CATALOGUE, profile, answers, frozenset(q.id for q in path.questions))


@settings(max_examples=examples(60), deadline=None)
@given(profiles)
def test_given_best_practice_answers_then_the_business_is_ready(
    profile_answers: dict[str, Answer],
) -> None:
    answers, _ = answered_well(CATALOGUE, profile_answers)
    verdicts = verdicts_for(answers)
    assert verdicts.ready_for_cyber_essentials
    assert all(item.verdict is Verdict.MET for item in verdicts.items)


@settings(max_examples=examples(80), deadline=None)
@given(profiles, st.data())
def test_given_one_unmet_requirement_then_not_ready_and_it_is_named(
    profile_answers: dict[str, Answer], data: st.DataObject
) -> None:
    answers, path = answered_well(CATALOGUE, profile_answers)
    candidates = [
        (question, option)
        for question in path.questions
        if not question.is_profile
        for option in question.options
        if any(
            verdict is Verdict.NOT_MET and CATALOGUE.requirement(rid).cyber_essentials
            for rid, verdict in option.verdicts.items()
        )
    ]
    question, option = data.draw(st.sampled_from(candidates))
    answers[question.id] = Answer(question.id, (option.value,))

    verdicts = verdicts_for(answers)

    failed = {rid for rid, v in option.verdicts.items() if v is Verdict.NOT_MET}
    assert not verdicts.ready_for_cyber_essentials
    assert failed & {item.requirement.id for item in verdicts.blockers}
    for requirement_id in failed:
        item = verdicts.of(requirement_id)
        assert item is not None
        assert item.verdict is Verdict.NOT_MET
        assert Reason("assessment.answer_summary", {"summary": option.summary}) in item.reasons


@settings(max_examples=examples(80), deadline=None)
@given(profiles, st.data())
def test_not_sure_never_counts_as_met(
    profile_answers: dict[str, Answer], data: st.DataObject
) -> None:
    answers, path = answered_well(CATALOGUE, profile_answers)
    controls = [q for q in path.questions if not q.is_profile]
    question = data.draw(st.sampled_from(controls))
    answers[question.id] = Answer(question.id, (NOT_SURE,))

    verdicts = verdicts_for(answers)

    informed = {rid for option in question.options for rid in option.verdicts}
    for requirement_id in informed:
        item = verdicts.of(requirement_id)
        if item is not None:
            assert item.verdict is not Verdict.MET
            assert Reason("assessment.not_sure", {"question": question.summary}) in item.reasons


def test_an_unanswered_question_on_the_path_keeps_its_requirement_unknown() -> None:
    answers, _ = answered_well(CATALOGUE, {})
    del answers["bk.tested"]
    item = verdicts_for(answers).of("ncsc.bk.tested")
    assert item is not None
    assert item.verdict is Verdict.UNKNOWN
    assert Reason("assessment.not_answered") in item.reasons


def test_requirements_that_do_not_apply_are_left_out() -> None:
    no_website = {"profile.website": Answer("profile.website", ("no",))}
    answers, _ = answered_well(CATALOGUE, no_website)
    ids = {item.requirement.id for item in verdicts_for(answers).items}
    assert "web.updates" not in ids
    assert "ce.upd.supported" in ids
