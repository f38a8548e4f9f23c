"""What the catalogue is made of. Frozen dataclasses built by ``catalog.loader``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Verdict(StrEnum):
    """Where a business stands on one requirement."""

    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"


class QuestionKind(StrEnum):
    SINGLE = "single"  # pick one option
    MULTIPLE = "multiple"  # pick any number of options (none allowed)
    PRODUCTS = "products"  # pick common products and type others, one per line


NOT_SURE = "not_sure"  # every question offers "I'm not sure"


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a requirement comes from, so a user can check it."""

    scheme: str  # e.g. "Cyber Essentials v3.2 (Willow)", "NCSC Small Business Guide"
    section: str  # e.g. "Firewalls", "Backing up your data"
    nist_csf: tuple[str, ...]  # NIST CSF 2.0 subcategories, e.g. ("PR.IR-01",)
    url: str = ""


@dataclass(frozen=True, slots=True)
class Area:
    id: str
    name: str
    group: str  # "cyber_essentials", "ncsc_guide", "fraud" or "readiness"
    summary: str


@dataclass(frozen=True, slots=True)
class Requirement:
    """One thing a business must do (or should do), in plain words."""

    id: str
    area: str
    statement: str
    why: str
    source: SourceRef
    applies_when: str  # the name of an applicability predicate
    cyber_essentials: bool  # counts towards "ready to apply for Cyber Essentials?"
    weight: int  # 1 (helps) to 3 (stops common attacks)
    exposures: tuple[str, ...] = ()  # profile exposures that make a gap riskier
    most_exploited: bool = False  # gaps attackers use most (e.g. missing updates, no 2SV)
    auto_fail: bool = False  # missing it fails the whole Cyber Essentials assessment
    replaces: tuple[str, ...] = ()  # ids in the previous version this one takes over from
    change: str = ""  # what changed from the previous version, in plain words


@dataclass(frozen=True, slots=True)
class Option:
    value: str
    label: str
    summary: str = ""  # this option in a few words: check-your-answers and reasons
    hint: str = ""
    # For control questions: the verdict this answer gives each requirement it informs.
    verdicts: Mapping[str, Verdict] = field(default_factory=dict)
    # For profile questions: the value the profile fact takes.
    fact: object = None
    # "None of these": must be chosen alone (multiple-choice questions).
    exclusive: bool = False
    # The product this option names ("vendor:product"), for the business's technology list.
    product: str = ""


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    section: str  # "profile" or an area id
    kind: QuestionKind
    text: str
    summary: str  # a few words naming the topic, used in reasons and check-your-answers
    hint: str
    how_to_find_out: str
    options: tuple[Option, ...]
    show_when: str = "always"
    profile_fact: str = ""  # for profile questions: which profile fact the answer sets
    # Hints in the words of a sector or kind of business: (rule name, hint), first match wins.
    examples: tuple[tuple[str, str], ...] = ()

    @property
    def is_profile(self) -> bool:
        return self.section == "profile"

    def option(self, value: str) -> Option | None:
        return next((option for option in self.options if option.value == value), None)


class CostBand(StrEnum):
    FREE = "free"
    UNDER_100 = "under_100"
    MORE = "more"


class Difficulty(StrEnum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


_DIFFICULTY_EFFORT = {Difficulty.EASY: 1, Difficulty.MEDIUM: 2, Difficulty.HARD: 3}


@dataclass(frozen=True, slots=True)
class Action:
    """Something to do: what, why, how, and what it costs in money, time and skill."""

    id: str
    title: str
    why: str
    steps: tuple[str, ...]
    fixes: tuple[str, ...]  # requirement ids
    cost: CostBand
    minutes: int  # typical time needed
    difficulty: Difficulty
    free_tools: tuple[str, ...] = ()
    help_topics: tuple[str, ...] = ()  # for "who can help" (the support directory)
    first_when: tuple[str, ...] = ()  # profile rules that make it one of the first things to do
    extra_steps: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (rule name, steps added)
    sole_trader_cost: CostBand | None = None  # what it costs a business of one person
    sole_trader_minutes: int | None = None

    @property
    def effort(self) -> int:
        """A rough effort score from 1 to 9: difficulty, time and cost together."""
        difficulty = _DIFFICULTY_EFFORT[self.difficulty]
        time = 1 if self.minutes <= 30 else 2 if self.minutes <= 180 else 3
        cost = {CostBand.FREE: 0, CostBand.UNDER_100: 1, CostBand.MORE: 3}[self.cost]
        return difficulty + time + cost


class Barrier(StrEnum):
    """Why an action is stuck (the forum's list: cost, know-how, time, trust, language)."""

    COST = "cost"
    KNOW_HOW = "know_how"
    TIME = "time"
    TRUST = "trust"
    LANGUAGE = "language"
    TRAINING = "training"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Offer:
    """What we offer someone stuck for a reason."""

    barrier: Barrier
    label: str  # how the reason is shown as an option
    offer: str  # the tailored answer
    help_topics: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Catalogue:
    """One dated revision of the whole check."""

    version: str
    name: str
    effective_from: date
    effective_to: date | None
    areas: tuple[Area, ...]
    requirements: tuple[Requirement, ...]
    questions: tuple[Question, ...]
    actions: tuple[Action, ...]
    offers: tuple[Offer, ...]
    _requirements: dict[str, Requirement] = field(init=False, repr=False, compare=False)
    _questions: dict[str, Question] = field(init=False, repr=False, compare=False)
    _areas: dict[str, Area] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_requirements", {r.id: r for r in self.requirements})
        object.__setattr__(self, "_questions", {q.id: q for q in self.questions})
        object.__setattr__(self, "_areas", {a.id: a for a in self.areas})

    def requirement(self, requirement_id: str) -> Requirement:
        return self._requirements[requirement_id]

    def question(self, question_id: str) -> Question | None:
        return self._questions.get(question_id)

    def area(self, area_id: str) -> Area:
        return self._areas[area_id]

    @property
    def auto_fail_ids(self) -> frozenset[str]:
        return frozenset(r.id for r in self.requirements if r.auto_fail)

    def offer(self, barrier: Barrier) -> Offer:
        return next(offer for offer in self.offers if offer.barrier is barrier)

    def in_force_on(self, day: date) -> bool:
        return self.effective_from <= day and (
            self.effective_to is None or day <= self.effective_to
        )
