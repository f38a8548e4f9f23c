"""Entries written before the action column lost its choices still verify after the
migration, and the append-only triggers survive it in both directions (ADR 0025)."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction
from django.db.migrations.executor import MigrationExecutor

from smeshield.audit.models import AuditAction, AuditEntry
from smeshield.audit.selectors import audit_chain_problems
from smeshield.audit.services import audit_record
from tests.factories import UserFactory

BEFORE = ("audit", "0007_keyed_chain_head")
AFTER = ("audit", "0008_action_without_choices")


def _migrate(target: tuple[str, str]) -> None:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([target])


def _update_is_refused(entry: AuditEntry) -> bool:
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("UPDATE audit_auditentry SET reason = 'x' WHERE id = %s", [entry.pk])
    except DatabaseError:
        return True
    return False


@pytest.mark.django_db(transaction=True)
def test_given_entries_from_before_0008_when_migrated_then_they_verify_and_stay_guarded() -> None:
    actor = UserFactory()
    try:
        _migrate(BEFORE)
        old = [audit_record(action=AuditAction.SIGNED_IN, actor=actor) for _ in range(3)]
        assert _update_is_refused(old[0])

        _migrate(AFTER)
        audit_record(action=AuditAction.CONSENT_GRANTED, actor=actor)

        assert audit_chain_problems() == []
        call_command("audit", "verify")
        assert _update_is_refused(old[0])
        _migrate(BEFORE)
        assert _update_is_refused(old[0])
        assert audit_chain_problems() == []
    finally:
        _migrate(AFTER)
