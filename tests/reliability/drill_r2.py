"""R2 drill: PostgreSQL stopped hard during a load of answers and incident reports.

A throwaway cluster of its own (cluster.py; never the machine's service), the app on it
(gunicorn, 2 workers, persistent connections with health checks), simulated businesses
answering the health check and reporting incidents. Mid-load the cluster is stopped with
``pg_ctl stop -m immediate`` (every backend killed, no checkpoint: a crash), left down, and
started again (crash recovery); the load goes on throughout.

Targets: every submission the app acknowledged (a 302 to the next page) is in the database
and whole; 0 partial rows; the app serves again after the database returns, without a
restart (same gunicorn processes); errors during the outage are 503 with Retry-After, never
a traceback. Prints JSON lines; exits 1 when a target is not met.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from collections import Counter

import aiohttp
from app import PORT, App, Tally, emit, environment, signed_in, warm_up
from cluster import Cluster

BENCH = "drill_r2"
BUSINESSES = 12
DATABASE = "smeshield_drill"


async def _person(base: str, business: str, session: str, tally: Tally, stop_at: float) -> None:
    http, browser = await signed_in(base, session, tally)
    async with http:
        turn = 0
        while time.monotonic() < stop_at:
            turn += 1
            done = (
                await browser.report_incident(business)
                if turn % 2 == 1
                else await browser.answer_attempt(business, stop_at)
            )
            if not done:
                await asyncio.sleep(0.25)  # as a person would, then try again


async def _first_success_after(base: str, since: float, limit: float = 60.0) -> float | None:
    """Seconds from ``since`` until the app answers /healthz with 200 again."""
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as http:
        while time.monotonic() - since < limit:
            try:
                async with http.get(base + "/healthz") as response:
                    if response.status == 200:
                        return time.monotonic() - since
            except (aiohttp.ClientError, TimeoutError):
                pass
            await asyncio.sleep(0.25)
    return None


async def _drill(
    base: str, users: list[tuple[str, str]], cluster: Cluster, seconds: dict[str, float]
) -> dict[str, object]:
    tally = Tally()
    started = time.monotonic()
    stop_at = started + seconds["before"] + seconds["down"] + seconds["after"]
    people = [
        asyncio.create_task(_person(base, business, session, tally, stop_at))
        for business, session in users
    ]
    await asyncio.sleep(seconds["before"])
    acknowledged_before = len(tally.answers) + len(tally.incidents)
    await asyncio.to_thread(cluster.stop_hard)
    stopped_at = time.monotonic()
    before_outage = Counter(tally.statuses)
    await asyncio.sleep(seconds["down"])
    restart_seconds = await asyncio.to_thread(cluster.start)
    restarted_at = time.monotonic()
    outage = Counter(tally.statuses)
    outage.subtract(before_outage)
    recovered = await _first_success_after(base, restarted_at)
    acknowledged_at_restart = len(tally.answers) + len(tally.incidents)
    await asyncio.gather(*people)
    return {
        "tally": tally,
        "outage_statuses": +outage,
        "acknowledged_before": acknowledged_before,
        "acknowledged_after_restart": len(tally.answers)
        + len(tally.incidents)
        - acknowledged_at_restart,
        "down_seconds": restarted_at - stopped_at,
        "postgres_start_seconds": restart_seconds,
        "recovered_seconds": recovered,
    }


def _verify(tally: Tally) -> dict[str, int]:
    """Every acknowledged submission in the database, whole; partial rows in the whole DB."""
    import django

    django.setup()
    from django.db.models import Exists, OuterRef

    from smeshield.healthcheck.models import Answer, AnswerSubmission, Assessment
    from smeshield.incidents.models import Incident

    missing_answers = 0
    for attempt, question, key, value in tally.answers:
        stored = Answer.objects.filter(assessment_id=attempt, question_id=question).first()
        submitted = AnswerSubmission.objects.filter(
            key=key, assessment_id=attempt, question_id=question
        ).exists()
        if not (submitted and stored and json.dumps(value) in stored.value):
            missing_answers += 1
    missing_incidents = 0
    for incident_id, summary in tally.incidents:
        incident = Incident.objects.filter(pk=incident_id).first()
        if incident is None or json.loads(incident.details).get("summary") != summary:
            missing_incidents += 1
    partial = 0
    partial += AnswerSubmission.objects.exclude(
        Exists(
            Answer.objects.filter(
                assessment=OuterRef("assessment"), question_id=OuterRef("question_id")
            )
        )
    ).count()
    partial += Assessment.objects.filter(
        completed_at__isnull=False, requirements_met__isnull=True
    ).count()
    for incident in Incident.objects.all():
        try:
            details = json.loads(incident.details)
        except (TypeError, ValueError):
            partial += 1
            continue
        if not details.get("summary") or not incident.types:
            partial += 1
    return {
        "missing_answers": missing_answers,
        "missing_incidents": missing_incidents,
        "partial_rows": partial,
        "answers_stored": Answer.objects.count(),
        "incidents_stored": Incident.objects.count(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="Shorter phases.")
    args = parser.parse_args()
    seconds = (
        {"before": 8.0, "down": 5.0, "after": 12.0}
        if args.quick
        else {"before": 15.0, "down": 10.0, "after": 25.0}
    )
    cluster = Cluster(os.environ.get("DRILL_NAME", f"drills-{PORT}"))
    cluster.create()
    cluster.start()
    env = environment(cluster.url(DATABASE))
    os.environ.update(env)
    app = App(cluster.url("postgres"), DATABASE, env)
    try:
        users = app.prepare(BUSINESSES)
        app.start(workers=2)
        base = f"http://127.0.0.1:{PORT}"
        asyncio.run(warm_up(base, users))
        pids_before = sorted(app.processes())  # after the warm-up: every worker has booted
        result = asyncio.run(_drill(base, users, cluster, seconds))
        pids_after = sorted(app.processes())
        boots = app.worker_boots()
        app.stop()
        tally: Tally = result["tally"]  # type: ignore[assignment]
        found = _verify(tally)
    finally:
        app.stop()
        cluster.remove()
    outage: Counter[int] = result["outage_statuses"]  # type: ignore[assignment]
    recovered = result["recovered_seconds"]
    served_again = recovered is not None and result["acknowledged_after_restart"] > 0  # type: ignore[operator]
    fives = sum(count for status, count in outage.items() if status >= 500)
    lines = [
        ("load", "acknowledged_answers", len(tally.answers), "count", "report", True),
        ("load", "acknowledged_incidents", len(tally.incidents), "count", "report", True),
        ("load", "requests", tally.requests, "count", "report", True),
        ("outage", "down_seconds", result["down_seconds"], "s", "report", True),
        ("outage", "postgres_restart_seconds", result["postgres_start_seconds"], "s", "report",
         True),
        ("outage", "responses_503", outage.get(503, 0), "count", "report", True),
        ("outage", "responses_500", outage.get(500, 0), "count", "0", outage.get(500, 0) == 0),
        ("outage", "responses_5xx", fives, "count", "report", True),
        ("outage", "tracebacks_shown", tally.tracebacks, "count", "0", tally.tracebacks == 0),
        (
            "outage", "503_without_retry_after", tally.unavailable_without_retry_after,
            "count", "0", tally.unavailable_without_retry_after == 0,
        ),
        ("nothing lost", "acknowledged_answers_missing", found["missing_answers"], "count", "0",
         found["missing_answers"] == 0),
        ("nothing lost", "acknowledged_incidents_missing", found["missing_incidents"], "count", "0",
         found["missing_incidents"] == 0),
        ("nothing lost", "partial_rows", found["partial_rows"], "count", "0",
         found["partial_rows"] == 0),
        ("recovery", "serving_again_after_seconds", recovered if recovered is not None else -1, "s",
         "<= 30", served_again and recovered <= 30),  # type: ignore[operator]
        ("recovery", "acknowledged_after_restart", result["acknowledged_after_restart"], "count",
         "> 0", result["acknowledged_after_restart"] > 0),  # type: ignore[operator]
        ("recovery", "server_processes_replaced", 0 if pids_before == pids_after else 1, "count",
         "0", pids_before == pids_after),
        ("recovery", "gunicorn_workers_booted", boots, "count", "2", boots == 2),
    ]  # fmt: skip
    for case, metric, value, unit, target, meets in lines:
        emit(BENCH, case, metric=metric, value=float(value), unit=unit, target=target, meets=meets)  # type: ignore[arg-type]
    failing = [f"{k} {v}" for k, v in sorted(tally.failures.items())]
    print(json.dumps({"bench": BENCH, "note": "failed responses by page", "failures": failing}))
    return 0 if all(line[-1] for line in lines) else 1


if __name__ == "__main__":
    sys.exit(main())
