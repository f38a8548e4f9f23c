"""Background work for mentoring: match open requests (safe to run twice: it only matches
requests still open, and notices are sent once per key)."""

from __future__ import annotations

from django_tasks import task

from smeshield.people import services


@task()
def match() -> int:
    return len(services.matching_run())


@task()
def remind() -> int:
    """Ask set members to review their commitments before a meeting (once each)."""
    return services.meeting_reminders()
