"""The audit trail is append-only and its verifier catches edits and deletions (S22)."""

from __future__ import annotations

import threading
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError, connection, transaction

from smeshield.audit.models import AuditAction, AuditEntry, AuditHead
from smeshield.audit.selectors import audit_chain_problems
from smeshield.audit.services import audit_purge_permitted, audit_record
from smeshield.domain.audit.chain import ProblemKind, entry_hash, verify_chain
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


def _rewrite_from(entry: AuditEntry, reason: str) -> None:
    """The attack the unkeyed chain could not see: edit an entry, then recompute every
    hash after it and the head, exactly as the service would (but without the audit key)."""
    _bypass_triggers()
    with connection.cursor() as cursor:
        cursor.execute("UPDATE audit_auditentry SET reason = %s WHERE id = %s", [reason, entry.pk])
        previous = AuditEntry.objects.get(sequence=entry.sequence - 1).entry_hash
        for later in AuditEntry.objects.filter(sequence__gte=entry.sequence).order_by("sequence"):
            new_hash = entry_hash(later.sequence, previous, later.chain_content())
            cursor.execute(
                "UPDATE audit_auditentry SET previous_hash = %s, entry_hash = %s WHERE id = %s",
                [previous, new_hash, later.pk],
            )
            previous = new_hash
        last = AuditEntry.objects.order_by("-sequence").first()
        assert last is not None
        cursor.execute(
            "UPDATE audit_audithead SET sequence = %s, entry_hash = %s WHERE id = 1",
            [last.sequence, previous],
        )


def test_given_a_recomputed_chain_when_verified_then_the_keyed_head_gives_it_away() -> None:
    entries = _three_entries()

    _rewrite_from(entries[1], "nothing to see")

    chain = [e.to_chain_entry() for e in AuditEntry.objects.order_by("sequence")]
    head = AuditHead.objects.get()
    # Without the key the rewrite is perfect: the plain chain holds end to end...
    assert verify_chain(chain, (head.sequence, head.entry_hash)) == []
    # ...but the head's MAC under the audit key does not.
    assert [p.kind for p in audit_chain_problems()] == [ProblemKind.HEAD_FORGED]
    with pytest.raises(CommandError, match="broken"):
        call_command("audit", "verify")


def test_given_a_head_published_elsewhere_when_the_newest_entries_are_cut_then_it_shows(
    tmp_path: Path,
) -> None:
    entries = _three_entries()
    published = tmp_path / "audit-heads.log"
    call_command("audit", "publish-head", "--to", str(published), stdout=StringIO())
    sequence_hash = published.read_text().split()[-1]
    saved_head = AuditHead.objects.values("sequence", "entry_hash", "mac").get()
    saved_before = AuditEntry.objects.get(sequence=entries[-1].sequence - 1)
    before_cut = (saved_head["sequence"] - 1, saved_before.entry_hash)

    # The attacker saved an older head with its MAC and puts it back after the cut
    # (here, the head as it stood one entry earlier, which the service had written).
    _bypass_triggers()
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE id = %s", [entries[-1].pk])
    from smeshield.audit.keys import audit_key
    from smeshield.domain.audit.chain import head_mac

    AuditHead.objects.filter(pk=1).update(
        sequence=before_cut[0],
        entry_hash=before_cut[1],
        mac=head_mac(audit_key(), *before_cut),
    )

    assert audit_chain_problems() == []  # the cut alone looks like an older, intact chain
    with pytest.raises(CommandError, match="broken"):
        call_command("audit", "verify", "--expect-head", sequence_hash, stderr=StringIO())
    assert [p.kind for p in audit_chain_problems(published=_head(sequence_hash))] == [
        ProblemKind.PUBLISHED_HEAD_MISMATCH
    ]


def test_given_an_intact_chain_then_an_earlier_published_head_still_verifies() -> None:
    _three_entries()
    printed = StringIO()
    call_command("audit", "head", stdout=printed)
    _three_entries()  # the chain grows after the head was published

    out = StringIO()
    call_command("audit", "verify", "--expect-head", printed.getvalue().strip(), stdout=out)

    assert "The audit chain holds" in out.getvalue()


def test_given_a_malformed_published_head_then_the_command_says_how_to_write_it() -> None:
    with pytest.raises(CommandError, match="SEQUENCE:HASH"):
        call_command("audit", "verify", "--expect-head", "12:not-a-hash")


def _head(text: str) -> tuple[int, str]:
    sequence, _, digest = text.partition(":")
    return int(sequence), digest


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


def test_the_daily_task_appends_the_head_to_the_file_outside_the_database(
    tmp_path: Path, settings: object
) -> None:
    from smeshield.audit.tasks import publish_head

    heads = tmp_path / "heads" / "audit-heads.log"
    settings.AUDIT_HEAD_FILE = heads  # type: ignore[attr-defined]
    _three_entries()
    publish_head.enqueue()
    _three_entries()
    publish_head.enqueue()

    lines = heads.read_text().splitlines()
    head = AuditHead.objects.get()
    assert len(lines) == 2
    assert lines[-1].endswith(f" {head.sequence}:{head.entry_hash}")
    assert lines[0].split()[-1] != lines[1].split()[-1]
