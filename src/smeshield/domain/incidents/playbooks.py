"""Playbooks: for each kind of incident, the steps in order, who to call, what to keep.

Loaded from ``content/incidents/playbooks.yaml`` (checked against its schema and for
cross-references, like the health-check catalogue).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from smeshield.domain.catalog.loader import CatalogueError, schema_problems

NATIONS = ("england", "wales", "northern-ireland", "scotland")


@dataclass(frozen=True, slots=True)
class Contact:
    id: str
    name: str
    detail: str
    phone: str = ""
    email: str = ""
    web: str = ""
    where: tuple[str, ...] = ("everywhere",)

    def serves(self, nation: str) -> bool:
        return "everywhere" in self.where or nation in self.where


@dataclass(frozen=True, slots=True)
class Playbook:
    id: str
    title: str
    signs: str
    steps: tuple[str, ...]
    contacts: tuple[str, ...]
    gather: tuple[str, ...]
    prevents: tuple[str, ...]  # health-check requirement ids
    veris: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Playbooks:
    contacts: tuple[Contact, ...]
    types: tuple[Playbook, ...]

    def get(self, type_id: str) -> Playbook | None:
        return next((p for p in self.types if p.id == type_id), None)

    def contact(self, contact_id: str) -> Contact:
        return next(c for c in self.contacts if c.id == contact_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.types)


def build_playbooks(
    document: Mapping[str, Any], schema: Mapping[str, Any], requirement_ids: set[str]
) -> Playbooks:
    """Check the playbooks file and build it, or raise ``CatalogueError`` with every reason."""
    problems = schema_problems(document, schema)
    if problems:
        raise CatalogueError(problems)
    contacts = tuple(
        Contact(
            id=c["id"],
            name=c["name"],
            detail=c["detail"],
            phone=c.get("phone", ""),
            email=c.get("email", ""),
            web=c.get("web", ""),
            where=tuple(c.get("where", ["everywhere"])),
        )
        for c in document["contacts"]
    )
    types = tuple(
        Playbook(
            id=t["id"],
            title=t["title"],
            signs=t["signs"],
            steps=tuple(t["steps"]),
            contacts=tuple(t["contacts"]),
            gather=tuple(t["gather"]),
            prevents=tuple(t["prevents"]),
            veris=t.get("veris", {}),
        )
        for t in document["types"]
    )
    contact_ids = {c.id for c in contacts}
    for playbook in types:
        problems += [
            f"type {playbook.id}: unknown contact {c}"
            for c in playbook.contacts
            if c not in contact_ids
        ]
        problems += [
            f"type {playbook.id}: unknown requirement {r}"
            for r in playbook.prevents
            if r not in requirement_ids
        ]
    if problems:
        raise CatalogueError(problems)
    return Playbooks(contacts, types)
