"""Released tables as rows and CSV: the same columns everywhere, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from smeshield.domain.insights.disclosure import Release

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> str:
    """Text a spreadsheet will not run as a formula (SECURITY.md S12)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _number(value: float | None, places: int = 4) -> str:
    return "" if value is None else f"{value:.{places}f}".rstrip("0").rstrip(".")


def release_rows(release: Release) -> list[dict[str, str]]:
    """One row per cell and per margin: the dimensions, n, value, interval, suppressed, rule."""
    rows = []
    for cell in release.rows():
        row = dict(zip(release.table.dims, cell.key, strict=True))
        row |= {
            "n": "" if cell.n is None else str(cell.n),
            "value": _number(cell.value),
            "lower": _number(cell.lower),
            "upper": _number(cell.upper),
            "suppressed": "true" if cell.suppressed else "false",
            "rule": cell.rule,
        }
        rows.append(row)
    return rows


def csv_text(releases: Sequence[Release]) -> str:
    """CSV of released tables with the same dimensions under one header: the dimensions,
    n, value, lower, upper, suppressed, rule; with a measure column first when the
    tables hold more than one measure."""
    dims = releases[0].table.dims if releases else ()
    if any(release.table.dims != dims for release in releases):
        raise ValueError("tables in one CSV must share their dimensions")
    several = len({release.table.measure.name for release in releases}) > 1
    out = io.StringIO()
    columns = [*dims, "n", "value", "lower", "upper", "suppressed", "rule"]
    writer = csv.DictWriter(
        out, fieldnames=["measure", *columns] if several else columns, lineterminator="\n"
    )
    writer.writeheader()
    for release in releases:
        for row in release_rows(release):
            if several:
                row = {"measure": release.table.measure.name, **row}  # noqa: PLW2901
            writer.writerow({key: spreadsheet_safe(value) for key, value in row.items()})
    return out.getvalue()
