"""``smeshield healthcheck``: print the catalogue, or score answers given on paper or by phone."""

from __future__ import annotations

import json
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError

from smeshield.content import catalogues, products
from smeshield.domain.assessment.profile import BusinessFacts
from smeshield.domain.assessment.report import catalogue_report, score
from smeshield.domain.organisations.size_bands import SizeBand
from smeshield.kernel.commands import VerbCommand


def _facts(data: dict[str, Any]) -> BusinessFacts:
    try:
        return BusinessFacts(
            sector=str(data.get("sector", "")),
            size_band=SizeBand(data.get("size_band", "micro")),
            region=str(data.get("region", "")),
            police_force=str(data.get("police_force", "")),
            urban_rural=str(data.get("urban_rural", "")),
            sole_trader=bool(data.get("sole_trader", False)),
        )
    except ValueError as error:
        raise CommandError(f"business: {error}") from None


class Command(VerbCommand):
    verb = "healthcheck"
    help = "Print the health-check catalogue, or score answers from a file (see docs)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        verbs = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        show = verbs.add_parser(
            "catalogue", help="Print the catalogue: requirements, sources, rules."
        )
        show.add_argument("--format", choices=["json"], default="json", help="Output format.")
        show.add_argument(
            "--version", dest="catalogue_version", help="A catalogue version (default: current)."
        )
        evaluate = verbs.add_parser(
            "evaluate",
            help="Score an answers file: verdicts and plan as JSON.",
            description=(
                "Score answers keyed by question id. A .json file holds one business; a "
                ".jsonl file holds one per line, each printed as one JSON line. "
                "The format is in docs/healthcheck-answers.md."
            ),
        )
        evaluate.add_argument("answers", type=Path, help="The answers file (.json or .jsonl).")

    def _catalogue(self, version: str | None):  # type: ignore[no-untyped-def]
        try:
            return catalogues.catalogue(version) if version else catalogues.current_catalogue()
        except LookupError as error:
            raise CommandError(str(error)) from None

    def _score(self, record: Any, where: str) -> dict[str, Any]:
        if not isinstance(record, dict):
            raise CommandError(f"{where}: expected a JSON object")
        answers = record.get("answers", record)
        if not isinstance(answers, dict):
            raise CommandError(f"{where}: 'answers' must be an object keyed by question id")
        catalogue = self._catalogue(record.get("catalogue_version"))
        report = score(
            catalogue, _facts(record.get("business", {})), answers, products.vocabulary()
        )
        if "id" in record:
            report = {"id": record["id"], **report}
        return report

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "catalogue":
            catalogue = self._catalogue(options.get("catalogue_version"))
            self.stdout.write(json.dumps(catalogue_report(catalogue), indent=2))
            return
        path: Path = options["answers"]
        if not path.is_file():
            raise CommandError(f"No answers file at {path}")
        text = path.read_text(encoding="utf-8")
        try:
            if path.suffix == ".jsonl":
                for number, line in enumerate(text.splitlines(), start=1):
                    if line.strip():
                        self.stdout.write(
                            json.dumps(self._score(json.loads(line), f"line {number}"))
                        )
            else:
                self.stdout.write(json.dumps(self._score(json.loads(text), str(path)), indent=2))
        except json.JSONDecodeError as error:
            raise CommandError(
                f"{path}: not valid JSON ({error.msg} at line {error.lineno})"
            ) from None
