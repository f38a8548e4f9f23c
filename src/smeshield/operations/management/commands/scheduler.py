"""``smeshield scheduler``: queue the periodic jobs of ``config/schedule.py`` when due."""

from __future__ import annotations

import logging
from argparse import ArgumentParser
from typing import Any

from apscheduler.schedulers.blocking import BlockingScheduler

from smeshield.config.schedule import JOBS
from smeshield.kernel.commands import VerbCommand
from smeshield.operations import scheduling


class Command(VerbCommand):
    verb = "scheduler"
    help = "Queue periodic jobs (weekly digest, reminders, ...) when due, until stopped (Ctrl+C)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--once", action="store_true", help="Tick once, then stop.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["once"]:
            queued = scheduling.tick()
            self.stdout.write(f"Queued: {', '.join(queued) or 'nothing due'}.")
            return
        logging.getLogger("apscheduler").setLevel(logging.WARNING)  # not a line per tick
        self.stdout.write(
            f"Scheduling {len(JOBS)} jobs: {', '.join(job.name for job in JOBS)} (Ctrl+C to stop)"
        )
        try:
            scheduling.scheduler(BlockingScheduler).start()
        except (KeyboardInterrupt, SystemExit):
            self.stdout.write("Scheduler stopped.")
