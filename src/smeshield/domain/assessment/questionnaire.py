"""The path through the questions: which are shown, in what order, and how far along."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from smeshield.domain.assessment.answers import Answer
from smeshield.domain.assessment.applicability import applies
from smeshield.domain.assessment.profile import Profile
from smeshield.domain.catalog.model import Catalogue, Question


def hint_for(question: Question, profile: Profile) -> str:
    """The hint in the words of this kind of business (a cafe's till, a charity's
    volunteers), else the question's own hint."""
    return next((text for rule, text in question.examples if applies(rule, profile)), question.hint)


@dataclass(frozen=True, slots=True)
class Path:
    """The questions shown to one business, in order, given its profile so far."""

    questions: tuple[Question, ...]

    @classmethod
    def for_profile(cls, catalogue: Catalogue, profile: Profile) -> Path:
        return cls(tuple(q for q in catalogue.questions if applies(q.show_when, profile)))

    def includes(self, question_id: str) -> bool:
        return any(question.id == question_id for question in self.questions)

    def _index(self, question_id: str) -> int:
        for index, question in enumerate(self.questions):
            if question.id == question_id:
                return index
        raise KeyError(question_id)

    def after(self, question_id: str) -> Question | None:
        index = self._index(question_id)
        return self.questions[index + 1] if index + 1 < len(self.questions) else None

    def before(self, question_id: str) -> Question | None:
        index = self._index(question_id)
        return self.questions[index - 1] if index > 0 else None

    def first_unanswered(self, answers: Mapping[str, Answer]) -> Question | None:
        return next((q for q in self.questions if q.id not in answers), None)

    def next_unanswered_after(
        self, question_id: str, answers: Mapping[str, Answer]
    ) -> Question | None:
        """The next question still to answer after this one, else the first one skipped."""
        index = self._index(question_id)
        later = (q for q in self.questions[index + 1 :] if q.id not in answers)
        return next(later, None) or self.first_unanswered(answers)

    def answered(self, answers: Mapping[str, Answer]) -> int:
        return sum(1 for question in self.questions if question.id in answers)

    @property
    def total(self) -> int:
        return len(self.questions)

    def part_of(self, question: Question) -> tuple[Question, ...]:
        """The part a question belongs to: about the business first, then the controls.

        The profile part has a fixed length; the controls part is known once the
        profile is answered, so "Question 3 of N" does not jump from page to page.
        """
        return tuple(q for q in self.questions if q.is_profile is question.is_profile)

    def position(self, question: Question) -> tuple[int, int]:
        """(number, count) of the question within its part, from 1."""
        part = self.part_of(question)
        return [q.id for q in part].index(question.id) + 1, len(part)

    def profile_done(self, answers: Mapping[str, Answer]) -> bool:
        return all(q.id in answers for q in self.questions if q.is_profile)

    def controls(self) -> int:
        return sum(1 for q in self.questions if not q.is_profile)

    def complete(self, answers: Mapping[str, Answer]) -> bool:
        return self.first_unanswered(answers) is None
