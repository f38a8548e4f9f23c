"""The embedded default is SQLite in WAL mode; production's cache is Redis or the database."""

from __future__ import annotations

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from smeshield.config.settings.base import CACHES as BASE_CACHES


@pytest.mark.django_db
def test_sqlite_runs_in_write_ahead_log_mode() -> None:
    if connection.vendor != "sqlite":
        pytest.skip("WAL is SQLite's journal mode; this run uses PostgreSQL")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
        cursor.execute("PRAGMA foreign_keys")
        assert cursor.fetchone()[0] == 1


@pytest.mark.django_db
def test_without_redis_the_cache_is_the_database_and_migrating_creates_its_table() -> None:
    assert BASE_CACHES["default"]["BACKEND"].endswith("DatabaseCache")
    with override_settings(CACHES=BASE_CACHES):
        call_command("migrate", verbosity=0)  # post_migrate creates the cache table
        cache = caches.create_connection("default")
        cache.set("throttle-probe", 1, 30)
        assert cache.get("throttle-probe") == 1


def test_with_redis_the_throttles_share_one_cache_across_workers() -> None:
    redis_cache = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/15",
    }
    with override_settings(CACHES={"default": redis_cache}):
        first, second = caches.create_connection("default"), caches.create_connection("default")
        first.set("throttle-probe", 7, 30)
        assert second.get("throttle-probe") == 7
        first.delete("throttle-probe")
