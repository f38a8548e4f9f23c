"""Insights pages: a police officer's force dashboard and map, CSV downloads whose every
figure passes the rules, researchers' extracts, and every release logged."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

import polars as pl
import pytest
from django.test import Client

from smeshield.audit.models import AuditAction, AuditEntry
from smeshield.domain.insights.disclosure import ROUND_TO, THRESHOLD
from smeshield.insights.models import InsightsQuery
from tests.conftest import World
from tests.web.page_text import main_text

pytestmark = pytest.mark.django_db


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _assert_every_figure_passes_the_rules(rows: list[dict[str, str]]) -> None:
    for row in rows:
        if row["suppressed"] == "true":
            assert row["n"] == row["value"] == "", row
            assert row["rule"], row
        else:
            n = int(row["n"])
            assert n >= THRESHOLD, row
            assert n % ROUND_TO == 0, row
            assert row["rule"] == ""


def test_a_police_officer_sees_their_forces_dashboard_with_map_and_synthetic_label(
    world: World, client_as: Callable[[str], Client]
) -> None:
    world.police_force.police_force_code = "E23000010"  # West Yorkshire
    world.police_force.save()

    page = client_as("police").get("/insights/")
    text = main_text(page.content.decode())

    assert page.status_code == 200
    assert text.startswith("Insights West Yorkshire: who is vulnerable, and why")
    assert "Synthetic data" in text
    assert page.content.decode().count('class="app-map__area') == 43
    assert "Contains OS data © Crown copyright" in text
    assert "What goes with being hit" in text
    assert "times as likely" in text  # the drivers' plain caption
    assert "not what causes what" in text


def test_every_csv_download_passes_the_disclosure_rules(
    world: World, client_as: Callable[[str], Client]
) -> None:
    client = client_as("partner")
    for block in ("map", "size", "sector", "controls", "barriers", "incidents", "trend"):
        response = client.get(
            f"/insights/download/{block}.csv", {"area": "Cleveland", "sector": "F"}
        )
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/csv")
        _assert_every_figure_passes_the_rules(_rows(response.content.decode()))


def test_small_groups_are_hidden_with_the_rule_named(
    world: World, client_as: Callable[[str], Client]
) -> None:
    response = client_as("researcher").get(
        "/insights/download/size.csv", {"area": "Cleveland", "sector": "B"}
    )

    rows = _rows(response.content.decode())
    assert any(row["suppressed"] == "true" and row["rule"] == "threshold" for row in rows)


def test_every_release_is_logged_for_the_differencing_check_and_the_audit_trail(
    world: World, client_as: Callable[[str], Client]
) -> None:
    client_as("researcher").get("/insights/download/size.csv", {"area": "Durham"})

    (logged,) = InsightsQuery.objects.all()
    assert logged.user == world.people["researcher"]
    assert logged.where == "csv"
    assert logged.query["area"] == "Durham"
    assert logged.figures, "the exact populations of what was released"
    assert AuditEntry.objects.filter(action=AuditAction.INSIGHTS_QUERY).count() == 1


def test_a_researcher_downloads_a_parquet_extract_by_three_dimensions(
    world: World, client_as: Callable[[str], Client]
) -> None:
    response = client_as("researcher").get(
        "/insights/extract/",
        {
            "by": ["size_band", "urban_rural", "region"],
            "measure": "had_incident",
            "format": "parquet",
        },
    )

    frame = pl.read_parquet(io.BytesIO(response.content))
    assert response.status_code == 200
    assert set(frame.columns) >= {"size_band", "urban_rural", "region", "n", "value", "rule"}
    assert frame.filter(pl.col("size_band") == "*").height > 0  # margins are there


def test_an_extract_by_too_many_dimensions_is_refused_plainly(
    world: World, client_as: Callable[[str], Client]
) -> None:
    response = client_as("researcher").get(
        "/insights/extract/", {"by": ["size_band", "sector", "region", "period"], "format": "csv"}
    )

    assert response.status_code == 400
    assert "Choose 3 or fewer ways" in response.content.decode()


def test_a_formula_in_a_value_is_made_harmless_in_csv() -> None:
    from smeshield.insights.tables import spreadsheet_safe

    assert spreadsheet_safe("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert spreadsheet_safe("-2") == "'-2"
    assert spreadsheet_safe("Leeds") == "Leeds"


def test_a_filter_that_is_not_an_option_is_refused_not_ignored(
    world: World, client_as: Callable[[str], Client]
) -> None:
    page = client_as("police").get("/insights/", {"area": "Atlantis"})
    csv_response = client_as("police").get("/insights/download/size.csv", {"sector": "ZZ"})

    assert page.status_code == 400
    assert "Select an option from the list" in page.content.decode()
    assert csv_response.status_code == 400
    assert InsightsQuery.objects.count() == 0
