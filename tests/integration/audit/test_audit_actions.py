"""Audited actions are listed in code, not in the schema (ADR 0025): a new action needs
no migration, and an action nobody listed is still refused, by the code and the database."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from django.core.management import call_command
from django.db import DatabaseError, IntegrityError, connection, transaction

from smeshield.audit.models import AuditAction, AuditEntry
from smeshield.audit.selectors import audit_chain_problems
from smeshield.audit.services import (
    UnknownAuditActionError,
    audit_record,
    business_reads_record,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_given_an_unlisted_action_when_recorded_then_it_is_refused_and_nothing_written() -> None:
    before = AuditEntry.objects.count()

    with pytest.raises(UnknownAuditActionError, match="made_up_action"):
        audit_record(action="made_up_action", actor=UserFactory())  # type: ignore[arg-type]

    assert AuditEntry.objects.count() == before


def test_given_a_listed_action_as_its_plain_code_when_recorded_then_it_is_stored() -> None:
    entry = audit_record(action="signed_in", actor=UserFactory())  # type: ignore[arg-type]

    assert AuditEntry.objects.get(pk=entry.pk).action == "signed_in"
    assert audit_chain_problems() == []


def test_given_the_action_column_then_it_carries_no_choices_so_new_actions_need_no_migration() -> (
    None
):
    field = AuditEntry._meta.get_field("action")

    assert field.choices is None


def test_given_the_models_when_migrations_are_checked_then_none_is_missing() -> None:
    call_command("makemigrations", "audit", "--check", "--dry-run", verbosity=0)


@pytest.mark.parametrize("bad", ["", "Signed_In", "signed in"])
def test_given_raw_sql_with_a_non_code_action_then_the_database_refuses_it(bad: str) -> None:
    """What someone bypassing the service could write: the check constraint stops it."""
    with pytest.raises(IntegrityError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO audit_auditentry (sequence, at, action, actor_email, actor_role, "
            "target, reason, data, previous_hash, entry_hash) "
            "VALUES (%s, %s, %s, '', '', '', '', '{}', '', '')",
            [10_000_000, "2026-12-01T00:00:00+00:00", bad],
        )


def test_given_an_entry_whose_action_is_no_longer_listed_then_the_trail_shows_its_code() -> None:
    entry = audit_record(action=AuditAction.SIGNED_IN, actor=UserFactory())
    entry.action = "retired_action"

    assert entry.action_label() == "retired_action"
    assert AuditEntry(action=AuditAction.SIGNED_IN).action_label() == "Signed In"


def test_given_the_migrated_database_then_the_append_only_triggers_are_still_in_place() -> None:
    """Adding the check rebuilds the table on SQLite; the triggers must survive that."""
    entry = audit_record(action=AuditAction.SIGNED_IN, actor=UserFactory())

    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("UPDATE audit_auditentry SET reason = 'x' WHERE id = %s", [entry.pk])


def test_given_a_page_showing_three_businesses_then_three_read_entries_chain_in_one_insert(
    rf: Any, django_assert_num_queries: Any
) -> None:
    """``business_reads_record``: one entry per business, as the one-at-a-time call writes."""
    actor = UserFactory()
    audit_record(action=AuditAction.SIGNED_IN, actor=actor)
    businesses = sorted((uuid.uuid4() for _ in range(3)), key=str)
    request = rf.get("/mentor/")

    # A savepoint, lock the head, insert every entry at once, move the head, release.
    with django_assert_num_queries(5):
        entries = business_reads_record(
            actor=actor,
            reads=[(b, "list") for b in [*businesses, businesses[0]]],
            request=request,
        )

    assert [(e.business_id, e.action, e.target) for e in entries] == [
        (b, "business_data_viewed", "/mentor/") for b in businesses
    ]
    sequences = list(AuditEntry.objects.values_list("sequence", flat=True))
    assert sequences == list(range(sequences[0], sequences[0] + 4))
    assert audit_chain_problems() == []
