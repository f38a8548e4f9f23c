"""VERIS 1.4.1: our records export valid VERIS; real VCDB records upgrade and round-trip."""

from __future__ import annotations

import copy
import csv
import itertools
import json
import re
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smeshield.domain.incidents.veris import (
    ACTION_CATEGORIES,
    SCHEMA_VERSION,
    UPGRADE_RULES,
    IncidentFacts,
    UpgradeRule,
    action_categories,
    from_flat_row,
    impact_rating,
    size_band_of,
    to_veris,
    upgrade,
    validation_problems,
)
from smeshield.domain.organisations.size_bands import SizeBand
from tests.domain.examples import examples
from tests.domain.incidents_fixture import (
    VCDB_FIXTURES,
    VCDB_SAMPLE,
    shipped_playbooks,
    veris_schema,
)

BOOK = shipped_playbooks()
SCHEMA = veris_schema()
FIXTURE_FILES = sorted(VCDB_FIXTURES.glob("*.json"))


def _facts(**changes: Any) -> IncidentFacts:
    base: dict[str, Any] = {
        "record_id": "8a7c3f9e-2a43-4f4e-9d4c-0b4e1b9b7c11",
        "business_key": "smeshield-0123456789abcdef",
        "near_miss": False,
        "types": ("payment-fraud",),
        "summary": "A fake invoice changed our supplier's bank details.",
        "occurred_on": date(2026, 3, 2),
        "discovered_on": date(2026, 3, 9),
        "how_found": "customer",
        "losses_gbp": Decimal("4200.50"),
        "days_disrupted": 2,
        "reported_police": True,
        "crime_reference": "NFRC260312345678",
        "reported_bank": True,
        "reported_insurer": False,
        "reported_ico": False,
        "size_band": SizeBand.MICRO,
        "sector": "G",
    }
    return IncidentFacts(**(base | changes))


def _load(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


# --- Export ------------------------------------------------------------------------------


TYPE_SETS = [combo for size in (1, 2, 3) for combo in itertools.combinations(BOOK.ids, size)]


@pytest.mark.parametrize("types", TYPE_SETS, ids=["+".join(t) for t in TYPE_SETS])
def test_every_export_of_every_kind_and_mix_validates_against_veris_1_4_1(
    types: tuple[str, ...],
) -> None:
    for band in SizeBand:
        record = to_veris(_facts(types=types, size_band=band), BOOK)
        assert validation_problems(record, SCHEMA) == []


@settings(max_examples=examples(150), deadline=None)
@given(
    near_miss=st.booleans(),
    losses=st.one_of(st.none(), st.decimals(min_value=0, max_value=10**7, places=2)),
    days=st.one_of(st.none(), st.integers(min_value=0, max_value=3650)),
    found=st.sampled_from(
        [
            "we-noticed",
            "customer",
            "bank",
            "it-company",
            "anti-malware",
            "police",
            "attacker",
            "other",
        ]
    ),
    sector=st.sampled_from(list("ABCDEFGHIJKLMNOPQRSTU")),
    lag=st.one_of(st.none(), st.integers(min_value=0, max_value=400)),
)
def test_any_record_a_business_can_make_exports_valid_veris(
    near_miss: bool,
    losses: Decimal | None,
    days: int | None,
    found: str,
    sector: str,
    lag: int | None,
) -> None:
    occurred = date(2025, 1, 1)
    discovered = None if lag is None else date.fromordinal(occurred.toordinal() + lag)
    facts = _facts(
        near_miss=near_miss,
        losses_gbp=losses,
        days_disrupted=days,
        how_found=found,
        sector=sector,
        discovered_on=discovered,
    )

    record = to_veris(facts, BOOK)

    assert validation_problems(record, SCHEMA) == []
    assert record["security_incident"] == ("Near miss" if near_miss else "Confirmed")


def test_our_own_fields_go_under_plus_smeshield_and_nothing_identifies_the_business() -> None:
    record = to_veris(_facts(), BOOK)

    ours = record["plus"]["smeshield"]
    assert ours["types"] == ["payment-fraud"]
    assert ours["crime_reference"] == "NFRC260312345678"
    assert ours["reported_to_police"] is True
    assert record["victim"]["victim_id"] == "smeshield-0123456789abcdef"
    assert record["victim"]["employee_count"] == "1 to 10"
    assert record["impact"] == {
        "overall_rating": "Distracting",
        "overall_amount": 4200.5,
        "iso_currency_code": "GBP",
    }
    assert record["timeline"]["discovery"] == {"unit": "Days", "value": 7}


@pytest.mark.parametrize(
    ("losses", "days", "rating"),
    [
        (None, None, "Insignificant"),
        (Decimal(0), 0, "Insignificant"),
        (Decimal("0.01"), None, "Distracting"),
        (None, 1, "Distracting"),
        (Decimal(5000), 0, "Painful"),
        (Decimal(10), 5, "Painful"),
        (Decimal(50000), 0, "Damaging"),
        (None, 30, "Damaging"),
    ],
)
def test_the_impact_rating_follows_the_larger_of_money_and_days(
    losses: Decimal | None, days: int | None, rating: str
) -> None:
    assert impact_rating(losses, days) == rating


# --- Import: real VCDB records -----------------------------------------------------------


def test_the_real_fixtures_span_the_schema_versions_the_issue_names() -> None:
    versions = {_load(path)["schema_version"] for path in FIXTURE_FILES}

    assert {"1.3.3", "1.4.0"} <= versions
    assert len(FIXTURE_FILES) >= 30


def test_many_real_records_do_not_validate_as_they_are() -> None:
    failing = [p.name for p in FIXTURE_FILES if validation_problems(_load(p), SCHEMA)]

    assert len(failing) >= 10


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=[p.stem for p in FIXTURE_FILES])
def test_every_real_record_upgrades_to_valid_1_4_1_and_keeps_its_id(path: Path) -> None:
    original = _load(path)
    kept = copy.deepcopy(original)

    upgraded, applied = upgrade(original)

    assert validation_problems(upgraded, SCHEMA) == []
    assert upgraded["incident_id"] == original["incident_id"]
    assert upgraded["schema_version"] == SCHEMA_VERSION
    assert original == kept, "the original is left as it was"
    assert applied or original["schema_version"] == SCHEMA_VERSION


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=[p.stem for p in FIXTURE_FILES])
def test_an_upgraded_record_round_trips_unchanged(path: Path) -> None:
    upgraded, _ = upgrade(_load(path))

    again, applied = upgrade(json.loads(json.dumps(upgraded)))

    assert applied == []
    assert again == upgraded


def _with_credit_monitoring_in_attribute() -> dict[str, Any]:
    """A real record written the 1.3 way, with credit monitoring under attribute."""
    record = next(
        r
        for r in map(_load, FIXTURE_FILES)
        if "credit_monitoring" in r.get("plus", {}).get("attribute", {}).get("confidentiality", {})
    )
    value = record["plus"]["attribute"]["confidentiality"].pop("credit_monitoring")
    record["attribute"].setdefault("confidentiality", {"data_disclosure": "Unknown"})
    record["attribute"]["confidentiality"]["credit_monitoring"] = value
    return record


def _records_needing(rule: UpgradeRule) -> list[dict[str, Any]]:
    found = [r for r in map(_load, FIXTURE_FILES) if rule.applies(upgrade_without(r, rule))]
    if rule.name == "drop attribute.confidentiality.credit_monitoring":
        found.append(_with_credit_monitoring_in_attribute())
    return found


def upgrade_without(record: dict[str, Any], left_out: UpgradeRule) -> dict[str, Any]:
    upgraded = copy.deepcopy(record)
    for rule in UPGRADE_RULES:
        if rule is not left_out and rule.applies(upgraded):
            rule.apply(upgraded)
    return upgraded


CHANGE_RULES = [r for r in UPGRADE_RULES if not r.name.startswith("set schema_version")]


@pytest.mark.parametrize("rule", CHANGE_RULES, ids=[r.name for r in CHANGE_RULES])
def test_each_upgrade_rule_is_needed_by_real_data_and_fixes_what_it_names(
    rule: UpgradeRule,
) -> None:
    needing = _records_needing(rule)
    assert needing, f"no record needs {rule.name}"
    field = rule.name.split(" ", 1)[1].split(".")[-1]
    for record in needing:
        without = validation_problems(upgrade_without(record, rule), SCHEMA)
        assert any(field in problem for problem in without), without
        assert validation_problems(upgrade(record)[0], SCHEMA) == []


def test_every_rule_says_why() -> None:
    assert all(len(rule.why) > 20 for rule in UPGRADE_RULES)


# --- The 1,000-incident VCDB sample ------------------------------------------------------


def _sample_rows() -> list[dict[str, str]]:
    with VCDB_SAMPLE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _band_by_arithmetic(employee_count: str) -> str:
    """The UK band of a VERIS employee count, worked out from its numbers (not our table)."""
    numbers = [int(n) for n in re.findall(r"\d+", employee_count)]
    if employee_count in {"Large"} or employee_count.startswith("Over"):
        return "large"
    if not numbers:
        return "unknown"
    top = max(numbers)
    return "micro" if top <= 10 else "small" if top <= 100 else "medium" if top <= 1000 else "large"


def test_the_sample_victim_sizes_map_to_uk_bands_with_counts_matching_the_csv() -> None:
    rows = _sample_rows()
    expected = Counter(_band_by_arithmetic(row["victim.employee_count"]) for row in rows)

    mapped = Counter(
        band.value if (band := size_band_of(from_flat_row(row))) else "unknown" for row in rows
    )

    assert len(rows) == 1000
    assert mapped == expected


def test_the_sample_action_categories_match_the_csv_columns() -> None:
    rows = _sample_rows()
    expected = Counter(
        {
            category: sum(row[f"action.{category.capitalize()}"] == "1" for row in rows)
            for category in ACTION_CATEGORIES
        }
    )

    mapped: Counter[str] = Counter()
    for row in rows:
        mapped.update(action_categories(from_flat_row(row)))

    assert +mapped == +expected
    assert mapped["hacking"] == expected["hacking"] > 0


def test_the_sample_malware_varieties_are_kept() -> None:
    row = next(r for r in _sample_rows() if r["action.malware.variety"].count(";") >= 2)

    record = from_flat_row(row)

    assert record["action"]["malware"]["variety"] == row["action.malware.variety"].split(";")


# --- Fuzzing the importer's core (SECURITY.md S13) ---------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
VERIS_KEYS = st.sampled_from(
    ["victim", "asset", "attribute", "plus", "action", "incident_id", "schema_version"]
)


@settings(max_examples=examples(300), deadline=None)
@given(st.dictionaries(VERIS_KEYS | st.text(max_size=6), JSON_VALUES, max_size=7))
def test_any_json_object_upgrades_and_validates_without_crashing(record: dict[str, Any]) -> None:
    upgraded, applied = upgrade(record)

    problems = validation_problems(upgraded, SCHEMA)
    assert isinstance(problems, list)
    assert all(isinstance(rule, str) for rule in applied)
    assert upgraded["schema_version"] == SCHEMA_VERSION


@settings(max_examples=examples(100), deadline=None)
@given(JSON_VALUES)
def test_a_real_record_with_any_part_replaced_never_crashes_the_upgrade(junk: Any) -> None:
    record = _load(FIXTURE_FILES[0])
    for key in ("victim", "asset", "attribute", "plus"):
        broken = {**record, key: junk}
        upgraded, _ = upgrade(broken)
        assert isinstance(validation_problems(upgraded, SCHEMA), list)
