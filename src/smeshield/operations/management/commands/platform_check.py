"""``smeshield check``: is this installation ready to serve?"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from smeshield.audit.selectors import audit_chain_problems
from smeshield.geography.selectors import districts_loaded
from smeshield.kernel.commands import VerbCommand


def _system_checks() -> str:
    call_command("check", fail_level="ERROR", verbosity=0, stdout=io.StringIO())
    return "no errors"


def _database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return connection.vendor


def _migrations() -> str:
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if plan:
        raise RuntimeError(f"{len(plan)} migration(s) not applied: run 'smeshield migrate'")
    return "all applied"


def _reference_data() -> str:
    count = districts_loaded()
    if count == 0:
        raise RuntimeError("no postcode districts: run 'smeshield reference load'")
    return f"{count} postcode districts"


def _audit_chain() -> str:
    problems = audit_chain_problems()
    if problems:
        raise RuntimeError(f"{len(problems)} problem(s): run 'smeshield audit verify'")
    return "intact"


CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("Django system checks", _system_checks),
    ("Database reachable", _database),
    ("Database migrations", _migrations),
    ("Reference data", _reference_data),
    ("Audit chain", _audit_chain),
]


class Command(VerbCommand):
    verb = "check"
    help = (
        "Check the installation: system checks, database, migrations, reference data, audit chain."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        failures = 0
        for name, check in CHECKS:
            try:
                detail = check()
            except Exception as error:  # noqa: BLE001 - report every failing check, then fail once
                failures += 1
                self.stdout.write(self.style.ERROR(f"FAIL  {name}: {error}"))
            else:
                self.stdout.write(self.style.SUCCESS(f"ok    {name}: {detail}"))
        if failures:
            raise CommandError(f"{failures} check(s) failed.")
