"""The audit trail is append-only and its verifier catches edits and deletions (S22)."""

from __future__ import annotations

import threading

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError, connection, transaction

from smeshield.audit.models import AuditAction, AuditEntry
from smeshield.audit.selectors import audit_chain_problems
from smeshield.audit.services import audit_purge_permitted, audit_record
from smeshield.domain.audit.chain import ProblemKind
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _three_entries() -> list[AuditEntry]:
    actor = UserFactory()
    return [
        audit_record(action=AuditAction.SIGNED_IN, actor=actor, reason=f"entry {n}")
        for n in range(3)
    ]


def _bypass_triggers() -> None:
    """What someone with raw database access could do: switch the guard off.

    (Undone with the test's transaction: DDL is transactional on both databases.)
    """
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE audit_auditentry DISABLE TRIGGER USER")
        else:
            cursor.execute("DROP TRIGGER audit_entry_no_update")
            cursor.execute("DROP TRIGGER audit_entry_no_delete")


def test_given_a_purge_permit_then_entries_may_be_deleted_but_never_edited() -> None:
    entry = _three_entries()[0]
    with audit_purge_permitted(reason="retention purge"), connection.cursor() as cursor:
        with pytest.raises(DatabaseError), transaction.atomic():
            cursor.execute("UPDATE audit_auditentry SET reason = 'x' WHERE id = %s", [entry.pk])
        cursor.execute("DELETE FROM audit_auditentry WHERE id = %s", [entry.pk])
    assert not AuditEntry.objects.filter(pk=entry.pk).exists()
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditentry")


def test_given_entries_when_appended_then_they_are_numbered_without_gaps_and_verify() -> None:
    entries = _three_entries()
    first = entries[0].sequence
    assert [e.sequence for e in entries] == [first, first + 1, first + 2]
    assert audit_chain_problems() == []
    call_command("audit", "verify")


def test_given_an_entry_when_the_application_tries_to_change_it_then_it_is_refused() -> None:
    entry = _three_entries()[0]
    entry.reason = "rewritten"
    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        AuditEntry.objects.filter(pk=entry.pk).update(reason="rewritten")
    with pytest.raises(PermissionError):
        AuditEntry.objects.filter(pk=entry.pk).delete()


def test_given_an_entry_when_raw_sql_tries_to_change_it_then_the_database_refuses() -> None:
    entry = _three_entries()[0]
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE audit_auditentry SET reason = 'x' WHERE id = %s", [entry.pk])
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE id = %s", [entry.pk])


def test_given_an_edited_entry_when_verified_then_the_verifier_names_it() -> None:
    entries = _three_entries()
    _bypass_triggers()
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE audit_auditentry SET reason = 'nothing to see' WHERE id = %s", [entries[1].pk]
        )

    problems = audit_chain_problems()

    assert [(p.kind, p.sequence) for p in problems] == [(ProblemKind.EDITED, entries[1].sequence)]
    with pytest.raises(CommandError, match="broken"):
        call_command("audit", "verify")


def test_given_a_deleted_entry_when_verified_then_the_verifier_finds_the_gap() -> None:
    entries = _three_entries()
    _bypass_triggers()
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE id = %s", [entries[1].pk])

    kinds = {p.kind for p in audit_chain_problems()}

    assert ProblemKind.MISSING in kinds
    with pytest.raises(CommandError):
        call_command("audit", "verify")


def test_given_the_newest_entry_deleted_when_verified_then_the_head_catches_it() -> None:
    entries = _three_entries()
    _bypass_triggers()
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE id = %s", [entries[-1].pk])

    assert [p.kind for p in audit_chain_problems()] == [ProblemKind.HEAD_MISMATCH]


@pytest.mark.django_db(transaction=True)
def test_given_many_writers_at_once_when_they_append_then_the_chain_still_holds() -> None:
    actor = UserFactory()
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            for i in range(5):
                audit_record(action=AuditAction.SIGNED_IN, actor=actor, reason=f"{n}-{i}")
        except BaseException as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert AuditEntry.objects.count() == 20
    assert audit_chain_problems() == []
