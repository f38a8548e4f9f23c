"""Running the periodic jobs of ``smeshield.config.schedule``: each at most once a period.

``tick`` is the whole rule: for every job, the latest moment it was due; if no run is
recorded for that moment, record one and queue the task. The recording comes first and
the database refuses a second row for the same job and period, so two schedulers, or one
restarted in the middle, queue a job once. A scheduler that was stopped over a due time
catches up on its next tick (once, not once per missed period). APScheduler drives the
ticks (``scheduler``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.utils.module_loading import import_string

from smeshield.config.schedule import JOBS, Job
from smeshield.kernel.heartbeats import beat
from smeshield.operations.models import JobRun
from smeshield.operations.recovery import recover

logger = logging.getLogger(__name__)
TICK_SECONDS = 20


def due_at(job: Job, now: datetime) -> datetime:
    """The latest moment at or before ``now`` when the job was due."""
    now = now.astimezone(UTC)
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if job.weekday is not None:
        this_week = midnight - timedelta(days=now.weekday()) + timedelta(days=job.weekday)
        moment = this_week.replace(hour=job.hour)
        return moment if moment <= now else moment - timedelta(days=7)
    minutes = (now - midnight) // timedelta(minutes=1)
    return midnight + timedelta(minutes=minutes - minutes % job.every)


def period_of(job: Job, now: datetime) -> str:
    return due_at(job, now).strftime("%Y-%m-%dT%H:%MZ")


def claim(job: Job, now: datetime) -> bool:
    """Record this period's run; False when it is already recorded."""
    try:
        with transaction.atomic():
            JobRun.objects.create(job=job.name, period=period_of(job, now))
    except IntegrityError:
        return False
    return True


def _enqueue(job: Job) -> None:
    import_string(job.task).enqueue()


def tick(
    now: datetime | None = None,
    *,
    jobs: Sequence[Job] = JOBS,
    enqueue: Callable[[Job], Any] = _enqueue,
) -> list[str]:
    """Queue every job due and not yet run this period; the names of those queued."""
    moment = now or datetime.now(tz=UTC)
    queued = []
    for job in jobs:
        if claim(job, moment):
            try:
                enqueue(job)
            except Exception:  # one broken job must not stop the others
                logger.exception("could not queue %s", job.name)
                continue
            queued.append(job.name)
    beat("scheduler", moment)
    recover()  # tasks left RUNNING by a worker that died are queued again (ADR 0059)
    return queued


def scheduler(kind: type[Any], *, seconds: float = TICK_SECONDS) -> Any:
    """An APScheduler scheduler of ``kind`` that ticks now and every ``seconds``."""
    made = kind(timezone=UTC)
    made.add_job(
        _safe_tick,
        "interval",
        seconds=seconds,
        id="smeshield-tick",
        max_instances=1,
        coalesce=True,
        next_run_time=datetime.now(tz=UTC),
    )
    return made


def _safe_tick() -> None:
    from django.db import connections

    try:
        queued = tick()
    except Exception:
        logger.exception("scheduler tick failed")
        return
    finally:
        connections.close_all()  # this thread's: nothing held open between ticks
    if queued:
        logger.info("queued %s", ", ".join(queued))
