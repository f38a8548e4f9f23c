"""Building a catalogue from its content file (already parsed), with every check we can make.

Two layers of checking: the JSON Schema (shape and types) and the cross-references
(every option names a real requirement, every requirement can be answered and fixed,
every rule name exists). Both run at start-up and in the tests.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import jsonschema

from smeshield.domain.assessment.applicability import PREDICATES
from smeshield.domain.catalog.model import (
    NOT_SURE,
    Action,
    Area,
    Barrier,
    Catalogue,
    CostBand,
    Difficulty,
    Offer,
    Option,
    Question,
    QuestionKind,
    Requirement,
    SourceRef,
    Verdict,
)


class CatalogueError(ValueError):
    """The content file is not a valid catalogue; ``problems`` lists every reason."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def schema_problems(document: Any, schema: Mapping[str, Any]) -> list[str]:
    validator = jsonschema.Draft202012Validator(schema)
    return [
        f"{'/'.join(str(p) for p in error.absolute_path) or '(top)'}: {error.message}"
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    ]


def _date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _requirement(data: Mapping[str, Any]) -> Requirement:
    source = data["source"]
    return Requirement(
        id=data["id"],
        area=data["area"],
        statement=data["statement"],
        why=data["why"],
        source=SourceRef(
            scheme=source["scheme"],
            section=source["section"],
            nist_csf=tuple(source.get("nist_csf", ())),
            url=source.get("url", ""),
        ),
        applies_when=data.get("applies_when", "always"),
        cyber_essentials=bool(data.get("cyber_essentials", False)),
        weight=int(data.get("weight", 2)),
        exposures=tuple(data.get("exposures", ())),
        most_exploited=bool(data.get("most_exploited", False)),
    )


def _question(data: Mapping[str, Any]) -> Question:
    kind = QuestionKind(data.get("kind", "single"))
    options = tuple(
        Option(
            value=option["value"],
            label=option["label"],
            hint=option.get("hint", ""),
            verdicts={rid: Verdict(v) for rid, v in (option.get("verdicts") or {}).items()},
            fact=option.get("fact"),
            # In a multiple-choice profile question, the option with no fact means "none of these".
            exclusive=kind is QuestionKind.MULTIPLE and "fact" in option and option["fact"] is None,
        )
        for option in data["options"]
    )
    return Question(
        id=data["id"],
        section=data["section"],
        kind=kind,
        text=data["text"],
        summary=data["summary"],
        hint=data.get("hint", ""),
        how_to_find_out=data["how_to_find_out"],
        options=options,
        show_when=data.get("show_when", "always"),
        profile_fact=data.get("profile_fact", ""),
    )


def _action(data: Mapping[str, Any]) -> Action:
    return Action(
        id=data["id"],
        title=data["title"],
        why=data["why"],
        steps=tuple(data["steps"]),
        fixes=tuple(data["fixes"]),
        cost=CostBand(data["cost"]),
        minutes=int(data["minutes"]),
        difficulty=Difficulty(data["difficulty"]),
        free_tools=tuple(data.get("free_tools", ())),
        help_topics=tuple(data.get("help_topics", ())),
    )


def _duplicate_problems(catalogue: Catalogue) -> list[str]:
    problems: list[str] = []
    for kind, ids in (
        ("requirement", [r.id for r in catalogue.requirements]),
        ("question", [q.id for q in catalogue.questions]),
        ("action", [a.id for a in catalogue.actions]),
    ):
        duplicates = {i for i in ids if ids.count(i) > 1}
        problems += [f"{kind} id {i} is used twice" for i in sorted(duplicates)]
    return problems


def _requirement_problems(catalogue: Catalogue) -> list[str]:
    area_ids = {a.id for a in catalogue.areas}
    problems = [
        f"requirement {r.id}: unknown area {r.area}"
        for r in catalogue.requirements
        if r.area not in area_ids
    ]
    problems += [
        f"requirement {r.id}: unknown rule {r.applies_when}"
        for r in catalogue.requirements
        if r.applies_when not in PREDICATES
    ]
    return problems


def _question_problems(catalogue: Catalogue) -> list[str]:
    problems: list[str] = []
    requirement_ids = {r.id for r in catalogue.requirements}
    area_ids = {a.id for a in catalogue.areas}
    for question in catalogue.questions:
        where = f"question {question.id}"
        if question.show_when not in PREDICATES:
            problems.append(f"{where}: unknown rule {question.show_when}")
        if not question.is_profile and question.section not in area_ids:
            problems.append(f"{where}: unknown section {question.section}")
        if question.is_profile and not question.profile_fact:
            problems.append(f"{where}: a profile question needs profile_fact")
        if any(option.value == NOT_SURE for option in question.options):
            problems.append(f"{where}: '{NOT_SURE}' is added for every question")
        if not question.is_profile and len({frozenset(o.verdicts) for o in question.options}) > 1:
            problems.append(f"{where}: every option must give a verdict on the same requirements")
        problems += [
            f"{where} option {option.value}: unknown requirement {requirement_id}"
            for option in question.options
            for requirement_id in option.verdicts
            if requirement_id not in requirement_ids
        ]
    return problems


def _coverage_problems(catalogue: Catalogue) -> list[str]:
    """Every requirement can be answered and fixed; every action fixes something real."""
    requirement_ids = {r.id for r in catalogue.requirements}
    informed = {r for q in catalogue.questions for o in q.options for r in o.verdicts}
    fixed = {r for action in catalogue.actions for r in action.fixes}
    problems = [
        f"action {action.id}: unknown requirement {r}"
        for action in catalogue.actions
        for r in action.fixes
        if r not in requirement_ids
    ]
    problems += [
        f"requirement {r}: no question informs it" for r in sorted(requirement_ids - informed)
    ]
    problems += [f"requirement {r}: no action fixes it" for r in sorted(requirement_ids - fixed)]
    missing_offers = set(Barrier) - {offer.barrier for offer in catalogue.offers}
    problems += [f"no offer for barrier {b}" for b in sorted(missing_offers)]
    return problems


def _cross_reference_problems(catalogue: Catalogue) -> list[str]:
    return (
        _duplicate_problems(catalogue)
        + _requirement_problems(catalogue)
        + _question_problems(catalogue)
        + _coverage_problems(catalogue)
    )


def build_catalogue(document: Mapping[str, Any], schema: Mapping[str, Any]) -> Catalogue:
    """Check the content file and build the catalogue, or raise ``CatalogueError``."""
    problems = schema_problems(document, schema)
    if problems:
        raise CatalogueError(problems)
    meta = document["catalogue"]
    catalogue = Catalogue(
        version=meta["version"],
        name=meta["name"],
        effective_from=_date(meta["effective_from"]),
        effective_to=_date(meta["effective_to"]) if meta.get("effective_to") else None,
        areas=tuple(Area(a["id"], a["name"], a["group"], a["summary"]) for a in document["areas"]),
        requirements=tuple(_requirement(r) for r in document["requirements"]),
        questions=tuple(_question(q) for q in document["questions"]),
        actions=tuple(_action(a) for a in document["actions"]),
        offers=tuple(
            Offer(Barrier(o["barrier"]), o["label"], o["offer"], tuple(o.get("help_topics", ())))
            for o in document["offers"]
        ),
    )
    problems = _cross_reference_problems(catalogue)
    if problems:
        raise CatalogueError(problems)
    return catalogue
