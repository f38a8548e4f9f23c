"""Periodic jobs: each queued once a period, whatever restarts, and the scheduler really runs."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from django.core.cache import cache
from django.test import Client

from smeshield.config.schedule import JOBS, Job
from smeshield.operations.models import JobRun
from smeshield.operations.scheduling import due_at, scheduler, tick

WEEKLY = Job("weekly-test", "unused", weekday=0, hour=8)
EVERY_TEN = Job("ten-test", "unused", every=10)


def test_given_a_weekly_job_then_it_is_due_at_its_hour_on_its_day() -> None:
    sunday_night = datetime(2026, 12, 6, 23, 0, tzinfo=UTC)
    monday_early = datetime(2026, 12, 7, 7, 59, tzinfo=UTC)
    monday_late = datetime(2026, 12, 7, 8, 1, tzinfo=UTC)

    assert due_at(WEEKLY, sunday_night) == datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    assert due_at(WEEKLY, monday_early) == datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    assert due_at(WEEKLY, monday_late) == datetime(2026, 12, 7, 8, 0, tzinfo=UTC)
    assert due_at(EVERY_TEN, monday_late) == datetime(2026, 12, 7, 8, 0, tzinfo=UTC)


@pytest.mark.django_db
def test_given_ticks_in_one_period_when_restarted_then_each_job_is_queued_once() -> None:
    queued: list[str] = []
    monday = datetime(2026, 12, 7, 8, 0, 5, tzinfo=UTC)

    first = tick(monday, jobs=[WEEKLY, EVERY_TEN], enqueue=lambda job: queued.append(job.name))
    # A restarted scheduler ticks again a few seconds later, in the same periods.
    again = tick(
        datetime(2026, 12, 7, 8, 0, 40, tzinfo=UTC),
        jobs=[WEEKLY, EVERY_TEN],
        enqueue=lambda job: queued.append(job.name),
    )
    later = tick(
        datetime(2026, 12, 7, 8, 10, 0, tzinfo=UTC),
        jobs=[WEEKLY, EVERY_TEN],
        enqueue=lambda job: queued.append(job.name),
    )

    assert first == ["weekly-test", "ten-test"]
    assert again == []
    assert later == ["ten-test"]
    assert queued == ["weekly-test", "ten-test", "ten-test"]
    assert JobRun.objects.filter(job="weekly-test").count() == 1


@pytest.mark.django_db
def test_given_one_job_that_cannot_be_queued_then_the_others_still_are() -> None:
    def enqueue(job: Job) -> None:
        if job is WEEKLY:
            raise RuntimeError("broken")

    queued = tick(
        datetime(2026, 12, 7, 9, 0, tzinfo=UTC), jobs=[WEEKLY, EVERY_TEN], enqueue=enqueue
    )

    assert queued == ["ten-test"]


def test_every_registered_job_names_a_task_that_exists() -> None:
    from django.utils.module_loading import import_string

    for job in JOBS:
        assert hasattr(import_string(job.task), "enqueue"), job.name
        assert (job.every > 0) != (job.weekday is not None), job.name


@pytest.mark.django_db(transaction=True)
def test_given_the_real_scheduler_started_then_it_runs_the_jobs_and_healthz_shows_heartbeats() -> (
    None
):
    cache.clear()
    running = scheduler(BackgroundScheduler, seconds=0.2)
    running.start()
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not JobRun.objects.filter(job="heartbeat").exists():
            time.sleep(0.1)
    finally:
        running.shutdown(wait=True)

    assert set(JobRun.objects.values_list("job", flat=True)) == {job.name for job in JOBS}
    beats = Client().get("/healthz").json()["heartbeats"]
    assert beats["scheduler"] is not None
    assert beats["worker"] is not None  # the heartbeat task ran (immediate backend in tests)
