"""``smeshield population generate``: a synthetic population of businesses, as Parquet."""

from __future__ import annotations

import time
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError

from smeshield.domain.insights.population import generate
from smeshield.geography.places import places
from smeshield.kernel.commands import VerbCommand


class Command(VerbCommand):
    verb = "population"
    help = "Generate a synthetic population of businesses (always labelled synthetic)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        make = actions.add_parser(
            "generate",
            help="Write N synthetic businesses to a Parquet file (columns: docs/insights.md).",
        )
        make.add_argument("--businesses", type=int, required=True, help="How many (e.g. 200000).")
        make.add_argument("--seed", type=int, default=2026, help="Same seed, same population.")
        make.add_argument("--out", type=Path, required=True, help="The .parquet file to write.")

    def handle(self, *args: Any, **options: Any) -> None:
        count: int = options["businesses"]
        if not 1 <= count <= 50_000_000:
            raise CommandError("--businesses must be between 1 and 50,000,000")
        out: Path = options["out"]
        if out.suffix != ".parquet":
            raise CommandError(f"{out}: the file name must end in .parquet")
        started = time.monotonic()
        frame = generate(count, options["seed"], places())
        out.parent.mkdir(parents=True, exist_ok=True)
        frame.write_parquet(out)
        self.stdout.write(
            f"Wrote {count:,} synthetic businesses (seed {options['seed']}) to {out} "
            f"in {time.monotonic() - started:.1f} s."
        )
