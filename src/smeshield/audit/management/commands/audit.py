"""``smeshield audit verify``: prove the audit trail has not been edited or cut."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from smeshield.audit.selectors import audit_chain_problems, audit_head


class Command(BaseCommand):
    help = "Work with the audit trail. 'verify' checks the hash chain end to end."

    def add_arguments(self, parser: ArgumentParser) -> None:
        verbs = parser.add_subparsers(dest="verb", required=True, metavar="VERB")
        verbs.add_parser(
            "verify",
            help="Check every entry's hash, the links between entries and the stored head.",
            description=(
                "Check every audit entry's hash, the links between entries and the stored "
                "head. Exits with status 1 and lists each problem when the chain is broken."
            ),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["verb"] == "verify":
            problems = audit_chain_problems()
            head = audit_head() or (0, "")
            if problems:
                for problem in problems:
                    self.stderr.write(
                        f"entry {problem.sequence}: {problem.kind} - {problem.detail}"
                    )
                raise CommandError(f"The audit chain is broken: {len(problems)} problem(s).")
            self.stdout.write(f"The audit chain holds: {head[0]} entries, head {head[1]}")
