"""Verdict rules on a hand-built catalogue, with questions left unanswered on purpose.

The rules (expected values stated here, not read from the code):
- any answer saying not met makes the requirement not met, whatever else is unanswered;
- otherwise a not-sure answer, an unanswered question on the path, or no answer at all
  makes it unknown;
- met only when every informing question on the path says met.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from smeshield.domain.assessment.answers import Answer
from smeshield.domain.assessment.verdicts import evaluate
from smeshield.domain.catalog.model import NOT_SURE, QuestionKind, Verdict
from smeshield.domain.reasons import Reason
from tests.domain.examples import examples
from tests.domain.tiny_catalogue import (
    MET,
    NOT_MET,
    PROFILE,
    UNEXPOSED,
    UNKNOWN,
    catalogue,
    question,
    requirement,
)

# Two questions inform requirement "r"; q1 also informs "s".
TWO_QUESTIONS = catalogue(
    [requirement("r", cyber_essentials=True), requirement("s")],
    [
        question("q1", {"yes": {"r": MET, "s": MET}, "no": {"r": NOT_MET, "s": NOT_MET}}),
        question("q2", {"yes": {"r": MET}, "no": {"r": NOT_MET}}),
    ],
)


def answer(qid: str, *choices: str) -> Answer:
    return Answer(qid, tuple(choices))


def verdict_of(answers: dict[str, Answer], shown: frozenset[str] | None = None) -> Verdict:
    item = evaluate(TWO_QUESTIONS, PROFILE, answers, shown).of("r")
    assert item is not None
    return item.verdict


def test_given_a_no_and_an_unanswered_question_when_evaluated_then_not_met() -> None:
    assert verdict_of({"q1": answer("q1", "no")}) is Verdict.NOT_MET


def test_given_an_unanswered_question_first_and_a_no_second_then_not_met() -> None:
    assert verdict_of({"q2": answer("q2", "no")}) is Verdict.NOT_MET


def test_given_a_no_and_an_unanswered_question_on_the_path_then_not_met() -> None:
    shown = frozenset({"q1", "q2"})
    assert verdict_of({"q2": answer("q2", "no")}, shown) is Verdict.NOT_MET


def test_given_a_no_and_a_not_sure_then_not_met() -> None:
    answers = {"q1": answer("q1", NOT_SURE), "q2": answer("q2", "no")}
    assert verdict_of(answers) is Verdict.NOT_MET


def test_given_a_yes_and_an_unanswered_question_without_a_path_then_unknown() -> None:
    assert verdict_of({"q1": answer("q1", "yes")}) is Verdict.UNKNOWN


def test_given_a_yes_and_an_unanswered_question_on_the_path_then_unknown() -> None:
    shown = frozenset({"q1", "q2"})
    assert verdict_of({"q1": answer("q1", "yes")}, shown) is Verdict.UNKNOWN


def test_given_a_yes_and_an_unanswered_question_off_the_path_then_met() -> None:
    shown = frozenset({"q1"})
    assert verdict_of({"q1": answer("q1", "yes")}, shown) is Verdict.MET


def test_given_an_unanswered_question_after_one_off_the_path_then_unknown() -> None:
    # q1 is off the path and unanswered; q2 is on it and unanswered too.
    assert verdict_of({}, frozenset({"q2"})) is Verdict.UNKNOWN


def test_given_both_yes_then_met() -> None:
    answers = {"q1": answer("q1", "yes"), "q2": answer("q2", "yes")}
    assert verdict_of(answers) is Verdict.MET


def test_given_a_yes_and_a_not_sure_then_unknown() -> None:
    answers = {"q1": answer("q1", "yes"), "q2": answer("q2", NOT_SURE)}
    assert verdict_of(answers) is Verdict.UNKNOWN


def test_given_nothing_answered_then_unknown() -> None:
    assert verdict_of({}) is Verdict.UNKNOWN


def test_given_both_questions_off_the_path_then_unknown_not_met() -> None:
    # Nothing informs the requirement: it cannot be met on no evidence.
    assert verdict_of({}, frozenset()) is Verdict.UNKNOWN


def test_given_a_requirement_no_question_informs_then_unknown() -> None:
    lonely = catalogue([requirement("r"), requirement("alone")], TWO_QUESTIONS.questions)
    item = evaluate(lonely, PROFILE, {}).of("alone")
    assert item is not None
    assert item.verdict is Verdict.UNKNOWN


def test_given_a_choice_that_is_not_an_option_then_it_counts_for_nothing() -> None:
    # Only q1 is on the path; its one choice is no option, so nothing says met.
    assert verdict_of({"q1": answer("q1", "maybe")}, frozenset({"q1"})) is Verdict.UNKNOWN


def test_with_one_answer_met_and_one_missing_the_reason_is_only_what_is_missing() -> None:
    item = evaluate(TWO_QUESTIONS, PROFILE, {"q1": answer("q1", "yes")}).of("r")
    assert item is not None
    # The verdict is unknown because q2 is unanswered; q1's "yes" did not decide it.
    assert item.reasons == (Reason("assessment.not_answered", {}),)
    assert item.decided_by == ()


def test_a_not_sure_answer_is_the_only_reason_for_the_unknown_it_decides() -> None:
    answers = {"q1": answer("q1", NOT_SURE), "q2": answer("q2", "yes")}
    item = evaluate(TWO_QUESTIONS, PROFILE, answers).of("r")
    assert item is not None
    assert item.reasons == (Reason("assessment.not_sure", {"question": "summary of q1"}),)
    assert item.decided_by == ("q1",)


def test_met_reasons_do_not_say_anything_is_missing() -> None:
    answers = {"q1": answer("q1", "yes"), "q2": answer("q2", "yes")}
    item = evaluate(TWO_QUESTIONS, PROFILE, answers).of("r")
    assert item is not None
    assert len(item.reasons) == 2


def test_an_answer_about_another_requirement_does_not_inform_this_one() -> None:
    multi = catalogue(
        [requirement("r"), requirement("t")],
        [
            question(
                "qm",
                {"a": {"t": NOT_MET}, "b": {"r": MET}},
                kind=QuestionKind.MULTIPLE,
            )
        ],
    )
    verdicts = evaluate(multi, PROFILE, {"qm": answer("qm", "a", "b")})
    r, t = verdicts.of("r"), verdicts.of("t")
    assert r is not None
    assert t is not None
    assert (r.verdict, t.verdict) == (Verdict.MET, Verdict.NOT_MET)
    assert len(r.reasons) == 1


def test_a_requirement_that_does_not_apply_gets_no_verdict() -> None:
    website_only = catalogue(
        [requirement("r"), requirement("web", applies_when="has_website")],
        [question("q", {"yes": {"r": MET, "web": MET}})],
    )
    verdicts = evaluate(website_only, UNEXPOSED, {"q": answer("q", "yes")})
    assert [item.requirement.id for item in verdicts.items] == ["r"]
    assert verdicts.of("web") is None
    assert verdicts.catalogue_version == "test-1"


def test_ready_only_when_every_cyber_essentials_requirement_is_met() -> None:
    ready = evaluate(TWO_QUESTIONS, PROFILE, {"q1": answer("q1", "yes"), "q2": answer("q2", "yes")})
    assert ready.ready_for_cyber_essentials
    assert ready.blockers == ()
    not_ready = evaluate(TWO_QUESTIONS, PROFILE, {"q1": answer("q1", "yes")})
    assert not not_ready.ready_for_cyber_essentials
    assert [b.requirement.id for b in not_ready.blockers] == ["r"]
    # "s" is not a Cyber Essentials requirement: only "r" counts.
    assert [i.requirement.id for i in not_ready.cyber_essentials] == ["r"]


def test_no_cyber_essentials_requirements_means_not_ready() -> None:
    none_ce = catalogue([requirement("s")], [question("q", {"yes": {"s": MET}})])
    verdicts = evaluate(none_ce, PROFILE, {"q": answer("q", "yes")})
    assert not verdicts.ready_for_cyber_essentials


def test_count_counts_each_verdict() -> None:
    verdicts = evaluate(TWO_QUESTIONS, PROFILE, {"q1": answer("q1", "yes")})
    # r: q2 unanswered -> unknown; s: only q1 informs it -> met.
    assert (verdicts.count(Verdict.MET), verdicts.count(Verdict.UNKNOWN)) == (1, 1)
    assert verdicts.count(Verdict.NOT_MET) == 0


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(["yes", "no", NOT_SURE, None]),
    st.sampled_from(["yes", "no", NOT_SURE, None]),
    st.sampled_from([None, frozenset({"q1", "q2"}), frozenset({"q1"}), frozenset({"q2"})]),
)
def test_the_verdict_follows_the_rules_for_every_combination(
    first: str | None, second: str | None, shown: frozenset[str] | None
) -> None:
    answers = {
        qid: answer(qid, choice)
        for qid, choice in (("q1", first), ("q2", second))
        if choice is not None
    }
    on_path = {"q1", "q2"} if shown is None else shown
    given_answers = [first, second]
    unanswered_on_path = any(
        choice is None and qid in on_path for qid, choice in (("q1", first), ("q2", second))
    )
    if "no" in given_answers:
        expected = NOT_MET
    elif unanswered_on_path or NOT_SURE in given_answers or "yes" not in given_answers:
        expected = UNKNOWN
    else:
        expected = MET
    assert verdict_of(answers, shown) is expected
