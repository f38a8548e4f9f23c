"""Management commands that appear under a friendlier ``smeshield`` verb."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser


class VerbCommand(BaseCommand):
    """A command whose ``--help`` names the ``smeshield`` verb, not the module."""

    verb: str = ""

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        return super().create_parser(prog_name, self.verb or subcommand, **kwargs)
