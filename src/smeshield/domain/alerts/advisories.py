"""Advisories: a security warning from any source, in plain words, with whom it is for.

Sources: the CISA Known Exploited Vulnerabilities catalogue (KEV), STIX 2.1 bundles, and
alerts police or Cyber Resilience Centre staff write. Every advisory says what it is, why
it may affect a business, what to do step by step, by when, and how serious it is.

Rules:
- a KEV entry becomes a 14-day clock from the day a business is told, as Cyber
  Essentials asks for high and critical updates;
- known use in ransomware makes an advisory critical (emailed at once); otherwise it is
  high (in the weekly digest);
- an advisory with a CVE is keyed by it, so the same hole from KEV and from STIX is one
  advisory and reaches a business once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from smeshield.domain.alerts.words import kev_wording
from smeshield.domain.products.vocabulary import Identity, Vocabulary, slug

UPDATE_WITHIN_DAYS = 14
UPDATES_REQUIREMENT = "ce.upd.fourteen-days"


class Source(StrEnum):
    KEV = "kev"
    STIX = "stix"
    PARTNER = "partner"


class Severity(StrEnum):
    CRITICAL = "critical"  # emailed at once
    HIGH = "high"  # in the weekly digest


@dataclass(frozen=True, slots=True)
class Targeting:
    """Who an advisory is for. Empty means "anyone"; all non-empty parts must hold."""

    identities: frozenset[str] = frozenset()  # product identity ids: uses any of them
    sectors: frozenset[str] = frozenset()
    size_bands: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    police_forces: frozenset[str] = frozenset()

    @property
    def is_empty(self) -> bool:
        return not (
            self.identities or self.sectors or self.size_bands or self.regions or self.police_forces
        )

    def as_dict(self) -> dict[str, list[str]]:
        return {
            "identities": sorted(self.identities),
            "sectors": sorted(self.sectors),
            "size_bands": sorted(self.size_bands),
            "regions": sorted(self.regions),
            "police_forces": sorted(self.police_forces),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Iterable[str]]) -> Targeting:
        return cls(**{key: frozenset(data.get(key, ())) for key in cls.__slots__})


@dataclass(frozen=True, slots=True)
class Advisory:
    key: str  # the CVE id when there is one; otherwise "<source>:<id>"
    source: Source
    title: str
    what: str  # what it is, in plain words
    steps: tuple[str, ...]
    severity: Severity
    targeting: Targeting
    published_on: date
    known_ransomware: bool = False
    cve: str = ""
    technical: str = ""  # the source's own words, shown as "technical details"
    source_ref: str = ""  # e.g. the STIX id
    requirements: tuple[str, ...] = ()  # health-check requirements it makes urgent
    product_names: Mapping[str, str] = field(default_factory=dict)  # identity id -> name
    # Our own words as stored reasons (domain/alerts/words.py), worded when shown; empty
    # for words that are not ours (a partner's alert).
    wording: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class EntryProblem:
    """One entry of an import file that could not be used, and why."""

    entry: str  # e.g. "vulnerabilities[12] (CVE-2024-1234)"
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.entry}: {self.field}: {self.reason}"


# --- Plain words ------------------------------------------------------------------------


def kev_steps(product: str, discontinued: bool) -> tuple[str, ...]:
    if discontinued:
        return (
            f"Check if you still use {product}.",
            "The maker no longer fixes it. Stop using it, or change to one that gets updates.",
            "Ask your IT helper if you are not sure how.",
        )
    return (
        f"Open {product} and look for updates, or ask your IT helper to do it.",
        "Install every update it offers, then restart.",
        "If there is no update yet, ask your IT helper how to stay safe until there is.",
    )


def kev_what(product: str, ransomware: bool) -> str:
    if ransomware:
        return (
            f"Criminals are using a weak spot in {product} to get in and lock files for a ransom."
            " The maker has a fix."
        )
    return f"Criminals are using a weak spot in {product} to break in. The maker has a fix."


def due_on(told_on: date) -> date:
    """The day an update is due: 14 days after the business is told."""
    return date.fromordinal(told_on.toordinal() + UPDATE_WITHIN_DAYS)


# --- KEV --------------------------------------------------------------------------------

KEV_FIELDS = ("cveID", "vendorProject", "product", "dateAdded", "shortDescription")


def _kev_identity(vocabulary: Vocabulary, vendor: str, product: str) -> Identity:
    identity = vocabulary.for_kev(vendor, product)
    if identity is not None:
        return identity
    return Identity(
        id=f"{slug(vendor)}:{slug(product)}", vendor=vendor.strip(), product=product.strip()
    )


def kev_advisory(entry: Mapping[str, Any], vocabulary: Vocabulary) -> Advisory:
    """One KEV entry as an advisory. Raises ``ValueError`` naming the bad field."""
    for name in KEV_FIELDS:
        value = entry.get(name)
        if not isinstance(value, str) or not value.strip():
            raise KeyError(name)
    cve = entry["cveID"].strip()
    if not cve.startswith("CVE-"):
        raise ValueError("cveID")
    try:
        added = date.fromisoformat(entry["dateAdded"])
    except ValueError:
        raise ValueError("dateAdded") from None
    identity = _kev_identity(vocabulary, entry["vendorProject"], entry["product"])
    ransomware = str(entry.get("knownRansomwareCampaignUse", "")).strip() == "Known"
    action = str(entry.get("requiredAction", ""))
    discontinued = "discontinue" in action.lower() and "if mitigations" not in action.lower()
    return Advisory(
        key=cve,
        source=Source.KEV,
        title=f"Update {identity.name}: criminals are using a weak spot in it",
        what=kev_what(identity.name, ransomware),
        steps=kev_steps(identity.name, discontinued),
        severity=Severity.CRITICAL if ransomware else Severity.HIGH,
        targeting=Targeting(identities=frozenset({identity.id})),
        published_on=added,
        known_ransomware=ransomware,
        cve=cve,
        technical=f"{entry.get('vulnerabilityName', '')}: {entry['shortDescription']}".strip(": "),
        source_ref=cve,
        requirements=(UPDATES_REQUIREMENT,),
        product_names={identity.id: identity.name},
        wording=kev_wording(identity.name, ransomware=ransomware, discontinued=discontinued),
    )


def kev_advisories(
    document: Any, vocabulary: Vocabulary
) -> tuple[list[Advisory], list[EntryProblem]]:
    """Every usable entry of a KEV catalogue, and every entry that is not, with why."""
    if not isinstance(document, Mapping) or not isinstance(document.get("vulnerabilities"), list):
        return [], [EntryProblem("(file)", "vulnerabilities", "missing: is this a KEV catalogue?")]
    advisories: list[Advisory] = []
    problems: list[EntryProblem] = []
    seen: set[str] = set()
    for index, entry in enumerate(document["vulnerabilities"]):
        label = f"vulnerabilities[{index}]"
        if not isinstance(entry, Mapping):
            problems.append(EntryProblem(label, "(entry)", "not an object"))
            continue
        if isinstance(entry.get("cveID"), str):
            label += f" ({entry['cveID']})"
        try:
            advisory = kev_advisory(entry, vocabulary)
        except KeyError as missing:
            problems.append(EntryProblem(label, str(missing.args[0]), "missing, empty or not text"))
            continue
        except ValueError as wrong:
            problems.append(EntryProblem(label, str(wrong.args[0]), "not in the expected form"))
            continue
        if advisory.key in seen:
            problems.append(EntryProblem(label, "cveID", "appears twice in this file"))
            continue
        seen.add(advisory.key)
        advisories.append(advisory)
    return advisories, problems
