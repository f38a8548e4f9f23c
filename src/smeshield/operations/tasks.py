"""Background work for running the service itself."""

from __future__ import annotations

from django_tasks import task

from smeshield.operations import scheduling


@task()
def heartbeat() -> str:
    """The worker says it is alive: /healthz shows when it last did."""
    return scheduling.beat("worker")
