"""Background work for running the service itself."""

from __future__ import annotations

from django_tasks import task

from smeshield.kernel.heartbeats import beat


@task()
def heartbeat() -> str:
    """The worker says it is alive: /healthz shows when it last did."""
    return beat("worker")
