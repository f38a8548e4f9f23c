"""Soak: the business journey at moderate load for SOAK_MINUTES (30 by default, at most 240).

The app on a throwaway PostgreSQL cluster (cluster.py), gunicorn with 2 workers. Each of
8 simulated owners, with a pause between pages as a person would: the sign-in page, the
dashboard, a whole health check (every question answered, then finished), the plan, the
alerts inbox and What we use. Memory is the resident set of gunicorn's processes, after a
warm-up and at the end.

Targets: 0 errors (any status >= 400 or a failed connection); memory flat: growth from the
warmed-up start to the end <= 25% (SOAK_RSS_GROWTH). Prints JSON lines; exits 1 when one fails.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time

from app import PORT, App, Browser, Tally, emit, environment, signed_in, warm_up
from cluster import PORT as PG_PORT
from cluster import Cluster

BENCH = "soak"
PEOPLE = 8
PAUSE_SECONDS = 0.5
DATABASE = "smeshield_soak"
MAX_MINUTES = 240.0


async def _journey(browser: Browser, business: str, stop_at: float) -> None:
    pages = [
        ("sign-in page", "/account/sign-in/"),
        ("dashboard", f"/businesses/{business}/"),
    ]
    later = [
        ("plan", f"/businesses/{business}/health-check/plan/"),
        ("alerts", f"/businesses/{business}/alerts/"),
        ("what we use", f"/businesses/{business}/what-we-use/"),
    ]
    while time.monotonic() < stop_at:
        for page, path in pages:
            await browser.get(page, path)
            await asyncio.sleep(PAUSE_SECONDS)
        await browser.answer_attempt(business, stop_at)
        for page, path in later:
            await browser.get(page, path)
            await asyncio.sleep(PAUSE_SECONDS)


async def _soak(base: str, users: list[tuple[str, str]], seconds: float, app: App) -> dict:
    tally = Tally()
    stop_at = time.monotonic() + seconds
    sessions = [await signed_in(base, session, tally) for _, session in users]
    samples: list[float] = []

    async def sample() -> None:
        while time.monotonic() < stop_at:
            samples.append(app.rss_mb())
            await asyncio.sleep(10)

    try:
        await asyncio.gather(
            sample(),
            *(
                _journey(browser, business, stop_at)
                for (business, _), (_, browser) in zip(users, sessions, strict=True)
            ),
        )
    finally:
        for http, _ in sessions:
            await http.close()
    return {"tally": tally, "samples": samples}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    default = float(os.environ.get("SOAK_MINUTES", "30"))
    parser.add_argument("--minutes", type=float, default=default)
    args = parser.parse_args()
    minutes = min(max(args.minutes, 0.5), MAX_MINUTES)
    growth_bound = float(os.environ.get("SOAK_RSS_GROWTH", "0.25"))
    cluster = Cluster(os.environ.get("DRILL_NAME", f"drills-{PORT}") + "-soak", port=PG_PORT + 2)
    cluster.create()
    cluster.start()
    env = environment(cluster.url(DATABASE))
    app = App(cluster.url("postgres"), DATABASE, env)
    try:
        users = app.prepare(PEOPLE)
        app.start(workers=2)
        base = f"http://127.0.0.1:{PORT}"
        asyncio.run(warm_up(base, users))
        rss_start = app.rss_mb()
        started = time.monotonic()
        result = asyncio.run(_soak(base, users, minutes * 60, app))
        elapsed = time.monotonic() - started
        rss_end = app.rss_mb()
    finally:
        app.stop()
        cluster.remove()
    tally: Tally = result["tally"]
    errors = sum(tally.failures.values()) + len(tally.errors)
    growth = (rss_end - rss_start) / rss_start if rss_start else 0.0
    peak = max([rss_start, rss_end, *result["samples"]])
    lines = [
        ("journey", "minutes", elapsed / 60, "min", "report", True),
        ("journey", "requests", tally.requests, "count", "report", True),
        ("journey", "requests_per_second", tally.requests / elapsed, "1/s", "report", True),
        ("journey", "answers_saved", len(tally.answers), "count", "report", True),
        ("journey", "errors", errors, "count", "0", errors == 0),
        ("memory", "server_rss_start", rss_start, "MB", "report", True),
        ("memory", "server_rss_end", rss_end, "MB", "report", True),
        ("memory", "server_rss_peak", peak, "MB", "report", True),
        ("memory", "server_rss_growth", growth * 100, "%", f"<= {growth_bound * 100:g}",
         growth <= growth_bound),
    ]  # fmt: skip
    for case, metric, value, unit, target, meets in lines:
        emit(BENCH, case, metric=metric, value=float(value), unit=unit, target=target, meets=meets)
    if tally.failures or tally.errors:
        print(f"failures: {dict(tally.failures)} {tally.errors[:5]}", file=sys.stderr)
    return 0 if all(line[-1] for line in lines) else 1


if __name__ == "__main__":
    sys.exit(main())
