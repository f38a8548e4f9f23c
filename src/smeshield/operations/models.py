"""The record of periodic jobs run, one row per job and period, so a restarted scheduler
queues nothing twice. (Having this module also makes Django send this app post_migrate,
which creates the database cache table; see apps.py.)"""

from __future__ import annotations

from django.db import models
from django.utils import timezone


class JobRun(models.Model):
    """One periodic job queued for one period ("alerts-weekly-digest" for 2026-W49)."""

    job = models.CharField(max_length=80)
    period = models.CharField(max_length=40)
    queued_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["job", "period"], name="one_run_per_job_period")
        ]

    def __str__(self) -> str:
        return f"{self.job} {self.period}"
