"""Insights pages cost the same number of queries for many businesses as for a few
(ADR 0027): the live dataset is read in a fixed number of queries, and the release log
of earlier figures (the differencing check) in one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core.cache import cache
from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext

from smeshield.api.services import api_token_create
from smeshield.domain.roles import ConsentScope
from smeshield.insights.datasets import live
from tests.conftest import World
from tests.factories import BusinessFactory, ConsentFactory, MembershipFactory
from tests.integration.alerts.helpers import uses

pytestmark = pytest.mark.django_db

FEW, MANY = 2, 6
PAGES = (
    "/insights/",
    "/insights/download/size.csv",
    "/insights/dictionary/",
    "/insights/dictionary/?format=csv",
)


def _consenting_business_with_a_finished_check() -> None:
    membership = MembershipFactory(business=BusinessFactory())
    ConsentFactory(
        business=membership.business,
        scope=ConsentScope.ANONYMISED_STATISTICS,
        granted_by=membership.user,
    )
    uses(membership.business, ticked=["windows"])


def _queries_of(client: Client, url: str) -> int:
    cache.clear()  # the live rows are cached: read them afresh each time
    reset_queries()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def _queries_of_live() -> int:
    cache.clear()
    reset_queries()
    with CaptureQueriesContext(connection) as queries:
        live()
    return len(queries)


def test_given_more_consenting_businesses_then_the_live_dataset_reads_no_more_often(
    world: World,
) -> None:
    for _ in range(FEW):
        _consenting_business_with_a_finished_check()
    few = _queries_of_live()
    assert live().frame.height == FEW

    for _ in range(MANY - FEW):
        _consenting_business_with_a_finished_check()
    many = _queries_of_live()

    assert live().frame.height == MANY
    assert many == few


def test_given_more_consenting_businesses_then_the_live_insights_pages_query_no_more(
    world: World, client_as: Callable[[str], Client], settings: Any
) -> None:
    settings.INSIGHTS_DATASET = "live"
    officer = client_as("police")
    for _ in range(FEW):
        _consenting_business_with_a_finished_check()
    for url in PAGES:
        _queries_of(officer, url)  # warm-up: content files, sessions
    few = {url: _queries_of(officer, url) for url in PAGES}

    for _ in range(MANY - FEW):
        _consenting_business_with_a_finished_check()
    many = {url: _queries_of(officer, url) for url in PAGES}

    assert many == few


def test_given_a_longer_release_log_then_the_dashboard_queries_no_more(
    world: World, client_as: Callable[[str], Client]
) -> None:
    officer = client_as("police")
    officer.get("/insights/")  # warm-up, and the first figures in the log
    first = _queries_of(officer, "/insights/")

    for size in ("micro", "small", "medium"):
        assert officer.get(f"/insights/?size_band={size}").status_code == 200
    later = _queries_of(officer, "/insights/")

    assert later == first


def test_a_researchers_extract_and_what_works_query_no_more_as_the_live_data_grows(
    world: World, client_as: Callable[[str], Client], settings: Any
) -> None:
    settings.INSIGHTS_DATASET = "live"
    researcher = client_as("researcher")
    urls = (
        "/insights/extract/?by=size_band&measure=businesses&format=csv",
        "/insights/what-works/",
    )
    for _ in range(FEW):
        _consenting_business_with_a_finished_check()
    for url in urls:
        _queries_of(researcher, url)
    few = {url: _queries_of(researcher, url) for url in urls}

    for _ in range(MANY - FEW):
        _consenting_business_with_a_finished_check()

    assert {url: _queries_of(researcher, url) for url in urls} == few


def test_the_insights_api_table_queries_no_more_as_the_live_data_grows(
    world: World, settings: Any
) -> None:
    settings.INSIGHTS_DATASET = "live"
    _, token = api_token_create(user=world.people["researcher"], name="analysis")
    client = Client(HTTP_AUTHORIZATION=f"Bearer {token}")
    url = "/api/v1/insights/table?by=size_band&measure=had_incident"
    for _ in range(FEW):
        _consenting_business_with_a_finished_check()
    _queries_of(client, url)  # warm-up
    few = _queries_of(client, url)

    for _ in range(MANY - FEW):
        _consenting_business_with_a_finished_check()

    assert _queries_of(client, url) == few
