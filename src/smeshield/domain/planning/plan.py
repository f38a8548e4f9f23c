"""The action plan: what to do first.

Order (most important first):
0. actions that fix a requirement whose gap alone fails Cyber Essentials (v3.3's
   automatic fails: 2-step verification for everyone, updates within 14 days);
1. actions that clear a Cyber Essentials blocker, or close a gap attackers exploit
   most (missing updates, no 2-step verification) — or that an alert or an incident
   has made urgent;
2. then by risk reduction per unit of effort;
3. then by the catalogue's own order, so the plan is stable.
An action is in the plan while any requirement it fixes is not met (or unknown).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from smeshield.domain.assessment.applicability import applies
from smeshield.domain.assessment.profile import Profile
from smeshield.domain.assessment.risk import gap_weight
from smeshield.domain.assessment.verdicts import RequirementVerdict, Verdicts
from smeshield.domain.catalog.model import Action, Catalogue, Verdict


@dataclass(frozen=True, slots=True)
class PlannedAction:
    action: Action
    rank: int  # 1 is first
    first_things_first: bool  # a blocker, most exploited, or made urgent
    risk_reduction: float
    gaps: tuple[RequirementVerdict, ...]  # the requirements it would fix
    made_urgent: bool = False  # moved up by a recent incident or an alert

    @property
    def clears_blocker(self) -> bool:
        return any(g.requirement.cyber_essentials for g in self.gaps)

    @property
    def auto_fail(self) -> bool:
        """It fixes a gap that alone fails Cyber Essentials."""
        return any(g.requirement.auto_fail for g in self.gaps)

    @property
    def most_exploited(self) -> bool:
        return any(g.requirement.most_exploited for g in self.gaps)


@dataclass(frozen=True, slots=True)
class Plan:
    actions: tuple[PlannedAction, ...]

    def __len__(self) -> int:
        return len(self.actions)

    def ids(self) -> tuple[str, ...]:
        return tuple(planned.action.id for planned in self.actions)


def tailored(action: Action, profile: Profile | None) -> Action:
    """The action as this business meets it: steps for its kind of business added, and a
    sole trader's own cost and time (one person, one set of devices)."""
    if profile is None:
        return action
    extra = tuple(
        step for rule, steps in action.extra_steps if applies(rule, profile) for step in steps
    )
    one_person = profile.facts.sole_trader
    return replace(
        action,
        steps=action.steps + extra,
        cost=action.sole_trader_cost if one_person and action.sole_trader_cost else action.cost,
        minutes=(
            action.sole_trader_minutes
            if one_person and action.sole_trader_minutes
            else action.minutes
        ),
    )


def build_plan(
    catalogue: Catalogue,
    verdicts: Verdicts,
    exposures: frozenset[str],
    urgent_requirements: Iterable[str] = (),
    profile: Profile | None = None,
) -> Plan:
    """Prioritise the actions that fix this business's gaps.

    With the profile, actions are tailored (``tailored``) and those whose ``first_when``
    rules hold for this business (an online shop's website admin, a card-taking cafe's
    payment accounts) join the first things to do.
    """
    urgent = frozenset(urgent_requirements)
    # An alert or incident naming an older revision's requirement makes its successor urgent.
    urgent |= {r.id for r in catalogue.requirements if urgent & set(r.replaces)}
    gaps = {item.requirement.id: item for item in verdicts.items if item.verdict is not Verdict.MET}
    candidates = []
    for order, original in enumerate(catalogue.actions):
        action = tailored(original, profile)
        fixed = tuple(gaps[r] for r in action.fixes if r in gaps)
        if not fixed:
            continue
        reduction = sum(gap_weight(item, exposures) for item in fixed)
        first = any(
            item.requirement.cyber_essentials
            or item.requirement.most_exploited
            or item.requirement.id in urgent
            for item in fixed
        ) or (profile is not None and any(applies(rule, profile) for rule in action.first_when))
        made_urgent = any(item.requirement.id in urgent for item in fixed)
        auto_fail = any(item.requirement.auto_fail for item in fixed)
        key = (not auto_fail, not made_urgent, not first, -reduction / action.effort, order)
        candidates.append((key, action, first, reduction, fixed, made_urgent))
    candidates.sort(key=lambda candidate: candidate[0])
    return Plan(
        tuple(
            PlannedAction(action, rank, first, round(reduction, 2), fixed, urgent_now)
            for rank, (_, action, first, reduction, fixed, urgent_now) in enumerate(
                candidates, start=1
            )
        )
    )
