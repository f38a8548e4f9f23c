"""R3 drill: a task worker killed with ``kill -9`` in the middle of alert delivery, of the
weekly digest and of a VERIS data export.

A throwaway PostgreSQL cluster (cluster.py), businesses with two people each, a critical
alert (emailed at once), a weekly alert (the digest) and thousands of incident records.
For each piece of work: a worker (``smeshield worker``) starts on it, is killed with SIGKILL
part-way (some emails sent, some files written), and a new worker and the scheduler take
over: the stale task is queued again (ADR 0059) and finished.

Targets: every task completes (SUCCESSFUL, none left RUNNING, READY or FAILED); every
person is sent each alert exactly once (0 duplicates, 0 missing); the export is whole
(every record, valid JSON, no partial file). Prints JSON lines; exits 1 when one fails.
"""

from __future__ import annotations

import argparse
import email
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from app import PORT, REPO, emit, environment
from cluster import PORT as PG_PORT
from cluster import Cluster

BENCH = "drill_r3"
DATABASE = "smeshield_drill_r3"
HERE = Path(__file__).resolve().parent
WORK = Path(f"/tmp/drills-{PORT}-r3")  # noqa: S108 - a throwaway folder


def _worker(log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "smeshield.cli", "worker", "--interval", "0.2"],
            stdout=out,
            stderr=out,
            start_new_session=True,
        )


def _scheduler(log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "smeshield.cli", "scheduler"],
            stdout=out,
            stderr=out,
            start_new_session=True,
        )


def _populate(businesses: int, incidents: int) -> dict[str, Any]:
    from tests.factories import (
        AdvisoryFactory,
        BusinessFactory,
        IncidentFactory,
        MembershipFactory,
        PostcodeDistrictFactory,
    )

    from smeshield.alerts.models import InventoryItem
    from smeshield.incidents.models import Incident

    district = PostcodeDistrictFactory()
    made = []
    for n in range(businesses):
        business = BusinessFactory(district=district)
        MembershipFactory(business=business, user__email=f"first{n}@drill.example")
        MembershipFactory(business=business, user__email=f"second{n}@drill.example")
        made.append(business)
    InventoryItem.objects.bulk_create(
        InventoryItem(
            business=business,
            identity_id="fortinet:fortios",
            name_as_written="FortiGate",
            normalised="fortigate",
        )
        for business in made
    )
    Incident.objects.bulk_create(
        IncidentFactory.build(business=made[n % len(made)], recorded_by=None)
        for n in range(incidents)
    )
    critical = AdvisoryFactory(severity="critical", title="Drill critical alert")
    weekly = AdvisoryFactory(title="Drill weekly alert")
    return {"critical": critical, "weekly": weekly, "recipients": businesses * 2}


def _tasks_open() -> int:
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.exclude(status__in=["SUCCESSFUL", "FAILED"]).count()


def _running() -> int:
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(status="RUNNING").count()


def _wait(condition: Any, seconds: float, every: float = 0.02) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return False


def _kill_part_way(
    name: str, worker: subprocess.Popen[bytes], progress: Any, total: int
) -> dict[str, float]:
    """Wait until a fifth of the work is done, then SIGKILL the worker."""
    _wait(lambda: progress() >= total // 5 or worker.poll() is not None, 300)
    done = progress()
    running = _running()
    os.killpg(worker.pid, signal.SIGKILL)
    worker.wait()
    return {
        f"{name}_done_at_kill": done,
        f"{name}_running_at_kill": running,
        f"{name}_killed_mid_task": float(running > 0 and 0 < done < total),
    }


def _emails(folder: Path) -> Counter[tuple[str, str]]:
    sent: Counter[tuple[str, str]] = Counter()
    for path in folder.glob("*.log"):
        for chunk in path.read_bytes().split(b"\n" + b"-" * 79 + b"\n"):
            if not chunk.strip():
                continue
            message = email.message_from_bytes(chunk)
            sent[(str(message["To"]), str(message["Subject"]).split(":")[0])] += 1
    return sent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="A smaller population.")
    args = parser.parse_args()
    businesses, incidents = (150, 2000) if args.quick else (400, 6000)
    shutil.rmtree(WORK, ignore_errors=True)
    (WORK / "mail").mkdir(parents=True)
    export = WORK / "veris"
    log = WORK / "processes.log"
    cluster = Cluster(os.environ.get("DRILL_NAME", f"drills-{PORT}") + "-r3", port=PG_PORT + 1)
    cluster.create()
    cluster.start()
    env = environment(
        cluster.url(DATABASE),
        DJANGO_SETTINGS_MODULE="drillsettings",
        PYTHONPATH=os.pathsep.join([str(HERE), str(REPO / "src"), str(REPO)]),
        EMAIL_URL=f"file://{WORK / 'mail'}",
    )
    os.environ.update(env)
    sys.path[:0] = [str(HERE)]
    started: list[subprocess.Popen[bytes]] = []
    facts: dict[str, float] = {}
    try:
        import psycopg

        with psycopg.connect(cluster.url("postgres"), autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {DATABASE}")
        subprocess.run(  # noqa: S603 - fixed arguments
            [sys.executable, str(REPO / "manage.py"), "migrate", "--verbosity", "0"], check=True
        )
        import django

        django.setup()
        from django.db import connections
        from django_tasks_db.models import DBTaskResult

        from smeshield.alerts import tasks as alert_tasks
        from smeshield.alerts.models import Delivery, DeliveryEmail
        from smeshield.incidents import tasks as incident_tasks
        from smeshield.incidents.models import Incident
        from smeshield.operations.scheduling import tick

        world = _populate(businesses, incidents)
        total = world["recipients"]
        tick(enqueue=lambda job: None)  # this period's jobs count as run: only ours run

        def emailed(advisory: Any) -> Any:
            return lambda: DeliveryEmail.objects.filter(delivery__advisory=advisory).count()

        def no_open_tasks() -> bool:
            return _tasks_open() == 0

        # 1. Alert delivery: fan-out, then batches emailing each person at once.
        alert_tasks.fan_out.enqueue(str(world["critical"].pk))
        first = _worker(log)
        facts |= _kill_part_way("alert_delivery", first, emailed(world["critical"]), total)
        connections.close_all()
        started.append(_scheduler(log))
        second = _worker(log)
        started.append(second)
        began = time.monotonic()
        _wait(no_open_tasks, 180, every=0.5)
        facts["alert_delivery_recovered_seconds"] = time.monotonic() - began

        # 2. The weekly digest: deliveries first (no email), then the digest, killed.
        alert_tasks.fan_out.enqueue(str(world["weekly"].pk))
        _wait(no_open_tasks, 120, every=0.5)
        alert_tasks.send_digest.enqueue()
        facts |= _kill_part_way("digest", second, emailed(world["weekly"]), total)
        third = _worker(log)
        started.append(third)
        began = time.monotonic()
        _wait(no_open_tasks, 180, every=0.5)
        facts["digest_recovered_seconds"] = time.monotonic() - began

        # 3. The VERIS data export, killed part-way through the files.
        incident_tasks.export_veris.enqueue(str(export))
        facts |= _kill_part_way(
            "export", third, lambda: len(list(export.glob("*.json"))) if export.exists() else 0,
            incidents,
        )  # fmt: skip
        started.append(_worker(log))
        began = time.monotonic()
        _wait(no_open_tasks, 300, every=0.5)
        facts["export_recovered_seconds"] = time.monotonic() - began

        # Then: what happened.
        tasks = DBTaskResult.objects.all()
        facts["tasks"] = tasks.count()
        facts["tasks_not_successful"] = tasks.exclude(status="SUCCESSFUL").count()
        facts["tasks_run_again"] = sum(1 for t in tasks if len(t.worker_ids) > 1)
        sent = _emails(WORK / "mail")
        expected: Counter[tuple[str, str]] = Counter()
        for n in range(businesses):
            for person in (f"first{n}@drill.example", f"second{n}@drill.example"):
                expected[(person, "Act now")] += 1
                expected[(person, "Your weekly security alerts")] += 1
        facts["emails_sent"] = sum(sent.values())
        facts["emails_expected"] = sum(expected.values())
        facts["emails_duplicated"] = sum(count - 1 for count in sent.values() if count > 1)
        facts["emails_missing"] = sum((expected - sent).values())
        facts["emails_unexpected"] = sum((sent - expected).values())
        facts["email_records"] = DeliveryEmail.objects.count()
        facts["deliveries_not_marked_emailed"] = Delivery.objects.filter(
            emailed_at__isnull=True
        ).count()
        files = list(export.glob("*.json"))
        bad = 0
        for path in files:
            try:
                json.loads(path.read_text("utf-8"))
            except ValueError:
                bad += 1
        facts["export_files"] = len(files)
        facts["export_records"] = Incident.objects.count()
        facts["export_files_invalid"] = bad
        facts["export_partial_files"] = len(list(export.glob(".*.partial")))
        export_task = tasks.filter(task_path="smeshield.incidents.tasks.export_veris").first()
        facts["export_task_written"] = (export_task.return_value or 0) if export_task else 0
        connections.close_all()
    finally:
        for process in started:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
        cluster.remove()
    return _report(facts)


def _report(facts: dict[str, float]) -> int:
    def at_least(name: str, floor: float) -> tuple[str, float, str, bool]:
        return (name, facts.get(name, -1), f">= {floor:g}", facts.get(name, -1) >= floor)

    def exactly(name: str, value: float) -> tuple[str, float, str, bool]:
        return (name, facts.get(name, -1), f"{value:g}", facts.get(name, -1) == value)

    def report(name: str) -> tuple[str, float, str, bool]:
        return (name, facts.get(name, -1), "report", True)

    lines = [
        ("alert delivery", *exactly("alert_delivery_killed_mid_task", 1)),
        ("alert delivery", *report("alert_delivery_done_at_kill")),
        ("alert delivery", *report("alert_delivery_recovered_seconds")),
        ("digest", *exactly("digest_killed_mid_task", 1)),
        ("digest", *report("digest_done_at_kill")),
        ("digest", *report("digest_recovered_seconds")),
        ("export", *exactly("export_killed_mid_task", 1)),
        ("export", *report("export_done_at_kill")),
        ("export", *report("export_recovered_seconds")),
        ("tasks", *report("tasks")),
        ("tasks", *at_least("tasks_run_again", 3)),
        ("tasks", *exactly("tasks_not_successful", 0)),
        ("emails", *report("emails_expected")),
        ("emails", *exactly("emails_sent", facts.get("emails_expected", -2))),
        ("emails", *exactly("emails_duplicated", 0)),
        ("emails", *exactly("emails_missing", 0)),
        ("emails", *exactly("emails_unexpected", 0)),
        ("emails", *exactly("email_records", facts.get("emails_expected", -2))),
        ("emails", *exactly("deliveries_not_marked_emailed", 0)),
        ("export", *exactly("export_files", facts.get("export_records", -2))),
        ("export", *exactly("export_task_written", facts.get("export_records", -2))),
        ("export", *exactly("export_files_invalid", 0)),
        ("export", *exactly("export_partial_files", 0)),
    ]
    for case, metric, value, target, meets in lines:
        unit = "s" if metric.endswith("seconds") else "count"
        emit(BENCH, case, metric=metric, value=float(value), unit=unit, target=target, meets=meets)
    return 0 if all(line[-1] for line in lines) else 1


if __name__ == "__main__":
    sys.exit(main())
