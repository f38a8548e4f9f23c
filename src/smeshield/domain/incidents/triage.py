"""Triage: a few plain answers to the kinds of incident, how urgent it is, and what to do now.

Rules:
- urgency is "now" when it is still happening, when money has left the account, or for
  ransomware, payment diversion and card fraud; otherwise "today";
- when money has left, calling the bank comes first, before every other step (the
  ``incidents.call_bank_first`` step, worded where it is shown), and reporting to the
  police (Report Fraud, or Police Scotland) comes next;
- when personal data may be involved, the personal-data steps (the ICO's 72 hours) are added;
- contacts follow the nation: Report Fraud in England, Wales and Northern Ireland,
  Police Scotland on 101 in Scotland;
- steps keep each playbook's order, most urgent type first, without repeats.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from smeshield.domain.incidents.playbooks import NATIONS, Contact, Playbook, Playbooks
from smeshield.domain.reasons import Reason, ReasonCode

URGENT_TYPES = ("ransomware", "payment-fraud", "card-fraud")
MONEY_CONTACTS = ("bank", "report-fraud", "police-scotland")
CALL_BANK_FIRST = ReasonCode("incidents.call_bank_first")


class Urgency(StrEnum):
    NOW = "now"  # act in the next few minutes
    TODAY = "today"


@dataclass(frozen=True, slots=True)
class TriageAnswers:
    """What the person told us. ``None`` means "not sure"."""

    what: tuple[str, ...]  # playbook ids; empty means "something else" ("other")
    happening_now: bool | None = None
    money_lost: bool | None = None
    personal_data: bool | None = None
    nation: str = "england"


@dataclass(frozen=True, slots=True)
class Triage:
    types: tuple[Playbook, ...]
    urgency: Urgency
    first_steps: tuple[Reason, ...]  # the triage's own steps, before every playbook step
    steps: tuple[str, ...]  # the playbooks' steps (content, translated when shown)
    contacts: tuple[Contact, ...]
    gather: tuple[str, ...]


class TriageError(ValueError):
    """An answer that is not one of the choices."""


def triage(playbooks: Playbooks, answers: TriageAnswers) -> Triage:
    unknown = [t for t in answers.what if playbooks.get(t) is None]
    if unknown:
        raise TriageError(f"unknown incident type: {', '.join(unknown)}")
    if answers.nation not in NATIONS:
        raise TriageError(f"unknown nation: {answers.nation}")
    wanted = list(dict.fromkeys(answers.what)) or ["other"]
    if answers.personal_data and "personal-data" not in wanted:
        wanted.append("personal-data")
    # Most urgent kinds first, otherwise in the order the person chose them.
    wanted.sort(
        key=lambda t: (t not in URGENT_TYPES, URGENT_TYPES.index(t) if t in URGENT_TYPES else 0)
    )
    types = tuple(p for t in wanted if (p := playbooks.get(t)) is not None)
    urgent = bool(answers.happening_now or answers.money_lost) or any(
        t.id in URGENT_TYPES for t in types
    )
    first_steps = (CALL_BANK_FIRST(),) if answers.money_lost else ()
    steps: list[str] = []
    for playbook in types:
        steps += [step for step in playbook.steps if step not in steps]
    contact_ids = list(dict.fromkeys(c for p in types for c in p.contacts))
    if answers.money_lost:
        # The bank first, then the police: lost money is a crime to report.
        rest = [c for c in contact_ids if c not in MONEY_CONTACTS]
        contact_ids = [*MONEY_CONTACTS, *rest]
    contacts = tuple(
        contact
        for contact_id in contact_ids
        if (contact := playbooks.contact(contact_id)).serves(answers.nation)
    )
    gather = tuple(dict.fromkeys(g for p in types for g in p.gather))
    urgency = Urgency.NOW if urgent else Urgency.TODAY
    return Triage(types, urgency, first_steps, tuple(steps), contacts, gather)
