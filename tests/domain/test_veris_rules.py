"""VERIS rules stated by hand: the upgrade's NAICS 92 rule, the impact rating's exact
boundaries, the export's government and discovery fields, and reading records back."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from smeshield.domain.incidents.veris import (
    IncidentFacts,
    action_categories,
    from_flat_row,
    impact_rating,
    size_band_of,
    to_veris,
    upgrade,
    validation_problems,
    victim_key,
)
from smeshield.domain.organisations.size_bands import SizeBand
from tests.domain.incidents_fixture import shipped_playbooks, veris_schema

BOOK = shipped_playbooks()


def _old_record(**victim: Any) -> dict[str, Any]:
    return {
        "schema_version": "1.3.4",
        "incident_id": "rec-1",
        "victim": {"employee_count": "1 to 10", **victim},
        "asset": {"assets": [{"variety": "S - Web application"}]},
    }


@pytest.mark.parametrize(
    ("industry", "government"),
    [
        ("92", ["Unknown"]),
        ("921110", ["Unknown"]),
        (921110, ["Unknown"]),  # some VCDB records hold the code as a number
        ("9211", ["Unknown"]),
        ("52", ["NA"]),
        ("519200", ["NA"]),  # 92 inside the code is not public administration
        ("0", ["NA"]),
    ],
)
def test_the_upgrade_marks_public_administration_as_government_unknown(
    industry: object, government: list[str]
) -> None:
    upgraded, applied = upgrade(_old_record(industry=industry))
    assert upgraded["victim"]["government"] == government
    assert "add victim.government" in applied


def test_the_upgrade_without_an_industry_says_not_government() -> None:
    upgraded, _ = upgrade(_old_record())
    assert upgraded["victim"]["government"] == ["NA"]


def test_the_upgrade_keeps_a_government_already_given() -> None:
    upgraded, applied = upgrade(_old_record(industry="92", government=["Federal"]))
    assert upgraded["victim"]["government"] == ["Federal"]
    assert "add victim.government" not in applied


def test_the_upgrade_adds_cloud_unknown_and_the_new_version_and_keeps_the_original() -> None:
    original = _old_record(industry="44")
    upgraded, applied = upgrade(original)
    assert upgraded["asset"]["cloud"] == ["Unknown"]
    assert upgraded["asset"]["assets"] == [{"variety": "S - Web application"}]
    assert upgraded["schema_version"] == "1.4.1"
    assert applied == ["add victim.government", "add asset.cloud", "set schema_version 1.4.1"]
    assert "government" not in original["victim"]
    assert "cloud" not in original["asset"]
    assert original["schema_version"] == "1.3.4"


def test_the_upgrade_of_a_current_record_applies_nothing() -> None:
    current = _old_record(industry="44", government=["NA"])
    current["asset"]["cloud"] = ["On-Premise Asset(s)"]
    current["schema_version"] = "1.4.1"
    upgraded, applied = upgrade(current)
    assert applied == []
    assert upgraded == current


def test_the_upgrade_drops_credit_monitoring_and_partner_data() -> None:
    record = _old_record(industry="44")
    record["attribute"] = {"confidentiality": {"credit_monitoring": "Yes", "data_total": 5}}
    record["plus"] = {
        "attribute": {"confidentiality": {"credit_monitoring": "No", "partner_data": "Yes", "x": 1}}
    }
    upgraded, applied = upgrade(record)
    assert upgraded["attribute"]["confidentiality"] == {"data_total": 5}
    assert upgraded["plus"]["attribute"]["confidentiality"] == {"x": 1}
    assert applied[:3] == [
        "drop attribute.confidentiality.credit_monitoring",
        "drop plus.attribute.confidentiality.credit_monitoring",
        "drop plus.attribute.confidentiality.partner_data",
    ]


def test_the_upgrade_leaves_a_record_without_victim_or_asset_alone_there() -> None:
    upgraded, applied = upgrade({"schema_version": "1.3.0", "victim": "junk", "asset": []})
    assert upgraded == {"schema_version": "1.4.1", "victim": "junk", "asset": []}
    assert applied == ["set schema_version 1.4.1"]


@pytest.mark.parametrize(
    ("losses", "days", "rating"),
    [
        (Decimal("49999.99"), 29, "Painful"),
        (Decimal(50000), None, "Damaging"),
        (None, 29, "Painful"),
        (None, 30, "Damaging"),
        (Decimal("4999.99"), 4, "Distracting"),
        (Decimal(5000), None, "Painful"),
        (None, 4, "Distracting"),
        (None, 5, "Painful"),
        (Decimal("0.01"), 0, "Distracting"),
        (Decimal(0), 1, "Distracting"),
        (Decimal(0), None, "Insignificant"),
    ],
)
def test_the_impact_rating_at_exactly_each_boundary(
    losses: Decimal | None, days: int | None, rating: str
) -> None:
    assert impact_rating(losses, days) == rating


def _facts(**changes: Any) -> IncidentFacts:
    base: dict[str, Any] = {
        "record_id": "rec-2",
        "business_key": victim_key("business-1"),
        "near_miss": True,
        "types": ("phishing",),
        "summary": "An email asked for our password.",
        "occurred_on": date(2026, 3, 2),
        "discovered_on": None,
        "how_found": "we-noticed",
        "losses_gbp": None,
        "days_disrupted": None,
        "reported_police": False,
        "crime_reference": "",
        "reported_bank": False,
        "reported_insurer": False,
        "reported_ico": False,
        "size_band": SizeBand.SMALL,
        "sector": "O",
    }
    return IncidentFacts(**(base | changes))


def test_the_export_of_public_administration_says_government_unknown() -> None:
    record = to_veris(_facts(sector="O"), BOOK)
    assert record["victim"]["industry"] == "92"
    assert record["victim"]["government"] == ["Unknown"]
    assert to_veris(_facts(sector="G"), BOOK)["victim"]["government"] == ["NA"]
    assert to_veris(_facts(sector="Z"), BOOK)["victim"]["industry"] == "00"


def test_the_export_of_a_near_miss_with_no_loss_has_no_impact_and_no_discovery() -> None:
    record = to_veris(_facts(), BOOK)
    assert record["security_incident"] == "Near miss"
    assert "impact" not in record
    assert "discovery" not in record["timeline"]
    assert record["timeline"]["incident"] == {"year": 2026, "month": 3, "day": 2}
    assert record["victim"]["employee_count"] == "11 to 100"
    assert record["discovery_method"] == {"internal": {"variety": ["Reported by employee"]}}
    assert record["asset"]["cloud"] == ["Unknown"]
    assert validation_problems(record, veris_schema()) == []


def test_the_export_of_days_disrupted_alone_rates_without_an_amount() -> None:
    record = to_veris(_facts(near_miss=False, days_disrupted=5), BOOK)
    assert record["security_incident"] == "Confirmed"
    assert record["impact"] == {"overall_rating": "Painful"}


def test_the_export_of_a_loss_gives_the_amount_in_pounds() -> None:
    record = to_veris(_facts(losses_gbp=Decimal("120.50")), BOOK)
    assert record["impact"] == {
        "overall_rating": "Distracting",
        "overall_amount": 120.5,
        "iso_currency_code": "GBP",
    }


def test_the_export_of_an_unknown_way_of_finding_out_says_unknown() -> None:
    record = to_veris(_facts(how_found="a-ghost"), BOOK)
    assert record["discovery_method"] == {"unknown": True}


def test_the_export_with_no_types_uses_the_general_playbook() -> None:
    record = to_veris(_facts(types=()), BOOK)
    assert record == to_veris(_facts(types=("other",)), BOOK) | {"plus": record["plus"]}
    assert record["plus"]["smeshield"]["types"] == []


def test_mixing_two_kinds_drops_unknown_where_something_is_known() -> None:
    record = to_veris(_facts(types=("phishing", "ransomware")), BOOK)
    for section in ("action", "actor", "attribute"):
        if len(record[section]) > 1:
            assert "unknown" not in record[section], section
    assert validation_problems(record, veris_schema()) == []


def test_the_victim_key_is_stable_and_does_not_contain_the_id() -> None:
    assert victim_key("abc") == victim_key("abc")
    assert victim_key("abc") != victim_key("abd")
    assert victim_key("abc").startswith("smeshield-")
    assert len(victim_key("abc")) == len("smeshield-") + 16
    assert "abc" not in victim_key("abc")


def test_validation_problems_name_the_path_and_the_top() -> None:
    problems = validation_problems({"victim": {"country": "GB"}}, veris_schema())
    assert any(p.startswith("(top): ") for p in problems)
    assert any(p.startswith("victim/country: ") for p in problems)


def test_action_categories_are_read_in_any_case_and_unknown_ones_ignored() -> None:
    record = {"action": {"Hacking": {}, "malware": {}, "Teleport": {}}}
    assert action_categories(record) == frozenset({"hacking", "malware"})
    assert action_categories({}) == frozenset()
    assert action_categories({"action": None}) == frozenset()


@pytest.mark.parametrize(
    ("count", "band"),
    [
        ("1 to 10", SizeBand.MICRO),
        ("11 to 100", SizeBand.SMALL),
        ("101 to 1000", SizeBand.MEDIUM),
        ("Over 100000", SizeBand.LARGE),
        ("Small", None),
        ("nonsense", None),
    ],
)
def test_size_band_of_reads_the_employee_count(count: str, band: SizeBand | None) -> None:
    assert size_band_of({"victim": {"employee_count": count}}) is band


def test_size_band_of_a_record_without_a_victim_is_unknown() -> None:
    assert size_band_of({}) is None
    assert size_band_of({"victim": None}) is None


def test_a_flat_row_becomes_a_minimal_record() -> None:
    row = {
        "incident_id": "vcdb-1",
        "schema_version": "1.3.4",
        "timeline.incident.year": "2019.0",
        "victim.industry": "92",
        "victim.country": "GB;IE",
        "victim.employee_count": "",
        "action.Hacking": "1",
        "action.hacking.variety": "Brute force;Use of stolen creds",
        "action.Malware": "TRUE",
        "action.Social": "0",
        "action.Error": "1.0",
        "summary": "A summary.",
        "discovery_method": "External",
    }
    assert from_flat_row(row) == {
        "incident_id": "vcdb-1",
        "schema_version": "1.3.4",
        "timeline": {"incident": {"year": 2019}},
        "victim": {"industry": "92", "country": ["GB", "IE"], "employee_count": "Unknown"},
        "action": {
            "hacking": {"variety": ["Brute force", "Use of stolen creds"]},
            "malware": {"variety": ["Unknown"]},
            "error": {"variety": ["Unknown"]},
        },
        "discovery_method": "External",
        "summary": "A summary.",
    }


def test_a_flat_row_with_almost_nothing_keeps_only_the_id() -> None:
    assert from_flat_row({"incident_id": "vcdb-2"}) == {
        "incident_id": "vcdb-2",
        "schema_version": "",
        "timeline": {},
        "victim": {"industry": "", "country": [], "employee_count": "Unknown"},
        "action": {},
        "discovery_method": "",
        "summary": "",
    }


@pytest.mark.parametrize("flag", ["1", "1.0", "TRUE", "True", "true", " 1 "])
def test_every_spelling_of_true_in_a_flat_row_marks_the_action(flag: str) -> None:
    record = from_flat_row({"incident_id": "x", "action.Social": flag})
    assert record["action"] == {"social": {"variety": ["Unknown"]}}


@pytest.mark.parametrize("flag", ["0", "", "false", "yes"])
def test_other_values_in_a_flat_row_do_not_mark_the_action(flag: str) -> None:
    assert from_flat_row({"incident_id": "x", "action.Social": flag})["action"] == {}


def test_given_other_beside_a_known_kind_then_unknown_is_dropped_from_every_section() -> None:
    # Given "something else" (all unknown) chosen together with phishing
    record = to_veris(_facts(types=("other", "phishing")), BOOK)

    # Then what phishing says stands alone: unknown only stands when nothing is known
    assert set(record["action"]) == {"social"}
    assert set(record["actor"]) == {"external"}
    assert set(record["attribute"]) == {"confidentiality"}


def test_given_only_other_then_every_section_says_unknown() -> None:
    record = to_veris(_facts(types=("other",)), BOOK)

    assert set(record["action"]) == {"unknown"}
    assert set(record["actor"]) == {"unknown"}
    assert set(record["attribute"]) == {"unknown"}


def test_the_record_names_its_schema_and_keeps_every_fact_of_ours_under_plus() -> None:
    facts = _facts(
        record_id="rec-9",
        types=("phishing", "payment-fraud"),
        near_miss=False,
        reported_police=True,
        crime_reference="NFRC261100000001",
        reported_bank=True,
        reported_insurer=False,
        reported_ico=True,
        days_disrupted=3,
        how_found="bank",
    )

    record = to_veris(facts, BOOK)

    assert record["schema_name"] == "verisc"
    assert record["plus"] == {
        "smeshield": {
            "record_id": "rec-9",
            "types": ["phishing", "payment-fraud"],
            "near_miss": False,
            "reported_to_police": True,
            "crime_reference": "NFRC261100000001",
            "reported_to_bank": True,
            "reported_to_insurer": False,
            "reported_to_ico": True,
            "days_disrupted": 3,
            "how_found": "bank",
        }
    }


def test_two_records_never_share_the_discovery_method_they_were_given() -> None:
    first = to_veris(_facts(how_found="we-noticed"), BOOK)
    second = to_veris(_facts(how_found="we-noticed"), BOOK)

    first["discovery_method"]["internal"]["variety"].append("changed")

    assert "changed" not in second["discovery_method"]["internal"]["variety"]


def test_an_old_record_whose_confidentiality_is_not_an_object_is_upgraded_without_dropping() -> (
    None
):
    # Given a malformed older record: confidentiality is a list naming the field
    record = _old_record()
    record["attribute"] = {"confidentiality": ["credit_monitoring"]}

    # When upgraded
    upgraded, applied = upgrade(record)

    # Then nothing is dropped from it (there is no object to drop a field from)
    assert upgraded["attribute"]["confidentiality"] == ["credit_monitoring"]
    assert not any(name.startswith("drop ") for name in applied)
