"""``smeshield insights table``: a disclosure-controlled table from a Parquet file."""

from __future__ import annotations

import sys
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

import polars as pl
from django.core.management.base import CommandError

from smeshield.domain.insights.aggregate import DIMENSIONS, aggregate, measure_for
from smeshield.domain.insights.disclosure import lp_audit, protect
from smeshield.insights.tables import csv_text
from smeshield.kernel.commands import VerbCommand


class Command(VerbCommand):
    verb = "insights"
    help = "Make disclosure-controlled tables from a population file."

    def add_arguments(self, parser: ArgumentParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        table = actions.add_parser(
            "table",
            help="One row per cell and per margin, with the disclosure rules applied.",
            description=(
                "Columns: the --by dimensions ('*' where a row totals over one), n (rounded to "
                "5; empty when suppressed), value, lower, upper (95%% interval), suppressed, "
                "rule. See docs/insights.md."
            ),
        )
        table.add_argument("--input", type=Path, required=True, help="A population .parquet file.")
        table.add_argument(
            "--by", required=True, help=f"Comma-separated dimensions: {', '.join(DIMENSIONS)}."
        )
        table.add_argument("--measure", default="had_incident", help="e.g. had_incident, loss_gbp.")
        table.add_argument(
            "--where", action="append", default=[], metavar="DIM=VALUE", help="Filter (repeatable)."
        )
        table.add_argument("--out", type=Path, help="CSV file to write (default: standard output).")
        table.add_argument(
            "--audit", action="store_true", help="Also prove the result with the LP audit."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["input"]
        if not path.is_file():
            raise CommandError(f"No file at {path}")
        try:
            frame = pl.read_parquet(path)
        except (pl.exceptions.PolarsError, OSError) as error:
            raise CommandError(f"{path}: not a readable Parquet file ({error})") from None
        dims = [d.strip() for d in options["by"].split(",") if d.strip()]
        filters = {}
        for item in options["where"]:
            name, _, value = item.partition("=")
            if not value:
                raise CommandError(f"--where {item!r}: use DIM=VALUE")
            filters[name.strip()] = value.strip()
        try:
            measure = measure_for(options["measure"], frame.columns)
            table = aggregate(frame, dims, measure, filters)
        except ValueError as error:
            raise CommandError(str(error)) from None
        release = protect(table)
        text = csv_text([release])
        if options["out"]:
            options["out"].write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        hidden = [key for key, cell in release.cells.items() if cell.suppressed]
        self.stderr.write(f"{len(release.cells)} rows; {len(hidden)} suppressed.")
        if options["audit"]:
            narrow = lp_audit(table, hidden).too_narrow()
            if narrow:
                raise CommandError(f"LP audit: {len(narrow)} suppressed cells could be narrowed")
            self.stderr.write("LP audit: no suppressed cell can be narrowed below 10.")
