"""Answers to questions: checked against the question, and read into a profile."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from smeshield.domain.assessment.profile import BusinessFacts, Profile
from smeshield.domain.catalog.model import NOT_SURE, Catalogue, Question, QuestionKind
from smeshield.domain.products.vocabulary import Vocabulary

MAX_OTHER_LINES = 50
MAX_LINE_LENGTH = 100


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer: the options chosen, and any lines typed (products)."""

    question_id: str
    choices: tuple[str, ...]
    other: tuple[str, ...] = ()

    @property
    def not_sure(self) -> bool:
        return self.choices == (NOT_SURE,)

    def as_json(self) -> dict[str, object]:
        return {"choices": list(self.choices), "other": list(self.other)}


class InvalidAnswerError(ValueError):
    """An answer that does not fit its question; ``code`` says why."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


def parse_answer(question: Question, choices: Iterable[str], other: Iterable[str] = ()) -> Answer:
    """Check raw choices (and typed lines) against the question; tidy and return them."""
    picked = tuple(dict.fromkeys(c.strip() for c in choices if c and c.strip()))
    lines = tuple(dict.fromkeys(" ".join(line.split()) for line in other if line and line.strip()))
    if question.kind is not QuestionKind.PRODUCTS and lines:
        raise InvalidAnswerError("unexpected_text", "this question takes no typed answer")
    if any(len(line) > MAX_LINE_LENGTH for line in lines) or len(lines) > MAX_OTHER_LINES:
        raise InvalidAnswerError(
            "too_long", f"at most {MAX_OTHER_LINES} lines of {MAX_LINE_LENGTH}"
        )
    if NOT_SURE in picked:
        if len(picked) > 1 or lines:
            raise InvalidAnswerError("not_sure_and_more", "'not sure' goes alone")
        return Answer(question.id, (NOT_SURE,))
    unknown = [choice for choice in picked if question.option(choice) is None]
    if unknown:
        raise InvalidAnswerError("unknown_option", ", ".join(unknown))
    exclusive = [c for c in picked if question.option(c).exclusive]  # type: ignore[union-attr]
    if exclusive and len(picked) > 1:
        raise InvalidAnswerError("exclusive_and_more", f"'{exclusive[0]}' goes alone")
    if question.kind is QuestionKind.SINGLE and len(picked) != 1:
        raise InvalidAnswerError("choose_one")
    if question.kind is QuestionKind.MULTIPLE and not picked:
        raise InvalidAnswerError("choose_at_least_one")
    if question.kind is QuestionKind.PRODUCTS and not picked and not lines:
        raise InvalidAnswerError("choose_at_least_one")
    return Answer(question.id, picked, lines)


def answer_summary(question: Question, answer: Answer) -> tuple[str, ...]:
    """The answer in the words of each option chosen (and any lines typed)."""
    if answer.not_sure:
        return ()
    summaries = [o.summary for c in answer.choices if (o := question.option(c)) is not None]
    return (*summaries, *answer.other)


FLAGS = "flags"  # a multiple-choice profile question whose options each set one yes/no fact


def _profile_updates(
    question: Question, answer: Answer, vocabulary: Vocabulary | None
) -> dict[str, object]:
    """The profile facts one answer sets (not sure leaves them unknown)."""
    if question.kind is QuestionKind.PRODUCTS:
        picked = {str(question.option(c).fact) for c in answer.choices if not answer.not_sure}  # type: ignore[union-attr]
        unrecognised: list[str] = []
        for line in answer.other:
            identity = vocabulary.lookup(line) if vocabulary else None
            if identity is None:
                unrecognised.append(line)
            else:
                picked.add(identity.id)
        return {"products": frozenset(picked), "products_unrecognised": tuple(unrecognised)}
    if question.profile_fact == FLAGS:
        flags = [str(option.fact) for option in question.options if option.fact]
        if answer.not_sure:
            return dict.fromkeys(flags)
        chosen = {str(question.option(c).fact) for c in answer.choices}  # type: ignore[union-attr]
        return {flag: flag in chosen for flag in flags}
    if answer.not_sure:
        return {question.profile_fact: None}
    if question.kind is QuestionKind.MULTIPLE:
        facts = {question.option(c).fact for c in answer.choices}  # type: ignore[union-attr]
        return {question.profile_fact: frozenset(str(f) for f in facts if f)}
    option = question.option(answer.choices[0])
    return {question.profile_fact: option.fact if option is not None else None}


def profile_from(
    catalogue: Catalogue,
    facts: BusinessFacts,
    answers: Mapping[str, Answer],
    vocabulary: Vocabulary | None = None,
) -> Profile:
    """The profile the business's profile answers describe (unanswered facts stay None)."""
    updates: dict[str, object] = {}
    named: set[str] = set()  # products named by options of other questions (online services)
    for question in catalogue.questions:
        answer = answers.get(question.id)
        if question.is_profile and answer is not None:
            updates.update(_profile_updates(question, answer, vocabulary))
            if not answer.not_sure:
                named |= {
                    o.product for c in answer.choices if (o := question.option(c)) and o.product
                }
    if named:
        ticked = updates.get("products", frozenset())
        updates["products"] = named | (ticked if isinstance(ticked, frozenset) else frozenset())
    return replace(Profile(facts=facts), **updates)  # type: ignore[arg-type]
