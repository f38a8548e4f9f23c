"""Background tasks run from the database queue, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.test import override_settings
from django_tasks import task
from django_tasks.base import TaskResultStatus

from smeshield.audit.models import AuditAction, AuditEntry
from smeshield.audit.services import audit_record


@task()
def record_heartbeat(reason: str) -> int:
    return audit_record(action=AuditAction.SIGNED_IN, reason=reason).sequence


@pytest.mark.django_db(transaction=True)
@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_a_task_enqueued_on_the_database_queue_is_run_by_the_worker() -> None:
    result = record_heartbeat.enqueue("from the queue")
    assert result.status == TaskResultStatus.READY
    assert not AuditEntry.objects.filter(reason="from the queue").exists()

    call_command("worker", "--batch", "--interval", "0", stdout=io.StringIO())

    result.refresh()
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert AuditEntry.objects.filter(reason="from the queue").count() == 1


@pytest.mark.django_db
def test_in_tests_tasks_run_immediately() -> None:
    result = record_heartbeat.enqueue("right now")
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert AuditEntry.objects.filter(reason="right now").count() == 1
