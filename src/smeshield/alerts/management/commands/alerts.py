"""``smeshield alerts``: import KEV and STIX, match in bulk, send the digest, export STIX."""

from __future__ import annotations

import json
import sys
from argparse import ArgumentParser
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError
from django.utils import timezone

from smeshield.alerts import selectors, services
from smeshield.domain.alerts.advisories import kev_advisories
from smeshield.domain.alerts.matching import InventoryIndex
from smeshield.domain.alerts.stix import stix_bundle
from smeshield.domain.products.build import vocabulary_from
from smeshield.domain.products.recognition import Recogniser
from smeshield.kernel.commands import VerbCommand


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{text!r} is not a date like 2026-11-27") from None


class Command(VerbCommand):
    verb = "alerts"
    help = "Import advisories (KEV, STIX), match inventories in bulk, email the digest, export."

    def add_arguments(self, parser: ArgumentParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        kev = actions.add_parser(
            "import-kev",
            help="Import a CISA KEV catalogue JSON file, then send what is new.",
            description="Re-importing the same file changes nothing and sends nothing.",
        )
        kev.add_argument("path", type=Path)
        kev.add_argument("--no-send", action="store_true", help="Import only; do not deliver.")
        stix = actions.add_parser(
            "import-stix", help="Import a STIX 2.1 bundle: objects that name products."
        )
        stix.add_argument("path", type=Path)
        stix.add_argument("--no-send", action="store_true", help="Import only; do not deliver.")
        match = actions.add_parser(
            "match",
            help="Match a KEV file against inventories (JSON lines); one JSON line per match.",
            description=(
                'Each input line is {"business": "<id>", "products": ["<name as written>", ...]}. '
                'Each output line is {"advisory": "<CVE id>", "business": "<id>", "identity": '
                '"<vendor product>", "reason": "..."}. Needs no database. See docs/alerts.md.'
            ),
        )
        match.add_argument("--advisories", type=Path, required=True, help="A KEV JSON file.")
        match.add_argument("--inventories", type=Path, required=True, help="A JSON lines file.")
        actions.add_parser("send-digest", help="Email each business its alerts not yet emailed.")
        export = actions.add_parser(
            "export-stix", help="Write the advisories sent in a period as a STIX 2.1 bundle."
        )
        export.add_argument("--since", type=_date, help="First day (default: 7 days ago).")
        export.add_argument("--until", type=_date, help="Last day (default: today).")
        export.add_argument("--out", type=Path, required=True, help="File to write.")

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "match":
            self._match(options["advisories"], options["inventories"])
        elif action in {"import-kev", "import-stix"}:
            self._import(action, options["path"], send=not options["no_send"])
        elif action == "send-digest":
            sent = services.digest_send(progress=lambda n: self.stderr.write(f"... {n} businesses"))
            self.stdout.write(f"Digest emailed to {sent} business(es).")
        else:
            self._export(options)

    def _import(self, action: str, path: Path, *, send: bool) -> None:
        if not path.is_file():
            raise CommandError(f"No file at {path}")
        importer = services.kev_import if action == "import-kev" else services.stix_import
        try:
            outcome = importer(path=path)
        except ValueError as error:
            raise CommandError(str(error)) from None
        for problem in outcome.problems:
            self.stderr.write(f"skipped {problem}")
        self.stdout.write(
            f"Imported {len(outcome.created)} new, {outcome.updated} updated, "
            f"{outcome.unchanged} unchanged; {len(outcome.problems)} with errors"
            + (f"; {outcome.skipped} naming no product we know" if outcome.skipped else "")
            + "."
        )
        if send:
            to_send = services.newest_per_product(outcome.created)
            delivered = 0
            for number, advisory in enumerate(to_send, start=1):
                delivered += services.advisory_fan_out(advisory=advisory)
                if number % 50 == 0:
                    self.stderr.write(f"... matched {number}/{len(to_send)} advisories")
            self.stdout.write(f"Matched {len(to_send)} advisories; {delivered} business match(es).")
        if outcome.problems:
            raise CommandError(f"{len(outcome.problems)} entries had errors", returncode=1)

    def _match(self, advisories_path: Path, inventories_path: Path) -> None:
        import yaml

        from smeshield.content.products import CURATED_PRODUCTS, lexicon

        for path in (advisories_path, inventories_path):
            if not path.is_file():
                raise CommandError(f"No file at {path}")
        try:
            document = json.loads(advisories_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            raise CommandError(f"{advisories_path}: not valid JSON ({error})") from None
        entries = document.get("vulnerabilities", []) if isinstance(document, dict) else []
        pairs = [
            (e["vendorProject"], e["product"])
            for e in entries
            if isinstance(e, dict)
            and isinstance(e.get("vendorProject"), str)
            and isinstance(e.get("product"), str)
        ]
        curated = yaml.safe_load(CURATED_PRODUCTS.read_text(encoding="utf-8"))
        vocabulary = vocabulary_from(curated, pairs)
        advisories, problems = kev_advisories(document, vocabulary)
        for problem in problems:
            self.stderr.write(f"skipped {problem}")
        businesses, names = self._inventories(inventories_path)
        recogniser = Recogniser(vocabulary, lexicon(), strict=False)
        index = InventoryIndex.from_columns(businesses, names, recogniser)
        out = sys.stdout
        for advisory in advisories:
            for match in index.matches(advisory):
                identity = vocabulary.get(match.identity)
                line = {
                    "advisory": advisory.cve,
                    "business": match.business,
                    "identity": identity.name if identity else match.identity,
                    "reason": match.reason,
                }
                out.write(json.dumps(line, ensure_ascii=False) + "\n")

    def _inventories(self, path: Path) -> tuple[list[str], list[list[str]]]:
        businesses: list[str] = []
        names: list[list[str]] = []
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    raise CommandError(
                        f"{path} line {number}: not valid JSON ({error.msg})"
                    ) from None
                products = record.get("products") if isinstance(record, dict) else None
                if not isinstance(record, dict) or not isinstance(record.get("business"), str):
                    raise CommandError(f"{path} line {number}: business: missing or not text")
                if not isinstance(products, list) or not all(isinstance(p, str) for p in products):
                    raise CommandError(f"{path} line {number}: products: must be a list of names")
                businesses.append(record["business"])
                names.append(products)
        return businesses, names

    def _export(self, options: dict[str, Any]) -> None:
        until = options["until"] or timezone.localdate()
        since = options["since"] or until - timedelta(days=7)
        if since > until:
            raise CommandError("--since must be on or before --until")
        advisories = [services.as_domain(a) for a in selectors.sent_between(start=since, end=until)]
        bundle = stix_bundle(advisories, created=datetime.now(tz=UTC))
        out: Path = options["out"]
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(bundle.serialize(pretty=True), encoding="utf-8")
        self.stdout.write(f"Wrote {len(advisories)} advisories sent {since} to {until} to {out}")
