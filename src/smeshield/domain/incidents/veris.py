"""VERIS 1.4.1: our incident records as VERIS, and real VCDB records upgraded to 1.4.1.

Export (``to_veris``) builds a record that validates against the shipped
``verisc-merged.json``; our own fields go under ``plus.smeshield`` (documented in
docs/incidents-veris.md). Import (``upgrade``) applies one small, documented rule per
schema change, as the VERIS project's own update scripts do, so real records from
1.3.3 to 1.4.0 are kept rather than rejected.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

import jsonschema

from smeshield.domain.incidents.playbooks import Playbooks
from smeshield.domain.organisations.size_bands import SizeBand

SCHEMA_VERSION = "1.4.1"

# UK size bands to VERIS employee counts, and back. VERIS's bands are not the UK's:
# 11 to 100 is counted as small and 101 to 1000 as medium (documented approximations).
EMPLOYEE_COUNT_OF_BAND = {
    SizeBand.MICRO: "1 to 10",
    SizeBand.SMALL: "11 to 100",
    SizeBand.MEDIUM: "101 to 1000",
    SizeBand.LARGE: "1001 to 10000",
}
BAND_OF_EMPLOYEE_COUNT: Mapping[str, SizeBand | None] = {
    "1 to 10": SizeBand.MICRO,
    "11 to 100": SizeBand.SMALL,
    "101 to 1000": SizeBand.MEDIUM,
    "1001 to 10000": SizeBand.LARGE,
    "10001 to 25000": SizeBand.LARGE,
    "25001 to 50000": SizeBand.LARGE,
    "50001 to 100000": SizeBand.LARGE,
    "Over 100000": SizeBand.LARGE,
    "Large": SizeBand.LARGE,
    "Small": None,  # fewer than 1,000 employees: an SME, band unknown
    "Unknown": None,
}

# UK SIC 2007 sections to NAICS 2-digit sectors (the nearest match).
NAICS_OF_SECTION = {
    "A": "11", "B": "21", "C": "31", "D": "22", "E": "56", "F": "23", "G": "44",
    "H": "48", "I": "72", "J": "51", "K": "52", "L": "53", "M": "54", "N": "56",
    "O": "92", "P": "61", "Q": "62", "R": "71", "S": "81", "T": "81", "U": "92",
}  # fmt: skip

# How the business found out, to VERIS discovery methods.
DISCOVERY = {
    "we-noticed": {"internal": {"variety": ["Reported by employee"]}},
    "customer": {"external": {"variety": ["Customer"]}},
    "bank": {"external": {"variety": ["Fraud detection"]}},
    "it-company": {"partner": {"variety": ["Monitoring service"]}},
    "police": {"external": {"variety": ["Law enforcement"]}},
    "attacker": {"external": {"variety": ["Actor disclosure"]}},
    "anti-malware": {"internal": {"variety": ["Antivirus"]}},
    "other": {"other": True},
    "unknown": {"unknown": True},
}


@dataclass(frozen=True, slots=True)
class IncidentFacts:
    """What our record says about one incident or near miss."""

    record_id: str
    business_key: str  # a stable, non-identifying key for the business
    near_miss: bool
    types: tuple[str, ...]
    summary: str
    occurred_on: date
    discovered_on: date | None
    how_found: str
    losses_gbp: Decimal | None
    days_disrupted: int | None
    reported_police: bool
    crime_reference: str
    reported_bank: bool
    reported_insurer: bool
    reported_ico: bool
    size_band: SizeBand
    sector: str


def _merge(into: dict[str, Any], part: Mapping[str, Any]) -> None:
    """Deep merge: dicts merge, lists join without repeats (assets by variety)."""
    for key, value in part.items():
        if isinstance(value, Mapping):
            _merge(into.setdefault(key, {}), value)
        elif isinstance(value, list):
            existing = into.setdefault(key, [])
            for item in value:
                if item not in existing:
                    existing.append(copy.deepcopy(item))
        else:
            into[key] = value


def victim_key(business_id: str) -> str:
    """A stable key that does not identify the business outside SME Shield."""
    return "smeshield-" + hashlib.sha256(business_id.encode()).hexdigest()[:16]


def to_veris(facts: IncidentFacts, playbooks: Playbooks) -> dict[str, Any]:
    """A VERIS 1.4.1 record for one of our incidents."""
    parts: dict[str, Any] = {}
    for type_id in facts.types or ("other",):
        playbook = playbooks.get(type_id)
        if playbook is not None:
            _merge(parts, playbook.veris)
    # "Unknown" pieces only stand alone: drop them when something is known.
    for section in ("action", "actor", "attribute"):
        if len(parts.get(section, {})) > 1:
            parts[section].pop("unknown", None)
    timeline: dict[str, Any] = {
        "incident": {
            "year": facts.occurred_on.year,
            "month": facts.occurred_on.month,
            "day": facts.occurred_on.day,
        }
    }
    if facts.discovered_on is not None:
        timeline["discovery"] = {
            "unit": "Days",
            "value": (facts.discovered_on - facts.occurred_on).days,
        }
    industry = NAICS_OF_SECTION.get(facts.sector, "00")
    record: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "schema_name": "verisc",
        "incident_id": facts.record_id,
        "security_incident": "Near miss" if facts.near_miss else "Confirmed",
        "summary": facts.summary,
        "confidence": "Medium",
        "timeline": timeline,
        "discovery_method": copy.deepcopy(DISCOVERY.get(facts.how_found, DISCOVERY["unknown"])),
        "victim": {
            "victim_id": facts.business_key,
            "country": ["GB"],
            "employee_count": EMPLOYEE_COUNT_OF_BAND[facts.size_band],
            "industry": industry,
            "government": ["Unknown" if industry == "92" else "NA"],
        },
        "action": parts["action"],
        "actor": parts["actor"],
        "attribute": parts["attribute"],
        "asset": {**parts["asset"], "cloud": ["Unknown"]},
        "plus": {
            "smeshield": {
                "record_id": facts.record_id,
                "types": list(facts.types),
                "near_miss": facts.near_miss,
                "reported_to_police": facts.reported_police,
                "crime_reference": facts.crime_reference,
                "reported_to_bank": facts.reported_bank,
                "reported_to_insurer": facts.reported_insurer,
                "reported_to_ico": facts.reported_ico,
                "days_disrupted": facts.days_disrupted,
                "how_found": facts.how_found,
            }
        },
    }
    if facts.losses_gbp is not None or facts.days_disrupted is not None:
        record["impact"] = {"overall_rating": impact_rating(facts.losses_gbp, facts.days_disrupted)}
        if facts.losses_gbp is not None:
            record["impact"] |= {
                "overall_amount": float(facts.losses_gbp),
                "iso_currency_code": "GBP",
            }
    return record


def impact_rating(losses_gbp: Decimal | None, days_disrupted: int | None) -> str:
    """VERIS's overall rating from money lost and days disrupted (the larger one decides).

    Damaging: £50,000 or 30 days; Painful: £5,000 or 5 days; Distracting: any loss or
    disruption; Insignificant: none. For a small business these are large sums.
    """
    money = losses_gbp or Decimal(0)
    days = days_disrupted or 0
    if money >= 50_000 or days >= 30:
        return "Damaging"
    if money >= 5_000 or days >= 5:
        return "Painful"
    if money > 0 or days > 0:
        return "Distracting"
    return "Insignificant"


def validation_problems(record: Any, schema: Mapping[str, Any]) -> list[str]:
    """Every way the record fails the VERIS schema, as "path: reason"."""
    validator = jsonschema.Draft4Validator(schema)
    return [
        f"{'/'.join(str(p) for p in error.absolute_path) or '(top)'}: {error.message}"
        for error in sorted(validator.iter_errors(record), key=lambda e: list(e.absolute_path))
    ]


# --- Upgrading older records to 1.4.1 ------------------------------------------------------


class UpgradeRule(Protocol):
    """One schema change between 1.3.x and 1.4.1, and what we do about it."""

    @property
    def name(self) -> str: ...

    @property
    def why(self) -> str: ...

    def applies(self, record: dict[str, Any]) -> bool: ...

    def apply(self, record: dict[str, Any]) -> None: ...


@dataclass(frozen=True)
class StepRule:
    """An upgrade step given by its two functions."""

    name: str
    why: str
    applies: Callable[[dict[str, Any]], bool]
    apply: Callable[[dict[str, Any]], None]


def _node_at(record: dict[str, Any], *path: str) -> dict[str, Any] | None:
    node: Any = record
    for key in path:
        node = node.get(key) if isinstance(node, dict) else None
    return node if isinstance(node, dict) else None


@dataclass(frozen=True)
class DropRule:
    """A field VERIS 1.4 no longer has: dropped from the upgraded copy. Worked out when
    used (not when the module loads), so its words and its test are one rule."""

    path: tuple[str, ...]
    field: str

    @property
    def where(self) -> str:
        return ".".join((*self.path, self.field))

    @property
    def name(self) -> str:
        return f"drop {self.where}"

    @property
    def why(self) -> str:
        return f"{self.where} is no longer in VERIS 1.4; the original record keeps it."

    def applies(self, record: dict[str, Any]) -> bool:
        return self.field in (_node_at(record, *self.path) or {})

    def apply(self, record: dict[str, Any]) -> None:
        (_node_at(record, *self.path) or {}).pop(self.field, None)


def _needs_government(record: dict[str, Any]) -> bool:
    victim = record.get("victim")
    return isinstance(victim, dict) and "government" not in victim


def _add_government(record: dict[str, Any]) -> None:
    industry = str(record["victim"].get("industry", ""))
    record["victim"]["government"] = ["Unknown" if industry.startswith("92") else "NA"]


def _needs_cloud(record: dict[str, Any]) -> bool:
    asset = record.get("asset")
    return isinstance(asset, dict) and "cloud" not in asset


def _add_cloud(record: dict[str, Any]) -> None:
    record["asset"]["cloud"] = ["Unknown"]


UPGRADE_RULES: tuple[UpgradeRule, ...] = (
    DropRule(("attribute", "confidentiality"), "credit_monitoring"),
    DropRule(("plus", "attribute", "confidentiality"), "credit_monitoring"),
    DropRule(("plus", "attribute", "confidentiality"), "partner_data"),
    StepRule(
        "add victim.government",
        "victim.government became required in 1.4: 'NA' unless the industry is public "
        "administration (NAICS 92), where the level is not recorded, so 'Unknown'.",
        _needs_government,
        _add_government,
    ),
    StepRule(
        "add asset.cloud",
        "asset.cloud became required in 1.4; older records did not say, so 'Unknown'.",
        _needs_cloud,
        _add_cloud,
    ),
    StepRule(
        f"set schema_version {SCHEMA_VERSION}",
        "The record now follows 1.4.1.",
        lambda r: r.get("schema_version") != SCHEMA_VERSION,
        lambda r: r.__setitem__("schema_version", SCHEMA_VERSION),
    ),
)


def upgrade(record: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """A 1.4.1 copy of an older record, and the names of the rules applied."""
    upgraded = copy.deepcopy(dict(record))
    applied: list[str] = []
    for rule in UPGRADE_RULES:
        if rule.applies(upgraded):
            rule.apply(upgraded)
            applied.append(rule.name)
    return upgraded, applied


# --- Reading records for statistics ---------------------------------------------------------

ACTION_CATEGORIES = (
    "hacking",
    "malware",
    "social",
    "error",
    "misuse",
    "physical",
    "environmental",
    "unknown",
)


def action_categories(record: Mapping[str, Any]) -> frozenset[str]:
    action = record.get("action") or {}
    return frozenset(k.lower() for k in action if k.lower() in ACTION_CATEGORIES)


def size_band_of(record: Mapping[str, Any]) -> SizeBand | None:
    victim = record.get("victim") or {}
    # A missing count is "Unknown": no band (the mapping has no key for it).
    return BAND_OF_EMPLOYEE_COUNT.get(str(victim.get("employee_count")))


def from_flat_row(row: Mapping[str, str]) -> dict[str, Any]:
    """A minimal VERIS record from one row of the verisr flat export (22 columns)."""
    action: dict[str, Any] = {}
    for category in ACTION_CATEGORIES:
        column = f"action.{category.capitalize()}"
        if row.get(column, "0").strip() in {"1", "1.0", "TRUE", "True", "true"}:
            varieties = [v for v in row.get(f"action.{category}.variety", "").split(";") if v]
            action[category] = {"variety": varieties or ["Unknown"]}
    year = row.get("timeline.incident.year", "")
    return {
        "incident_id": row["incident_id"],
        "schema_version": row.get("schema_version", ""),
        "timeline": {"incident": {"year": int(float(year))}} if year else {},
        "victim": {
            "industry": row.get("victim.industry", ""),
            "country": [c for c in row.get("victim.country", "").split(";") if c],
            "employee_count": row.get("victim.employee_count", "Unknown") or "Unknown",
        },
        "action": action,
        "discovery_method": row.get("discovery_method", ""),
        "summary": row.get("summary", ""),
    }
