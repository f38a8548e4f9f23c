"""SECURITY.md S20 for every free-text field a business, mentor or facilitator writes about a
business (ADR 0056): a walk writes a unique canary into each one through the real pages,
as the person who writes it; then a raw dump of the database (every column of every
table, read with plain SQL; on PostgreSQL also ``pg_dump`` of the committed data) holds
0 canaries, while the pages still show the words to the people who should see them."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone

from smeshield.alerts.models import Delivery
from smeshield.alerts.services import advisory_fan_out
from smeshield.people import services as people
from smeshield.people.models import LearningSet, MentoringSession, Mentorship, SetMember
from smeshield.people.selectors import plan_actions
from tests.conftest import World, sign_in
from tests.factories import (
    AdvisoryFactory,
    HelpRequestFactory,
    MentorProfileFactory,
    MentorshipFactory,
    SetMeetingFactory,
    SetMemberFactory,
)
from tests.integration.healthcheck.answering import finish

# One canary per field, each unique to this run. Upper and lower case both appear in the
# words, so a lower-cased copy (a normalised product name) would be caught too.
FIELDS = (
    "share_label",
    "product_name",
    "incident_story",
    "stuck_note",
    "display_name",
    "meeting_issue",
    "commitment",
    "review_note",
    "session_topic",
    "end_reason",
)
# A name the recogniser knows (Fortinet's firewall), so an alert reaches the business and
# its reason quotes the name as typed; checked in the dump like a canary.
MATCHED_NAME = "FortiGate 60F firewall"
# A set's name is the facilitator's name for the group, left plain (ADR 0056): the
# control that shows the dump reads what the walk wrote.
CONTROL = "Leeds makers S20control"
GAPS = {"bk.tested": ["no"], "upd.router": ["no"], "pay.bank-changes": ["reply"]}


def _canaries() -> dict[str, str]:
    return {field: f"S20walk{field.replace('_', '')}{uuid.uuid4().hex[:10]}" for field in FIELDS}


@dataclass
class Walk:
    """What the walk wrote, and the pages that should show it."""

    canaries: dict[str, str]
    shown: dict[str, tuple[Client, str]]  # field -> (who reads it, the page)


def _walk(world: World, client_as: Callable[[str], Client]) -> Walk:
    """Given business A with a finished check, when each person writes into each field
    through the pages they use, then each page answers as it should."""
    words = _canaries()
    business = world.business_a
    base = f"/businesses/{business.pk}"
    owner, facilitator = client_as("member_a"), client_as("facilitator")
    finish(business, GAPS)
    shown: dict[str, tuple[Client, str]] = {}

    # The owner: a share link's label, a product typed, an incident's story, a stuck note.
    share = owner.post(f"{base}/health-check/share/", {"label": words["share_label"], "days": "30"})
    assert share.status_code in {200, 302}, share.status_code
    shown["share_label"] = (owner, f"{base}/health-check/share/")
    added = owner.post(
        f"{base}/what-we-use/",
        {"name": "", "names": f"{words['product_name']}\n{MATCHED_NAME}"},
    )
    assert added.status_code == 302, added.status_code
    shown["product_name"] = (owner, f"{base}/what-we-use/")
    # An alert about what that name means quotes it in the delivery's reason.
    advisory = AdvisoryFactory()
    advisory_fan_out(advisory=advisory)
    delivery = Delivery.objects.get(business=business, advisory=advisory)
    assert MATCHED_NAME in str(delivery.reason)
    shown["matched_name"] = (owner, f"{base}/alerts/{delivery.pk}/")
    occurred = timezone.localdate() - timedelta(days=3)
    incident = owner.post(
        f"{base}/incidents/new/",
        {
            "near_miss": "incident",
            "types": ["payment-fraud"],
            "summary": words["incident_story"],
            "occurred_on_0": str(occurred.day),
            "occurred_on_1": str(occurred.month),
            "occurred_on_2": str(occurred.year),
            "how_found": "customer",
            "losses_gbp": "10",
            "days_disrupted": "0",
            "crime_reference": "",
        },
    )
    assert incident.status_code == 302, incident.status_code
    shown["incident_story"] = (owner, incident["Location"])
    action_id = plan_actions(business=business)[0].action.id
    stuck = owner.post(
        f"{base}/health-check/plan/{action_id}/stuck/",
        {"barrier": "time", "note": words["stuck_note"]},
    )
    assert stuck.status_code == 302, stuck.status_code

    # The owner joins a facilitator's set under a name of their choosing.
    assert facilitator.post("/staff/learning-sets/", {"name": CONTROL}).status_code == 302
    learning_set = LearningSet.objects.get(name=CONTROL)
    joined = owner.post(
        f"{base}/learning-sets/",
        {"code": learning_set.join_code, "display_name": words["display_name"]},
    )
    assert joined.status_code == 302, joined.status_code
    shown["display_name"] = (owner, f"{base}/learning-sets/")
    for _ in range(3):
        SetMemberFactory(learning_set=learning_set)

    # The facilitator keeps the meeting notes: an issue, a commitment, a review note.
    first = SetMeetingFactory(learning_set=learning_set)
    second = SetMeetingFactory(
        learning_set=learning_set, starts_at=first.starts_at + timedelta(days=28)
    )
    member = SetMember.objects.get(business=business)
    notes: dict[str, str] = {}
    for each in learning_set.members.all():
        notes[f"{each.pk}-issue"] = "Passwords" if each != member else words["meeting_issue"]
        notes[f"{each.pk}-commitments"] = "" if each != member else words["commitment"]
        notes[f"{each.pk}-review"] = "" if each != member else "partly"
        notes[f"{each.pk}-review_note"] = "" if each != member else words["review_note"]
    meeting = f"/staff/learning-sets/{learning_set.pk}/meetings/"
    saved = facilitator.post(f"{meeting}{first.pk}/", notes)
    assert saved.status_code == 302, saved.status_code
    for field in ("meeting_issue", "review_note"):
        shown[field] = (facilitator, f"{meeting}{first.pk}/")
    shown["commitment"] = (facilitator, f"{meeting}{second.pk}/")

    # The mentor logs a session's topic, then ends the mentoring with a reason.
    mentorship = MentorshipFactory(
        mentor=MentorProfileFactory(user=world.people["mentor"]),
        request=HelpRequestFactory(business=business),
    )
    people.mentor_consent_give(mentorship=mentorship, actor=world.people["member_a"])
    mentor = client_as("mentor")
    today = timezone.localdate()
    logged = mentor.post(
        f"/mentor/mentorships/{mentorship.pk}/",
        {
            "held_on_0": today.day,
            "held_on_1": today.month,
            "held_on_2": today.year,
            "topic": words["session_topic"],
            "hours": "1",
        },
    )
    assert logged.status_code == 302, logged.status_code
    assert MentoringSession.objects.get(mentorship=mentorship).topic == words["session_topic"]
    # While the mentoring lasts, the owner and the mentor both read the topic.
    assert words["session_topic"] in owner.get(f"{base}/mentoring/").content.decode()
    mentor_page = mentor.get(f"/mentor/mentorships/{mentorship.pk}/").content.decode()
    assert words["session_topic"] in mentor_page
    ended = mentor.post(
        f"/mentor/mentorships/{mentorship.pk}/end/", {"reason": words["end_reason"]}
    )
    assert ended.status_code == 302, ended.status_code
    # The reason is kept for the record and read back whole; no page shows it.
    assert Mentorship.objects.get(pk=mentorship.pk).end_reason == words["end_reason"]
    return Walk({**words, "matched_name": MATCHED_NAME}, shown)


def _raw_dump() -> str:
    """Every value in every column of every table, read with plain SQL (no model, so no
    decryption), as one lower-cased text."""
    parts: list[str] = []
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {quote(table)}")  # noqa: S608 - names from the database
            for row in cursor.fetchall():
                for value in row:
                    if isinstance(value, bytes | memoryview):
                        parts.append(bytes(value).decode("latin-1"))
                    elif value is not None:
                        parts.append(str(value))
    return "\n".join(parts).lower()


def _found(dump: str, canaries: dict[str, str]) -> list[str]:
    return [field for field, word in canaries.items() if word.lower() in dump]


@pytest.mark.django_db
def test_given_the_walk_then_a_raw_dump_holds_no_canary_and_the_pages_show_the_words(
    world: World, client_as: Callable[[str], Client]
) -> None:
    walk = _walk(world, client_as)

    dump = _raw_dump()

    assert CONTROL.lower() in dump  # the dump does see what the walk wrote in plain
    assert _found(dump, walk.canaries) == []
    for field, (reader, page) in walk.shown.items():
        assert walk.canaries[field] in reader.get(page).content.decode(), field


@pytest.mark.django_db
def test_given_the_walk_then_another_business_sees_none_of_it(
    world: World, client_as: Callable[[str], Client]
) -> None:
    walk = _walk(world, client_as)
    other = client_as("member_b")
    base = f"/businesses/{world.business_b.pk}"

    pages = "".join(
        other.get(f"{base}/{tail}").content.decode()
        for tail in ("what-we-use/", "health-check/share/", "learning-sets/", "mentoring/")
    )

    assert _found(pages.lower(), walk.canaries) == []


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql" or shutil.which("pg_dump") is None,
    reason="pg_dump of the committed data needs PostgreSQL and its client",
)
def test_given_the_walk_committed_then_pg_dump_of_the_database_holds_no_canary(
    world: World,
) -> None:
    def client_as(role: str) -> Client:
        return sign_in(Client(), world.people[role])

    walk = _walk(world, client_as)
    settings = connection.settings_dict
    dumped = subprocess.run(  # noqa: S603 - fixed arguments, our own test database
        [
            shutil.which("pg_dump") or "pg_dump",
            "--data-only",
            "--no-owner",
            "-h",
            settings["HOST"] or "127.0.0.1",
            "-p",
            str(settings["PORT"] or 5432),
            "-U",
            settings["USER"] or "postgres",
            settings["NAME"],
        ],
        env={**os.environ, "PGPASSWORD": settings["PASSWORD"] or ""},
        capture_output=True,
        check=True,
        timeout=120,
    )

    dump = dumped.stdout.decode("utf-8").lower()
    assert CONTROL.lower() in dump
    assert _found(dump, walk.canaries) == []
