"""Every business-facing text in the content files is plain English: Flesch-Kincaid
grade 9 or below, and no sentence longer than 25 words (checked with textstat)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import textstat

from smeshield.domain.catalog.model import Catalogue
from smeshield.domain.incidents.playbooks import Playbooks
from tests.domain.catalogue_fixture import shipped_catalogue, shipped_catalogues
from tests.domain.incidents_fixture import shipped_playbooks

GRADE_CEILING = 9
MAX_SENTENCE_WORDS = 25
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def texts(catalogue: Catalogue) -> Iterator[tuple[str, str]]:
    for area in catalogue.areas:
        yield f"area {area.id} summary", area.summary
    for requirement in catalogue.requirements:
        yield f"requirement {requirement.id} statement", requirement.statement
        yield f"requirement {requirement.id} why", requirement.why
        if requirement.change:
            yield f"requirement {requirement.id} change", requirement.change
    for question in catalogue.questions:
        yield f"question {question.id} text", question.text
        if question.hint:
            yield f"question {question.id} hint", question.hint
        yield f"question {question.id} how to find out", question.how_to_find_out
        for rule, example in question.examples:
            yield f"question {question.id} example for {rule}", example
        for option in question.options:
            yield f"question {question.id} option {option.value}", option.label
            yield f"question {question.id} option {option.value} summary", option.summary
    for action in catalogue.actions:
        yield f"action {action.id} title", action.title
        yield f"action {action.id} why", action.why
        for number, step in enumerate(action.steps, start=1):
            yield f"action {action.id} step {number}", step
        for rule, steps in action.extra_steps:
            for number, step in enumerate(steps, start=1):
                yield f"action {action.id} step {number} for {rule}", step
    for offer in catalogue.offers:
        yield f"offer {offer.barrier}", offer.offer


def playbook_texts(playbooks: Playbooks) -> Iterator[tuple[str, str]]:
    for contact in playbooks.contacts:
        yield f"contact {contact.id}", contact.detail
    for playbook in playbooks.types:
        yield f"incident {playbook.id} title", playbook.title
        yield f"incident {playbook.id} signs", playbook.signs
        for number, step in enumerate(playbook.steps, start=1):
            yield f"incident {playbook.id} step {number}", step
        for number, item in enumerate(playbook.gather, start=1):
            yield f"incident {playbook.id} gather {number}", item


DANZELL_TEXTS = list(texts(shipped_catalogues()[-1]))
ALL_TEXTS = (
    list(texts(shipped_catalogue())) + DANZELL_TEXTS + list(playbook_texts(shipped_playbooks()))
)


def _grade(text: str) -> float:
    # A single short phrase scores oddly; grade the text as the reader meets it.
    return float(textstat.flesch_kincaid_grade(text))


@pytest.mark.parametrize(("where", "text"), ALL_TEXTS, ids=[where for where, _ in ALL_TEXTS])
def test_no_sentence_is_longer_than_25_words(where: str, text: str) -> None:
    for sentence in _SENTENCE_END.split(text):
        assert len(sentence.split()) <= MAX_SENTENCE_WORDS, sentence


def _whole(texts: list[tuple[str, str]]) -> str:
    return " ".join(text if text.endswith((".", "?", "!")) else f"{text}." for _, text in texts)


def test_the_content_as_a_whole_reads_at_grade_9_or_below() -> None:
    assert _grade(_whole(ALL_TEXTS)) <= GRADE_CEILING


def test_the_incident_playbooks_as_a_whole_read_at_grade_9_or_below() -> None:
    assert _grade(_whole(list(playbook_texts(shipped_playbooks())))) <= GRADE_CEILING


@pytest.mark.parametrize(
    ("where", "text"),
    [(w, t) for w, t in ALL_TEXTS if len(t.split()) >= 12],
    ids=[w for w, t in ALL_TEXTS if len(t.split()) >= 12],
)
def test_every_longer_text_reads_at_grade_9_or_below(where: str, text: str) -> None:
    assert _grade(text) <= GRADE_CEILING, f"grade {_grade(text)}: {text}"


def test_the_danzell_catalogue_reads_at_grade_9_for_95_percent_and_8_on_average() -> None:
    grades = [_grade(text) for _, text in DANZELL_TEXTS]
    within = sum(1 for grade in grades if grade <= GRADE_CEILING) / len(grades)
    assert within >= 0.95, sorted(
        (round(_grade(t), 1), w) for w, t in DANZELL_TEXTS if _grade(t) > GRADE_CEILING
    )
    assert sum(grades) / len(grades) <= 8


def test_no_sentence_of_the_danzell_catalogue_is_over_25_words() -> None:
    long = [
        sentence
        for _, text in DANZELL_TEXTS
        for sentence in _SENTENCE_END.split(text)
        if len(sentence.split()) > MAX_SENTENCE_WORDS
    ]
    assert long == []
