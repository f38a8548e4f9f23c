"""``smeshield people``: load the directory, match mentors, remind learning sets."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from smeshield.content.directory import DIRECTORY
from smeshield.kernel.commands import VerbCommand
from smeshield.people import services


class Command(VerbCommand):
    verb = "people"
    help = "The support directory, mentor matching and learning-set reminders."

    def add_arguments(self, parser: ArgumentParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        load = actions.add_parser(
            "load-directory",
            help="Add or update the shipped directory of trusted support (safe to repeat).",
        )
        load.add_argument("--path", type=Path, default=DIRECTORY)
        actions.add_parser("match", help="Match every open request to a vetted mentor now.")
        actions.add_parser(
            "remind",
            help="Remind set members to review their commitments before a meeting (run daily).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "load-directory":
            count = services.directory_load(options["path"])
            self.stdout.write(f"Directory: {count} organisations loaded.")
        elif action == "match":
            made = services.matching_run()
            self.stdout.write(f"Matching: {len(made)} new matches.")
        else:
            sent = services.meeting_reminders()
            self.stdout.write(f"Reminders: {sent} sent.")
