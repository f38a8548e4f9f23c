"""Stale-task recovery: a task left RUNNING by a worker that died is queued again.

django-tasks-db marks a task RUNNING when a worker claims it and never looks at it again:
a worker killed with ``kill -9`` (or out of memory, or a lost machine) leaves it RUNNING for
ever, and the work is never done (ADR 0059). Each worker therefore beats its own heartbeat
(``beat_worker``, every ``WORKER_BEAT_SECONDS``, from a thread beside the task it runs), and
``recover`` (called by the scheduler on every tick and by a worker as it starts) puts back
to READY every RUNNING task whose worker has not beaten for ``STALE_AFTER``.

A worker that is alive keeps beating however long its task takes, so a slow task is never
taken from it. The update is conditional (still RUNNING, still the same worker), so two
schedulers recover a task once. Tasks are written to be safe to run again (each says how):
a recovered task finishes what its dead run did not, and repeats nothing already done.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

WORKER_KEY = "smeshield:worker:{}"
# A worker silent this long is gone (six missed beats). The R3 drill sets it shorter.
STALE_AFTER = timedelta(seconds=getattr(settings, "TASKS_STALE_AFTER_SECONDS", 60))
WORKER_BEAT_SECONDS = STALE_AFTER.total_seconds() / 6


def beat_worker(worker_id: str, now: datetime | None = None) -> None:
    """Record that the worker ``worker_id`` is alive now."""
    moment = (now or datetime.now(tz=UTC)).isoformat()
    cache.set(WORKER_KEY.format(worker_id), moment, timeout=int(STALE_AFTER.total_seconds()) * 10)


def last_beat(worker_id: str) -> datetime | None:
    seen = cache.get(WORKER_KEY.format(worker_id))
    return datetime.fromisoformat(seen) if seen else None


def is_stale(
    task: DBTaskResult[..., object], now: datetime, stale_after: timedelta = STALE_AFTER
) -> bool:
    """Whether a RUNNING task's worker has gone quiet for longer than ``stale_after``.

    The moment the task started counts as a beat: a task claimed a moment ago by a worker
    whose first beat has not landed yet is not stale."""
    worker = task.worker_ids[-1] if task.worker_ids else ""
    seen = [moment for moment in (last_beat(worker) if worker else None, task.started_at) if moment]
    return not seen or now - max(seen) > stale_after


def recover(now: datetime | None = None, *, stale_after: timedelta = STALE_AFTER) -> list[str]:
    """Queue again every RUNNING task whose worker is gone; the ids of those queued."""
    moment = now or datetime.now(tz=UTC)
    recovered = []
    for task in DBTaskResult.objects.running():
        if not is_stale(task, moment, stale_after):
            continue
        # Conditional: only if nobody (another scheduler, the worker itself) moved it since.
        moved = DBTaskResult.objects.filter(
            pk=task.pk, status=TaskResultStatus.RUNNING, started_at=task.started_at
        ).update(status=TaskResultStatus.READY, started_at=None)
        if moved:
            logger.warning(
                "re-queued task %s (%s): its worker %s stopped beating",
                task.pk,
                task.task_path,
                task.worker_ids[-1] if task.worker_ids else "?",
            )
            recovered.append(str(task.pk))
    return recovered


class WorkerHeartbeat:
    """A daemon thread beating ``worker_id`` every ``seconds`` until the process ends."""

    def __init__(self, worker_id: str, *, seconds: float = WORKER_BEAT_SECONDS) -> None:
        self.worker_id = worker_id
        self.seconds = seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="worker-heartbeat", daemon=True)

    def start(self) -> None:
        beat_worker(self.worker_id)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=self.seconds)

    def _run(self) -> None:
        while not self._stop.wait(self.seconds):
            try:
                beat_worker(self.worker_id)
            except Exception:  # the database may be down for a while: beat again later
                logger.warning("worker heartbeat failed; trying again", exc_info=True)
            finally:
                connections.close_all()  # this thread's own connection
