"""Every periodic job the service runs, in one place. Add yours here.

Each job names a background task (dotted path to a ``django_tasks`` task taking no
arguments) and when it is due. The scheduler (``smeshield scheduler``, started by
``make demo`` and ``make worker``) queues a job at most once per period: the run is
recorded in ``operations.JobRun`` under the period's key before the task is queued, so a
restarted or second scheduler sends nothing twice. Tasks must also be safe to run twice
(the worker may retry), which each task's docstring says.

``every`` is a period in minutes counted from midnight UTC (60 = hourly, 1440 = daily);
``weekday`` (0 = Monday) with ``hour`` makes a weekly job instead.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Job:
    name: str
    task: str  # dotted path to the task
    every: int = 0  # minutes; 0 when weekly
    weekday: int | None = None
    hour: int = 0
    what: str = ""


JOBS: tuple[Job, ...] = (
    Job(
        "heartbeat",
        "smeshield.operations.tasks.heartbeat",
        every=1,
        what="The worker says it is alive (shown on /healthz).",
    ),
    Job(
        "alerts-weekly-digest",
        "smeshield.alerts.tasks.send_digest",
        weekday=0,
        hour=8,
        what="Email each business its alerts not yet emailed, Monday 08:00 UTC.",
    ),
    Job(
        "learning-set-reminders",
        "smeshield.people.tasks.remind",
        every=60,
        what="Ask set members to review their commitments before a meeting (once each).",
    ),
    Job(
        "health-check-reminders",
        "smeshield.healthcheck.tasks.send_reminders",
        every=1440,
        what="Re-check at 11 months; certificate renewal 30 days ahead; 'I'll do it' at 14 days.",
    ),
    Job(
        "audit-head-published",
        "smeshield.audit.tasks.publish_head",
        every=1440,
        what="Append the audit chain's head to AUDIT_HEAD_FILE, outside the database (ADR 0049).",
    ),
    Job(
        "mentor-matching",
        "smeshield.people.tasks.match",
        every=10,
        what="Match open requests for a mentor.",
    ),
)
