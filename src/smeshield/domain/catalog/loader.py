"""Building a catalogue from its content file (already parsed), with every check we can make.

Two layers of checking: the JSON Schema (shape and types) and the cross-references
(every option names a real requirement, every requirement can be answered and fixed,
every rule name exists). Both run at start-up and in the tests.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import jsonschema

from smeshield.domain.assessment.applicability import PREDICATES
from smeshield.domain.catalog.locations import FieldPath, Located, field_name
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
    """The content file is not a valid catalogue; ``problems`` lists every reason.

    Each problem names the file, line and field when they are known:
    ``cyber-essentials-v3.3-danzell.yaml, line 412, field questions[3].options[0]: ...``.
    """

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class Problem:
    path: FieldPath
    message: str


def _schema_problems(document: Any, schema: Mapping[str, Any]) -> list[Problem]:
    validator = jsonschema.Draft202012Validator(schema)
    problems = []
    for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
        path: FieldPath = tuple(error.absolute_path)
        if error.validator == "required" and isinstance(error.instance, Mapping):
            missing = [name for name in error.validator_value if name not in error.instance]
            path = (*path, *missing[:1])
        problems.append(Problem(path, error.message))
    return problems


def schema_problems(document: Any, schema: Mapping[str, Any]) -> list[str]:
    return [
        f"{field_name(problem.path)}: {problem.message}"
        for problem in _schema_problems(document, schema)
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
        auto_fail=bool(data.get("auto_fail", False)),
        replaces=tuple(data.get("replaces", ())),
        change=data.get("change", ""),
    )


def _question(data: Mapping[str, Any]) -> Question:
    kind = QuestionKind(data.get("kind", "single"))
    options = tuple(
        Option(
            value=option["value"],
            label=option["label"],
            summary=option["summary"],
            hint=option.get("hint", ""),
            verdicts={rid: Verdict(v) for rid, v in (option.get("verdicts") or {}).items()},
            fact=option.get("fact"),
            # In a multiple-choice profile question, the option with no fact means "none of these".
            exclusive=kind is QuestionKind.MULTIPLE and "fact" in option and option["fact"] is None,
            product=option.get("product", ""),
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
        examples=tuple((rule, text) for rule, text in (data.get("examples") or {}).items()),
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
        first_when=tuple(data.get("first_when", ())),
        extra_steps=tuple(
            (rule, tuple(steps)) for rule, steps in (data.get("extra_steps") or {}).items()
        ),
        sole_trader_cost=CostBand(one["cost"])
        if (one := data.get("sole_trader")) and "cost" in one
        else None,
        sole_trader_minutes=int(one["minutes"]) if one and "minutes" in one else None,
    )


def _duplicate_problems(catalogue: Catalogue) -> list[Problem]:
    problems: list[Problem] = []
    for kind, key, ids in (
        ("requirement", "requirements", [r.id for r in catalogue.requirements]),
        ("question", "questions", [q.id for q in catalogue.questions]),
        ("action", "actions", [a.id for a in catalogue.actions]),
    ):
        seen: set[str] = set()
        for index, i in enumerate(ids):
            if i in seen:
                problems.append(Problem((key, index, "id"), f"{kind} id {i} is used twice"))
            seen.add(i)
    return problems


def _requirement_problems(catalogue: Catalogue, previous: frozenset[str] | None) -> list[Problem]:
    area_ids = {a.id for a in catalogue.areas}
    problems: list[Problem] = []
    for index, r in enumerate(catalogue.requirements):
        if r.area not in area_ids:
            problems.append(
                Problem(
                    ("requirements", index, "area"), f"requirement {r.id}: unknown area {r.area}"
                )
            )
        if r.applies_when not in PREDICATES:
            problems.append(
                Problem(
                    ("requirements", index, "applies_when"),
                    f"requirement {r.id}: unknown rule {r.applies_when}",
                )
            )
        problems += [
            Problem(
                ("requirements", index, "replaces"),
                f"requirement {r.id}: replaces {old}, which no earlier version has",
            )
            for old in r.replaces
            if previous is not None and old not in previous
        ]
    return problems


def _unknown_requirement(
    requirement_id: str, catalogue: Catalogue, other_versions: Mapping[str, frozenset[str]]
) -> str:
    elsewhere = sorted(v for v, ids in other_versions.items() if requirement_id in ids)
    if elsewhere:
        return (
            f"requirement {requirement_id} belongs to version {', '.join(elsewhere)}, "
            f"not to version {catalogue.version}"
        )
    return f"unknown requirement {requirement_id}"


def _question_problems(
    catalogue: Catalogue, other_versions: Mapping[str, frozenset[str]]
) -> list[Problem]:
    problems: list[Problem] = []
    requirement_ids = {r.id for r in catalogue.requirements}
    area_ids = {a.id for a in catalogue.areas}
    for index, question in enumerate(catalogue.questions):
        where = f"question {question.id}"
        at: FieldPath = ("questions", index)
        if question.show_when not in PREDICATES:
            problems.append(
                Problem((*at, "show_when"), f"{where}: unknown rule {question.show_when}")
            )
        if not question.is_profile and question.section not in area_ids:
            problems.append(
                Problem((*at, "section"), f"{where}: unknown section {question.section}")
            )
        if question.is_profile and not question.profile_fact:
            problems.append(Problem(at, f"{where}: a profile question needs profile_fact"))
        if any(option.value == NOT_SURE for option in question.options):
            problems.append(Problem(at, f"{where}: '{NOT_SURE}' is added for every question"))
        if not question.is_profile and len({frozenset(o.verdicts) for o in question.options}) > 1:
            problems.append(
                Problem(at, f"{where}: every option must give a verdict on the same requirements")
            )
        problems += [
            Problem(
                (*at, "options", number, "verdicts", requirement_id),
                f"{where} option {option.value}: "
                + _unknown_requirement(requirement_id, catalogue, other_versions),
            )
            for number, option in enumerate(question.options)
            for requirement_id in option.verdicts
            if requirement_id not in requirement_ids
        ]
        summaries = [option.summary for option in question.options]
        problems += [
            Problem(
                (*at, "options", number, "summary"),
                f"{where}: options {question.options[summaries.index(s)].value} and "
                f"{question.options[number].value} have the same summary",
            )
            for number, s in enumerate(summaries)
            if summaries.index(s) != number
        ]
    return problems


def _rule_problems(catalogue: Catalogue) -> list[Problem]:
    """Every profile rule named by a hint, a plan order or extra steps exists."""
    problems = [
        Problem(("questions", index, "examples", rule), f"question {q.id}: unknown rule {rule}")
        for index, q in enumerate(catalogue.questions)
        for rule, _ in q.examples
        if rule not in PREDICATES
    ]
    for index, action in enumerate(catalogue.actions):
        problems += [
            Problem(("actions", index, field), f"action {action.id}: unknown rule {rule}")
            for field, rules in (
                ("first_when", action.first_when),
                ("extra_steps", tuple(rule for rule, _ in action.extra_steps)),
            )
            for rule in rules
            if rule not in PREDICATES
        ]
    return problems


def _coverage_problems(catalogue: Catalogue) -> list[Problem]:
    """Every requirement can be answered and fixed; every action fixes something real."""
    requirement_ids = {r.id for r in catalogue.requirements}
    informed = {r for q in catalogue.questions for o in q.options for r in o.verdicts}
    fixed = {r for action in catalogue.actions for r in action.fixes}
    index_of = {r.id: index for index, r in enumerate(catalogue.requirements)}
    problems = [
        Problem(("actions", index, "fixes"), f"action {action.id}: unknown requirement {r}")
        for index, action in enumerate(catalogue.actions)
        for r in action.fixes
        if r not in requirement_ids
    ]
    problems += [
        Problem(("requirements", index_of[r]), f"requirement {r}: no question informs it")
        for r in sorted(requirement_ids - informed)
    ]
    problems += [
        Problem(("requirements", index_of[r]), f"requirement {r}: no action fixes it")
        for r in sorted(requirement_ids - fixed)
    ]
    missing_offers = set(Barrier) - {offer.barrier for offer in catalogue.offers}
    problems += [Problem(("offers",), f"no offer for barrier {b}") for b in sorted(missing_offers)]
    return problems


def _cross_reference_problems(
    catalogue: Catalogue, other_versions: Mapping[str, frozenset[str]]
) -> list[Problem]:
    previous = frozenset().union(*other_versions.values()) if other_versions else None
    return (
        _duplicate_problems(catalogue)
        + _requirement_problems(catalogue, previous)
        + _question_problems(catalogue, other_versions)
        + _coverage_problems(catalogue)
        + _rule_problems(catalogue)
    )


def _refuse(located: Located, problems: list[Problem]) -> CatalogueError:
    return CatalogueError([f"{located.where(p.path)}: {p.message}" for p in problems])


def build_catalogue(
    document: Mapping[str, Any] | Located,
    schema: Mapping[str, Any],
    *,
    other_versions: Mapping[str, frozenset[str]] | None = None,
) -> Catalogue:
    """Check the content file and build the catalogue, or raise ``CatalogueError``.

    ``other_versions`` (version -> requirement ids) lets a question that names another
    version's requirement be refused with that said plainly.
    """
    located = document if isinstance(document, Located) else Located(document)
    data = located.document
    problems = _schema_problems(data, schema)
    if problems:
        raise _refuse(located, problems)
    meta = data["catalogue"]
    catalogue = Catalogue(
        version=meta["version"],
        name=meta["name"],
        effective_from=_date(meta["effective_from"]),
        effective_to=_date(meta["effective_to"]) if meta.get("effective_to") else None,
        areas=tuple(Area(a["id"], a["name"], a["group"], a["summary"]) for a in data["areas"]),
        requirements=tuple(_requirement(r) for r in data["requirements"]),
        questions=tuple(_question(q) for q in data["questions"]),
        actions=tuple(_action(a) for a in data["actions"]),
        offers=tuple(
            Offer(Barrier(o["barrier"]), o["label"], o["offer"], tuple(o.get("help_topics", ())))
            for o in data["offers"]
        ),
    )
    problems = _cross_reference_problems(
        catalogue, {v: ids for v, ids in (other_versions or {}).items() if v != catalogue.version}
    )
    if catalogue.effective_to is not None and catalogue.effective_to < catalogue.effective_from:
        problems.append(
            Problem(("catalogue", "effective_to"), "effective_to is before effective_from")
        )
    if problems:
        raise _refuse(located, problems)
    return catalogue


def _requirement_ids(located: Located) -> tuple[str, frozenset[str]]:
    data: Mapping[str, Any] = located.document if isinstance(located.document, Mapping) else {}
    meta = data.get("catalogue")
    requirements = data.get("requirements")
    version = str(meta.get("version", "")) if isinstance(meta, Mapping) else ""
    if not isinstance(requirements, list):
        return version, frozenset()
    ids = frozenset(str(r["id"]) for r in requirements if isinstance(r, Mapping) and "id" in r)
    return version, ids


def build_catalogues(
    documents: Sequence[Located], schema: Mapping[str, Any]
) -> tuple[Catalogue, ...]:
    """Every revision, oldest first; refused together if any is broken or their dates overlap."""
    versions = dict(_requirement_ids(located) for located in documents)
    built: list[tuple[Catalogue, Located]] = []
    problems: list[str] = []
    for located in documents:
        try:
            built.append((build_catalogue(located, schema, other_versions=versions), located))
        except CatalogueError as error:
            problems += error.problems
    built.sort(key=lambda pair: pair[0].effective_from)
    for (earlier, _), (later, where) in itertools.pairwise(built):
        if later.version == earlier.version:
            problems.append(
                f"{where.where(('catalogue', 'version'))}: version {later.version} is used twice"
            )
        if earlier.effective_to is None or earlier.effective_to >= later.effective_from:
            until = earlier.effective_to.isoformat() if earlier.effective_to else "no end date"
            problems.append(
                f"{where.where(('catalogue', 'effective_from'))}: dates overlap with version "
                f"{earlier.version} ({earlier.effective_from.isoformat()} to {until})"
            )
    if problems:
        raise CatalogueError(problems)
    return tuple(catalogue for catalogue, _ in built)
