"""The migrations of ADR 0056 convert rows already stored: going back leaves the words in
plain columns, coming forward encrypts them (and hashes product names) so the raw
columns hold none of them while the models read them whole."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from smeshield.alerts.models import Delivery, InventoryItem, ProductAnswer, normalised_key
from smeshield.healthcheck.models import Assessment, ShareLink
from smeshield.kernel.encryption import lookup_hash
from smeshield.people.models import MeetingNote, MentoringSession, Mentorship, SetMember
from tests.factories import (
    BusinessFactory,
    DeliveryFactory,
    MentoringSessionFactory,
    MentorshipFactory,
    SetMeetingFactory,
    SetMemberFactory,
)

BEFORE = [
    ("alerts", "0004_merge_0003_reason_as_code_0003_what_we_use"),
    ("people", "0003_merge_20261201_2244"),
    ("healthcheck", "0003_actionprogress_doing_certificate_reminder"),
]
AFTER = [
    ("alerts", "0009_encrypt_existing_delivery_reasons"),
    ("people", "0005_encrypt_existing_free_text"),
    ("healthcheck", "0005_encrypt_existing_share_labels"),
]
# Each (table, column) and the words written into it.
WORDS = {
    ("people_setmember", "display_name"): "Plain baker",
    ("people_meetingnote", "issue"): "Plain reused passwords",
    ("people_meetingnote", "commitments"): "Plain password manager",
    ("people_meetingnote", "review_note"): "Plain half done",
    ("people_mentoringsession", "topic"): "Plain bank details",
    ("people_mentorship", "end_reason"): "Plain moved away",
    ("healthcheck_sharelink", "label"): "Plain insurer",
    ("alerts_inventoryitem", "name_as_written"): "Plain Tillpoint EPOS",
    ("alerts_delivery", "reason"): "Plain FortiGate box",
}


def _migrate(targets: list[tuple[str, str]]) -> None:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


def _migrate_to_latest() -> None:
    """Every app at its newest migration, as the models in the code expect (later
    migrations than AFTER exist: the rows are read back through today's models)."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


def _column(table: str, column: str) -> str:
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {quote(column)} FROM {quote(table)}")  # noqa: S608 - fixed names
        return " ".join(str(value) for (value,) in cursor.fetchall())


def _written() -> dict[str, object]:
    """Rows holding every word, written through today's models."""
    member = SetMemberFactory(display_name=WORDS["people_setmember", "display_name"])
    note = MeetingNote.objects.create(
        meeting=SetMeetingFactory(learning_set=member.learning_set),
        member=member,
        issue=WORDS["people_meetingnote", "issue"],
        commitments=[WORDS["people_meetingnote", "commitments"]],
        review_note=WORDS["people_meetingnote", "review_note"],
    )
    session = MentoringSessionFactory(topic=WORDS["people_mentoringsession", "topic"])
    ended = MentorshipFactory(end_reason=WORDS["people_mentorship", "end_reason"])
    business = BusinessFactory()
    link = ShareLink.objects.create(
        business=business,
        assessment=Assessment.objects.create(business=business, catalogue_version="t", number=1),
        token_hash="0" * 64,
        label=WORDS["healthcheck_sharelink", "label"],
        expires_at=timezone.now() + timedelta(days=7),
    )
    name = WORDS["alerts_inventoryitem", "name_as_written"]
    item = InventoryItem.objects.create(business=business, name_as_written=name)
    reason = {"code": "uses_product", "params": {"name": WORDS["alerts_delivery", "reason"]}}
    delivery = DeliveryFactory(business=business, reason=reason)
    return {
        "member": member,
        "note": note,
        "session": session,
        "ended": ended,
        "link": link,
        "item": item,
        "delivery": delivery,
        "reason": reason,
    }


@pytest.mark.django_db(transaction=True)
def test_given_rows_when_migrated_back_and_forward_then_they_are_plain_then_encrypted() -> None:
    rows = _written()
    try:
        _migrate(BEFORE)
        plain = {where: word in _column(*where) for where, word in WORDS.items()}
        assert plain == dict.fromkeys(WORDS, True)

        _migrate(AFTER)

        hidden = {where: word not in _column(*where) for where, word in WORDS.items()}
        assert hidden == dict.fromkeys(WORDS, True)
    finally:
        _migrate_to_latest()
    member = SetMember.objects.get(pk=rows["member"].pk)  # type: ignore[attr-defined]
    assert member.display_name == WORDS["people_setmember", "display_name"]
    note = MeetingNote.objects.get(pk=rows["note"].pk)  # type: ignore[attr-defined]
    assert (note.issue, note.commitments, note.review_note) == (
        WORDS["people_meetingnote", "issue"],
        [WORDS["people_meetingnote", "commitments"]],
        WORDS["people_meetingnote", "review_note"],
    )
    session = MentoringSession.objects.get(pk=rows["session"].pk)  # type: ignore[attr-defined]
    assert session.topic == WORDS["people_mentoringsession", "topic"]
    ended = Mentorship.objects.get(pk=rows["ended"].pk)  # type: ignore[attr-defined]
    assert ended.end_reason == WORDS["people_mentorship", "end_reason"]
    link = ShareLink.objects.get(pk=rows["link"].pk)  # type: ignore[attr-defined]
    assert link.label == WORDS["healthcheck_sharelink", "label"]
    name = WORDS["alerts_inventoryitem", "name_as_written"]
    item = InventoryItem.objects.get(name_hash=lookup_hash(name))
    assert (item.name_as_written, item.normalised_hash) == (name, normalised_key(name))
    delivery = Delivery.objects.get(pk=rows["delivery"].pk)  # type: ignore[attr-defined]
    assert delivery.reason == rows["reason"]


@pytest.mark.django_db(transaction=True)
def test_given_an_answer_when_migrated_back_it_is_forgotten_and_forward_it_is_hashed() -> None:
    business = BusinessFactory()
    ProductAnswer.objects.create(
        business=business, normalised_hash=normalised_key("Tillpoint"), identity_id=""
    )
    try:
        _migrate(BEFORE)
        # Only a hash was kept, which cannot be turned back into the words (ADR 0056).
        assert _column("alerts_productanswer", "normalised") == ""
        old = MigrationExecutor(connection).loader.project_state(BEFORE).apps
        old.get_model("alerts", "ProductAnswer").objects.create(
            business_id=business.pk, normalised="tillpoint", identity_id=""
        )

        _migrate(AFTER)

        assert _column("alerts_productanswer", "normalised_hash") == lookup_hash("tillpoint")
    finally:
        _migrate_to_latest()
