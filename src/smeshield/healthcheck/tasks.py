"""Background work for the health check: reminders, for the periodic scheduler.

Each job is idempotent per period: running it twice in a day, or every hour, sends each
reminder once (``Reminder`` rows are unique per business, kind and period).
"""

from __future__ import annotations

from django_tasks import task

from smeshield.healthcheck import services


@task()
def send_reminders() -> int:
    """Re-check after 11 months, certificate renewal 30 days ahead, "I'll do it" after 14 days."""
    return services.reminders_send()
