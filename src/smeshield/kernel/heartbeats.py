"""When the worker and the scheduler last said they were alive (shown on /healthz).

Kept in the cache (the database cache, or Redis): every process of the service sees it."""

from __future__ import annotations

from datetime import UTC, datetime

from django.core.cache import cache

HEARTBEAT_KEY = "smeshield:heartbeat:{}"
WHO = ("worker", "scheduler")


def beat(who: str, now: datetime | None = None) -> str:
    """Record that ``who`` (worker, scheduler) is alive now."""
    moment = (now or datetime.now(tz=UTC)).isoformat(timespec="seconds")
    cache.set(HEARTBEAT_KEY.format(who), moment, timeout=None)
    return moment


def heartbeats() -> dict[str, str | None]:
    return {who: cache.get(HEARTBEAT_KEY.format(who)) for who in WHO}
