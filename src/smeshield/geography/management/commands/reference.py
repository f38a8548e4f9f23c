"""``smeshield reference``: build and load the shipped reference data."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from smeshield.geography.reference_files import (
    DISTRICTS_FILE,
    MAP_FILE,
    build_districts,
    build_map,
    read_districts,
    shared_data_dir,
    write_districts,
    write_map,
)
from smeshield.geography.services import postcode_districts_load


class Command(BaseCommand):
    help = "Build the shipped postcode district file from public data, or load it."

    def add_arguments(self, parser: ArgumentParser) -> None:
        verbs = parser.add_subparsers(dest="verb", required=True, metavar="VERB")
        build = verbs.add_parser(
            "build",
            help="Rebuild content/reference/postcode_districts.csv from the public sources.",
            description=(
                "Merge the public postcode, local authority and police force area files "
                "into content/reference/postcode_districts.csv."
            ),
        )
        build.add_argument(
            "--data",
            type=Path,
            default=shared_data_dir(),
            help="Public data folder (default: $SMESHIELD_SHARED_DATA or ../shared/data).",
        )
        verbs.add_parser(
            "load",
            help="Load the shipped reference files into the database (idempotent).",
            description="Load the shipped reference files into the database. Safe to repeat.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["verb"] == "build":
            data: Path = options["data"]
            if not data.is_dir():
                raise CommandError(f"No data folder at {data}. Pass --data PATH.")
            records = build_districts(data)
            write_districts(records)
            self.stdout.write(f"Wrote {len(records)} postcode districts to {DISTRICTS_FILE}")
            write_map(build_map(data))
            self.stdout.write(f"Wrote the police force area map to {MAP_FILE}")
        else:
            count = postcode_districts_load(records=read_districts())
            self.stdout.write(f"Loaded {count} postcode districts.")
