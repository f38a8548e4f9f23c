"""``smeshield incidents``: export every record as VERIS 1.4.1, or import VERIS for research."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError

from smeshield.incidents.services import research_import, veris_export
from smeshield.kernel.commands import VerbCommand


class Command(VerbCommand):
    verb = "incidents"
    help = "Export incidents as VERIS 1.4.1 JSON, or import VERIS records (e.g. the VCDB)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        export = actions.add_parser(
            "export-veris",
            help="Write one <incident_id>.json per incident, each valid VERIS 1.4.1.",
        )
        export.add_argument("--out", type=Path, required=True, help="Folder to write into.")
        load = actions.add_parser(
            "import-veris",
            help="Import every *.json VERIS record in a folder; older versions are upgraded.",
            description=(
                "Records from VERIS 1.3.3 to 1.4.0 are upgraded to 1.4.1 by the rules in "
                "docs/incidents-veris.md; the original is kept alongside. A record that still "
                "does not validate is listed with the failing path and reason; the rest import."
            ),
        )
        load.add_argument("folder", type=Path, help="Folder of VERIS JSON files.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "export-veris":
            self._export(options["out"])
        else:
            self._import(options["folder"])

    def _export(self, folder: Path) -> None:
        if folder.exists() and not folder.is_dir():
            raise CommandError(f"{folder} is a file; give a folder to write into")
        outcome = veris_export(
            folder=folder, progress=lambda n: self.stderr.write(f"... {n} written")
        )
        for incident_id, problem in outcome.invalid:
            self.stderr.write(f"not written: {incident_id}: {problem}")
        self.stdout.write(f"Wrote {outcome.written} VERIS 1.4.1 record(s) to {folder}")
        if outcome.invalid:
            raise CommandError(f"{len(outcome.invalid)} record(s) did not validate", returncode=1)

    def _import(self, folder: Path) -> None:
        if not folder.is_dir():
            raise CommandError(f"No folder at {folder}")
        outcome = research_import(folder=folder)
        for name, problem in outcome.rejected:
            self.stderr.write(f"rejected {name}: {problem}")
        self.stdout.write(
            f"Imported {len(outcome.imported)} record(s); rejected {len(outcome.rejected)}."
        )
        if outcome.rejected:
            raise CommandError(f"{len(outcome.rejected)} file(s) rejected", returncode=1)
