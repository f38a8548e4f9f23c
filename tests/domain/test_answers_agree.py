"""Every question x every option of every catalogue version: the summary shown is the
option's own, and each verdict's reasons cite only questions mapped to that requirement."""

from __future__ import annotations

import pytest

from smeshield.domain.assessment.answers import Answer, answer_summary, profile_from
from smeshield.domain.assessment.profile import BusinessFacts
from smeshield.domain.assessment.verdicts import evaluate
from smeshield.domain.catalog.model import NOT_SURE, Catalogue, Question, Verdict
from smeshield.domain.organisations.size_bands import SizeBand
from smeshield.domain.reasons import Reason
from tests.domain.catalogue_fixture import shipped_catalogues

FACTS = BusinessFacts(sector="I", size_band=SizeBand.MICRO)

CASES = [
    (catalogue, question, value)
    for catalogue in shipped_catalogues()
    for question in catalogue.questions
    for value in [*(o.value for o in question.options), NOT_SURE]
]


def said(summary: str) -> Reason:
    """The reason a verdict gives for an answer: the chosen option's own summary."""
    return Reason("assessment.answer_summary", {"summary": summary})


def _mapped(catalogue: Catalogue, requirement_id: str) -> set[str]:
    return {q.id for q in catalogue.questions for o in q.options if requirement_id in o.verdicts}


@pytest.mark.parametrize(
    ("catalogue", "question", "value"),
    CASES,
    ids=[f"{c.version}-{q.id}-{v}" for c, q, v in CASES],
)
def test_given_one_option_then_its_summary_shows_and_reasons_cite_only_mapped_questions(
    catalogue: Catalogue, question: Question, value: str
) -> None:
    answer = Answer(question.id, (value,))
    option = question.option(value)

    shown = answer_summary(question, answer)
    verdicts = evaluate(
        catalogue, profile_from(catalogue, FACTS, {question.id: answer}), {question.id: answer}
    )

    assert shown == (() if option is None else (option.summary,))
    for item in verdicts.items:
        assert set(item.decided_by) <= _mapped(catalogue, item.requirement.id), item
        assert len(item.reasons) >= len(item.decided_by)
        if option is not None and item.requirement.id in option.verdicts:
            given = option.verdicts[item.requirement.id]
            assert item.decided_by == (question.id,)
            if given is Verdict.NOT_MET:
                assert item.verdict is Verdict.NOT_MET
                assert item.reasons == (said(option.summary),)


def test_given_autorun_yes_then_the_summary_says_files_open_by_themselves() -> None:
    danzell = shipped_catalogues()[1]
    question = danzell.question("sc.autorun")
    assert question is not None
    assert answer_summary(question, Answer("sc.autorun", ("yes",))) == ("Files open by themselves",)
    assert answer_summary(question, Answer("sc.autorun", ("no",))) == ("Nothing opens by itself",)


def test_given_router_password_no_then_the_firewall_is_not_justified_by_it() -> None:
    for catalogue in shipped_catalogues():
        answers = {
            "fw.boundary": Answer("fw.boundary", ("yes",)),
            "fw.router-password": Answer("fw.router-password", ("no",)),
        }
        verdicts = evaluate(catalogue, profile_from(catalogue, FACTS, answers), answers)
        boundary = verdicts.of("ce.fw.boundary")
        assert boundary is not None
        assert boundary.verdict is Verdict.MET
        assert boundary.decided_by == ("fw.boundary",)
        assert boundary.reasons == (said("Internet comes through a router or firewall"),)


def test_given_a_met_and_a_not_met_answer_then_only_the_not_met_one_is_cited() -> None:
    danzell = shipped_catalogues()[1]
    answers = {
        "upd.automatic": Answer("upd.automatic", ("none",)),
        "upd.router": Answer("upd.router", ("yes",)),
        "upd.os-fourteen-days": Answer("upd.os-fourteen-days", ("yes",)),
    }
    verdicts = evaluate(danzell, profile_from(danzell, FACTS, answers), answers)
    item = verdicts.of("ce.upd.auto")
    assert item is not None
    assert item.verdict is Verdict.NOT_MET
    assert item.reasons == (said("Updates do not run by themselves"),)
