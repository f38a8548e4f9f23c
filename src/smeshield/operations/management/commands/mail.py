"""``smeshield mail``: show the newest emails written by the demo's file email backend."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import CommandError

from smeshield.kernel.commands import VerbCommand


class Command(VerbCommand):
    verb = "mail"
    help = "Show the newest emails the demo wrote (for reading sign-in codes)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--count", type=int, default=1, help="How many of the newest to show.")
        parser.add_argument("--to", default="", help="Only emails to this address.")

    def handle(self, *args: Any, **options: Any) -> None:
        folder = Path(settings.EMAIL_FILE_PATH)
        if not folder.is_dir():
            raise CommandError(f"No emails yet: {folder} does not exist.")
        files = sorted(folder.glob("*.log"), key=lambda path: path.stat().st_mtime)
        messages: list[str] = []
        for path in reversed(files):
            for message in reversed(path.read_text(encoding="utf-8").split("-" * 79)):
                text = message.strip()
                if text and (not options["to"] or f"To: {options['to']}" in text):
                    messages.append(text)
            if len(messages) >= options["count"]:
                break
        if not messages:
            raise CommandError("No matching emails found.")
        for text in reversed(messages[: options["count"]]):
            self.stdout.write(text)
            self.stdout.write("-" * 40)
