"""``smeshield audit``: prove the audit trail has not been edited or cut."""

from __future__ import annotations

import re
from argparse import ArgumentParser, ArgumentTypeError
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from smeshield.audit.selectors import audit_chain_problems, audit_head
from smeshield.audit.services import audit_head_publish

_HEAD = re.compile(r"^(?P<sequence>\d{1,18}):(?P<hash>[0-9a-f]{64})$")


def published_head(text: str) -> tuple[int, str]:
    """``SEQUENCE:HASH`` as printed by ``smeshield audit head``."""
    match = _HEAD.match(text.strip())
    if match is None:
        raise ArgumentTypeError(
            "give the head as SEQUENCE:HASH, as 'smeshield audit head' prints it "
            "(for example 120:3f5a...: 64 hexadecimal characters after the colon)"
        )
    return int(match["sequence"]), match["hash"]


class Command(BaseCommand):
    help = "Work with the audit trail: verify the chain, print or publish its head."

    def add_arguments(self, parser: ArgumentParser) -> None:
        verbs = parser.add_subparsers(dest="verb", required=True, metavar="VERB")
        verify = verbs.add_parser(
            "verify",
            help="Check every entry's hash, the links, the stored head and its MAC.",
            description=(
                "Check every audit entry's hash, the links between entries, the stored head "
                "and the head's MAC under AUDIT_KEY. With --expect-head, also check that a "
                "head published earlier (outside the database) is still in the chain. Exits "
                "with status 1 and lists each problem when the chain is broken."
            ),
        )
        verify.add_argument(
            "--expect-head",
            type=published_head,
            metavar="SEQUENCE:HASH",
            help="A head published earlier by 'smeshield audit publish-head'.",
        )
        verbs.add_parser("head", help="Print the chain head as SEQUENCE:HASH.")
        publish = verbs.add_parser(
            "publish-head",
            help="Append the head, with the time, to a file the database user cannot change.",
        )
        publish.add_argument("--to", type=Path, required=True, metavar="FILE")

    def handle(self, *args: Any, **options: Any) -> None:
        head = audit_head() or (0, "0" * 64)
        if options["verb"] == "head":
            self.stdout.write(f"{head[0]}:{head[1]}")
            return
        if options["verb"] == "publish-head":
            published = audit_head_publish(to=options["to"])
            self.stdout.write(f"Published head {published} to {options['to']}")
            return
        problems = audit_chain_problems(published=options.get("expect_head"))
        if problems:
            for problem in problems:
                self.stderr.write(f"entry {problem.sequence}: {problem.kind} - {problem.detail}")
            raise CommandError(f"The audit chain is broken: {len(problems)} problem(s).")
        self.stdout.write(f"The audit chain holds: {head[0]} entries, head {head[1]}")
