"""Shared by the benchmarks: one JSON object per result line, timing, a throwaway database."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "src"), str(REPO)]


def arguments(description: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true", help="A small size, for CI and smoke runs.")
    return parser.parse_args()


def emit(
    bench: str, case: str, *, metric: str, value: float, unit: str, target: str, meets: bool
) -> None:
    """Print one result: {"bench", "case", "metric", "value", "unit", "target", "meets"}."""
    line = {
        "bench": bench,
        "case": case,
        "metric": metric,
        "value": round(value, 4),
        "unit": unit,
        "target": target,
        "meets": bool(meets),
    }
    print(json.dumps(line), flush=True)


def best_of(repeat: int, work: Callable[[], object]) -> float:
    """The fastest of several runs, in seconds: the least disturbed by the machine."""
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
    return min(timings)


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def median(samples: list[float]) -> float:
    return statistics.median(samples)


@contextmanager
def django_database() -> Iterator[None]:
    """Set Django up with the test settings and a fresh database, removed afterwards."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "smeshield.config.settings.test")
    import django
    from django.test.utils import setup_databases, setup_test_environment, teardown_databases

    django.setup()
    setup_test_environment()
    old = setup_databases(verbosity=0, interactive=False)
    try:
        yield
    finally:
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO audit_purge_permit (reason) VALUES ('benchmark done')")
        teardown_databases(old, verbosity=0)
