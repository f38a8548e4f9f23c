"""Stale-task recovery (ADR 0059): a task left RUNNING by a worker that died is queued
again and completes once; a task whose worker is alive is left alone, however long."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max

from smeshield.alerts.models import Delivery, DeliveryEmail
from smeshield.alerts.tasks import deliver
from smeshield.operations.recovery import STALE_AFTER, beat_worker, recover
from smeshield.operations.scheduling import tick
from tests.conftest import World
from tests.factories import AdvisoryFactory, MembershipFactory
from tests.integration.alerts.helpers import uses

pytestmark = pytest.mark.django_db

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
NOW = datetime.now(tz=UTC)
LONG_AGO = NOW - timedelta(minutes=10)


def running(task_path: str, *args: object, worker: str, started_at: datetime) -> DBTaskResult:
    """A task row as django-tasks-db leaves it once a worker has claimed it."""
    return DBTaskResult.objects.create(
        task_path=task_path,
        args_kwargs={"args": list(args), "kwargs": {}},
        backend_name="default",
        run_after=get_date_max(),
        status=TaskResultStatus.RUNNING,
        started_at=started_at,
        worker_ids=[worker],
    )


def run_worker_once() -> str:
    out = StringIO()
    with override_settings(TASKS=DATABASE_TASKS):
        call_command("worker", "--batch", "--interval", "0", stdout=out)
    return out.getvalue()


def test_given_a_task_whose_worker_stopped_beating_then_it_is_queued_again() -> None:
    task = running("smeshield.operations.tasks.heartbeat", worker="dead", started_at=LONG_AGO)
    beat_worker("dead", LONG_AGO + timedelta(seconds=5))  # its last beat, minutes ago

    recovered = recover(NOW)

    task.refresh_from_db()
    assert recovered == [str(task.pk)]
    assert task.status == TaskResultStatus.READY
    assert task.started_at is None


def test_given_a_long_task_whose_worker_still_beats_then_it_is_left_running() -> None:
    task = running("smeshield.operations.tasks.heartbeat", worker="alive", started_at=LONG_AGO)
    beat_worker("alive", NOW - timedelta(seconds=5))

    assert recover(NOW) == []
    task.refresh_from_db()
    assert task.status == TaskResultStatus.RUNNING


def test_given_a_task_claimed_a_moment_ago_before_any_beat_then_it_is_left_running() -> None:
    task = running(
        "smeshield.operations.tasks.heartbeat",
        worker="new",
        started_at=NOW - STALE_AFTER + timedelta(seconds=5),
    )

    assert recover(NOW) == []
    task.refresh_from_db()
    assert task.status == TaskResultStatus.RUNNING


def test_given_a_task_no_worker_ever_beat_for_then_it_is_queued_again_after_the_threshold() -> None:
    task = running(
        "smeshield.operations.tasks.heartbeat",
        worker="never-beat",
        started_at=NOW - STALE_AFTER - timedelta(seconds=1),
    )

    assert recover(NOW) == [str(task.pk)]


def test_given_two_schedulers_then_a_stale_task_is_queued_again_once() -> None:
    running("smeshield.operations.tasks.heartbeat", worker="dead", started_at=LONG_AGO)

    first = recover(NOW)
    second = recover(NOW)

    assert len(first) == 1
    assert second == []
    assert DBTaskResult.objects.filter(status=TaskResultStatus.READY).count() == 1


def test_the_scheduler_tick_queues_stale_tasks_again() -> None:
    task = running("smeshield.operations.tasks.heartbeat", worker="dead", started_at=LONG_AGO)

    tick(NOW, jobs=[], enqueue=lambda job: None)

    task.refresh_from_db()
    assert task.status == TaskResultStatus.READY


@pytest.mark.django_db(transaction=True)  # the worker closes its connection between tasks
def test_given_a_worker_killed_mid_alert_delivery_when_a_new_worker_starts_then_every_email_is_sent_once(  # noqa: E501
    world: World,
) -> None:
    # Given business A with two people, a critical alert, and a worker that died after
    # delivering it and emailing the first person, before emailing the second.
    uses(world.business_a, ticked=["fortinet"])
    first = world.people["member_a"]
    second = MembershipFactory(business=world.business_a).user
    advisory = AdvisoryFactory(severity="critical")
    delivery = Delivery.objects.create(
        advisory=advisory,
        business=world.business_a,
        reason={"code": "alerts.uses_product_as", "params": {"name": "F", "identity": "F"}},
        due_on=NOW.date(),
        immediate=True,
    )
    DeliveryEmail.objects.create(delivery=delivery, user=first)  # sent by the dead worker
    task = running(
        "smeshield.alerts.tasks.deliver",
        str(advisory.pk),
        [str(world.business_a.pk)],
        worker="dead",
        started_at=LONG_AGO,
    )

    # When a new worker starts.
    out = run_worker_once()

    # Then the task completed, the second person got the email, and the first not again.
    task.refresh_from_db()
    assert "Queued again 1 task(s)" in out
    assert task.status == TaskResultStatus.SUCCESSFUL
    assert [message.to for message in mail.outbox] == [[second.email]]
    assert DeliveryEmail.objects.filter(delivery=delivery).count() == 2
    delivery.refresh_from_db()
    assert delivery.emailed_at is not None


@pytest.mark.django_db(transaction=True)
def test_given_a_worker_killed_mid_export_when_a_new_worker_starts_then_the_export_completes(
    tmp_path: Path,
) -> None:
    from tests.factories import IncidentFactory

    incidents = [IncidentFactory() for _ in range(3)]
    folder = tmp_path / "veris"
    folder.mkdir()
    (folder / f".{incidents[0].pk}.json.partial").write_text("{")  # cut short
    task = running(
        "smeshield.incidents.tasks.export_veris", str(folder), worker="dead", started_at=LONG_AGO
    )

    run_worker_once()

    task.refresh_from_db()
    assert task.status == TaskResultStatus.SUCCESSFUL
    assert task.return_value == 3
    assert sorted(path.name for path in folder.glob("*.json")) == sorted(
        f"{incident.pk}.json" for incident in incidents
    )
    assert list(folder.glob(".*.partial")) == []


def test_given_the_mail_server_refuses_a_message_then_no_record_is_kept_and_the_run_again_sends_it(
    world: World, settings: Any
) -> None:
    # Given a critical alert for business A, and a mail server that is not there.
    uses(world.business_a, ticked=["fortinet"])
    advisory = AdvisoryFactory(severity="critical")
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 1  # nothing listens: refused

    # When the delivery task runs, the send fails, and the task fails with it.
    with pytest.raises(ConnectionRefusedError):
        deliver.call(str(advisory.pk), [str(world.business_a.pk)])

    # Then nobody is recorded as emailed; run again with the mail server back, it is sent once.
    assert DeliveryEmail.objects.count() == 0
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    deliver.call(str(advisory.pk), [str(world.business_a.pk)])
    deliver.call(str(advisory.pk), [str(world.business_a.pk)])
    assert [message.to for message in mail.outbox] == [[world.people["member_a"].email]]
    assert Delivery.objects.get().emailed_at is not None
