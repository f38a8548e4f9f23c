"""A re-check side by side with the one before: what got better, what got worse, and
what is new in the standard (a requirement the older revision did not have).

A requirement that takes over from older ones (``replaces``) is compared with them: it
was in place only if all of them were.
"""

from __future__ import annotations

from dataclasses import dataclass

from smeshield.domain.assessment.verdicts import Verdicts
from smeshield.domain.catalog.model import Catalogue, Requirement, Verdict


@dataclass(frozen=True, slots=True)
class Progress:
    better: tuple[Requirement, ...]
    worse: tuple[Requirement, ...]
    new_in_standard: tuple[Requirement, ...]

    @property
    def anything(self) -> bool:
        return bool(self.better or self.worse or self.new_in_standard)


def compare(previous: Verdicts, previous_catalogue: Catalogue, current: Verdicts) -> Progress:
    before = {item.requirement.id: item.verdict for item in previous.items}
    known = {r.id for r in previous_catalogue.requirements}
    better: list[Requirement] = []
    worse: list[Requirement] = []
    new: list[Requirement] = []
    for item in current.items:
        requirement = item.requirement
        old = (
            (requirement.id,)
            if requirement.id in before
            else tuple(r for r in requirement.replaces if r in before)
        )
        if not old:
            if requirement.id not in known and not requirement.replaces:
                new.append(requirement)
            continue
        was = all(before[r] is Verdict.MET for r in old)
        now = item.verdict is Verdict.MET
        if now and not was:
            better.append(requirement)
        elif was and not now:
            worse.append(requirement)
    return Progress(tuple(better), tuple(worse), tuple(new))
