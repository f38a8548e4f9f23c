"""What a new revision of the standard changes for one business.

A requirement counts as changed for the business when it applies to its profile and the
new revision marks it with ``change`` (new, stricter, or now an automatic fail).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from smeshield.domain.assessment.applicability import applies
from smeshield.domain.assessment.profile import Profile
from smeshield.domain.catalog.model import Catalogue, Requirement


class ChangeKind(StrEnum):
    NEW = "new"  # nothing like it in the older revision
    CHANGED = "changed"  # takes over from one or more older requirements


@dataclass(frozen=True, slots=True)
class RequirementChange:
    requirement: Requirement
    kind: ChangeKind
    replaces: tuple[Requirement, ...]

    @property
    def auto_fail(self) -> bool:
        return self.requirement.auto_fail


def changes_between(
    older: Catalogue, newer: Catalogue, profile: Profile
) -> tuple[RequirementChange, ...]:
    """The requirements of ``newer`` that are new or different for this profile."""
    if older.version == newer.version:
        return ()
    old_ids = {r.id for r in older.requirements}
    changes = []
    for requirement in newer.requirements:
        if not requirement.change or not applies(requirement.applies_when, profile):
            continue
        replaced = tuple(older.requirement(r) for r in requirement.replaces if r in old_ids)
        kind = ChangeKind.CHANGED if replaced or requirement.id in old_ids else ChangeKind.NEW
        changes.append(RequirementChange(requirement, kind, replaced))
    # Automatic fails first: they matter most.
    return tuple(sorted(changes, key=lambda change: not change.auto_fail))
