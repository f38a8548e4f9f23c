"""The share-links page costs the same number of queries for twenty links as for one."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext

from smeshield.healthcheck.selectors import assessment_state
from smeshield.healthcheck.services import answer_record, assessment_start, share_link_create
from tests.conftest import World
from tests.integration.healthcheck.answering import answer_all, best, finish
from tests.web.query_counts import constant_queries, count_of

pytestmark = pytest.mark.django_db


def test_the_share_links_page_queries_do_not_grow_with_the_links(
    world: World, client_as: Callable[[str], Client], django_assert_max_num_queries: Any
) -> None:
    business = world.business_a
    completed = finish(business)
    constant_queries(
        django_assert_max_num_queries,
        client_as("member_a"),
        f"/businesses/{business.pk}/health-check/share/",
        lambda n: share_link_create(
            business=business,
            assessment=completed,
            label=f"For insurer number {n}",
            days=30,
            actor=world.people["member_a"],
        ),
        rows_shown=count_of(r"For insurer number \d+"),
    )


def test_the_overview_queries_do_not_grow_with_the_finished_attempts(
    world: World, client_as: Callable[[str], Client]
) -> None:
    business = world.business_a
    member = client_as("member_a")
    url = f"/businesses/{business.pk}/health-check/"
    finish(business)
    assert member.get(url).status_code == 200  # warm-up
    reset_queries()
    with CaptureQueriesContext(connection) as one:
        assert member.get(url).status_code == 200

    for _ in range(3):
        finish(business)
    reset_queries()
    with CaptureQueriesContext(connection) as four:
        response = member.get(url)

    assert response.status_code == 200
    results = count_of(f'href="/businesses/{business.pk}/health-check/{{uuid}}/results/"')
    assert results(response.content) == 4  # every finished attempt is listed
    assert len(four) == len(one)


def test_the_check_answers_and_plan_pages_query_no_more_for_every_answer_than_for_one(
    world: World, client_as: Callable[[str], Client]
) -> None:
    business = world.business_a
    member = client_as("member_a")
    attempt = assessment_start(business=business, actor=world.people["member_a"])
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
    urls = (
        f"/businesses/{business.pk}/health-check/{attempt.pk}/check/",
        f"/businesses/{business.pk}/health-check/plan/",
    )

    def counts() -> dict[str, int]:
        found = {}
        for url in urls:
            reset_queries()
            with CaptureQueriesContext(connection) as queries:
                assert member.get(url).status_code == 200, url
            found[url] = len(queries)
        return found

    counts()  # warm-up
    one = counts()
    answer_all(attempt, {"fw.router-password": ["no"]})  # a gap, so the plan has actions
    every = counts()

    page = member.get(urls[0]).content.decode()
    assert page.count("govuk-summary-list__row") > 10  # every answer is listed
    assert every == one
