"""``smeshield worker``: run background tasks from the database queue."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.core.management import call_command
from django.utils.crypto import get_random_string

from smeshield.kernel.commands import VerbCommand
from smeshield.operations import recovery
from smeshield.operations.processes import run_together, smeshield


class Command(VerbCommand):
    verb = "worker"
    help = "Run background tasks from the database queue until stopped (Ctrl+C)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--batch", action="store_true", help="Run what is queued, then stop.")
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds between polls.")
        parser.add_argument(
            "--with-scheduler",
            action="store_true",
            help="Also run the periodic-jobs scheduler; Ctrl+C stops both.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        arguments = ["--interval", str(options["interval"])]
        if options["batch"]:
            arguments.append("--batch")
        if options["with_scheduler"]:
            self.stdout.write("Running the task worker and the scheduler (Ctrl+C stops both)")
            raise SystemExit(
                run_together([smeshield("worker", *arguments), smeshield("scheduler")])
            )
        # Its own id and heartbeat, so a task it leaves RUNNING if it dies is queued again.
        worker_id = get_random_string(32)
        recovered = recovery.recover()
        if recovered:
            self.stdout.write(f"Queued again {len(recovered)} task(s) left by a stopped worker.")
        heartbeat = recovery.WorkerHeartbeat(worker_id)
        heartbeat.start()
        try:
            call_command("db_worker", *arguments, "--worker-id", worker_id)
        finally:
            heartbeat.stop()
