"""``smeshield population generate`` and ``smeshield insights table`` on a file."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command


@pytest.fixture(scope="module")
def population(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("insights") / "population.parquet"
    call_command(
        "population", "generate", "--businesses", "20000", "--seed", "4", "--out", str(path)
    )
    return path


def test_the_table_has_a_row_per_cell_and_margin_with_exactly_the_documented_columns(
    population: Path, tmp_path: Path
) -> None:
    out = tmp_path / "table.csv"

    call_command(
        "insights",
        "table",
        "--input",
        str(population),
        "--by",
        "size_band,region",
        "--measure",
        "had_incident",
        "--out",
        str(out),
        "--audit",
    )

    with out.open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert reader.fieldnames == [
        "size_band",
        "region",
        "n",
        "value",
        "lower",
        "upper",
        "suppressed",
        "rule",
    ]
    keys = {(row["size_band"], row["region"]) for row in rows}
    assert ("*", "*") in keys
    assert ("micro", "*") in keys
    assert ("*", "North East") in keys
    assert len(rows) == (4 + 1) * (12 + 1)
    for row in rows:
        if row["suppressed"] == "true":
            assert row["n"] == ""
            assert row["rule"] in {"threshold", "secondary", "dominance"}
        else:
            assert int(row["n"]) >= 10
            assert int(row["n"]) % 5 == 0


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--by", "shoe_size"], "unknown dimension: shoe_size"),
        (["--by", "region", "--measure", "height"], "unknown measure: height"),
        (["--by", "region", "--where", "sector"], "use DIM=VALUE"),
    ],
)
def test_bad_options_are_named(population: Path, arguments: list[str], message: str) -> None:
    with pytest.raises(CommandError, match=message):
        call_command("insights", "table", "--input", str(population), *arguments)


def test_the_same_seed_writes_the_same_file(tmp_path: Path, population: Path) -> None:
    again = tmp_path / "again.parquet"
    call_command(
        "population", "generate", "--businesses", "20000", "--seed", "4", "--out", str(again)
    )

    import polars as pl

    assert pl.read_parquet(again).equals(pl.read_parquet(population))
