"""The health-check API's lists (answers, verdicts, plan) cost the same number of queries
with every question answered as with one (ADR 0027)."""

from __future__ import annotations

import uuid

import pytest
from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext

from smeshield.api.services import api_token_create
from smeshield.healthcheck.selectors import assessment_state
from smeshield.healthcheck.services import answer_record, assessment_start
from tests.conftest import World
from tests.integration.healthcheck.answering import answer_all, best

pytestmark = pytest.mark.django_db

LISTS = ("answers", "verdicts", "plan")


def _counts(client: Client, base: str, token: str) -> dict[str, tuple[int, int]]:
    """For each list: (queries, rows listed)."""
    counts = {}
    for name in LISTS:
        reset_queries()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"{base}/{name}", HTTP_AUTHORIZATION=f"Bearer {token}")
        assert response.status_code == 200, name
        counts[name] = (len(queries), len(response.json()))
    return counts


def test_given_every_question_answered_then_the_api_lists_query_no_more_than_for_one(
    world: World,
) -> None:
    member = world.people["member_a"]
    token = api_token_create(user=member, business=world.business_a, name="books")[1]
    attempt = assessment_start(business=world.business_a, actor=member)
    state = assessment_state(attempt)
    first = state.path.first_unanswered(state.answers)
    assert first is not None
    answer_record(
        assessment=attempt,
        question_id=first.id,
        choices=best(first),
        other=[],
        idempotency_key=uuid.uuid4().hex,
        actor=None,
    )
    client = Client()
    base = f"/api/v1/health-check/{world.business_a.pk}"
    _counts(client, base, token)  # warm-up: the catalogue, the token's last use
    one = _counts(client, base, token)

    answer_all(attempt)
    every = _counts(client, base, token)

    assert one["answers"][1] == 1
    assert every["answers"][1] > 10  # the lists really grew
    assert {name: every[name][0] for name in LISTS} == {name: one[name][0] for name in LISTS}
