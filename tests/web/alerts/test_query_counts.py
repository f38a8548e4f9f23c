"""Alert lists cost the same number of queries for twenty rows as for one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from smeshield.alerts.models import AdvisorySource, Feedback, InventoryItem
from tests.conftest import World
from tests.factories import AdvisoryFactory, BusinessFactory, DeliveryFactory
from tests.web.query_counts import constant_queries, count_of

pytestmark = pytest.mark.django_db


def test_the_inbox_queries_do_not_grow_with_the_alerts(
    world: World, client_as: Callable[[str], Client], django_assert_max_num_queries: Any
) -> None:
    business = world.business_a
    constant_queries(
        django_assert_max_num_queries,
        client_as("member_a"),
        f"/businesses/{business.pk}/alerts/",
        lambda n: DeliveryFactory(business=business, feedback=Feedback.DONE if n % 2 else ""),
        rows_shown=count_of(f'href="/businesses/{business.pk}/alerts/{{uuid}}/"'),
    )


def test_the_partner_alert_list_queries_do_not_grow_with_the_alerts(
    world: World, client_as: Callable[[str], Client], django_assert_max_num_queries: Any
) -> None:
    def write(n: int) -> None:
        advisory = AdvisoryFactory(
            source=AdvisorySource.PARTNER,
            organisation=world.police_force,
            title=f"Partner alert number {n}",
        )
        DeliveryFactory(advisory=advisory, business=world.business_a)

    constant_queries(
        django_assert_max_num_queries,
        client_as("police"),
        "/staff/alerts/",
        write,
        rows_shown=count_of(r"Partner alert number \d+"),
    )


def test_the_relevance_page_queries_do_not_grow_with_the_deliveries(
    world: World, client_as: Callable[[str], Client], django_assert_max_num_queries: Any
) -> None:
    constant_queries(
        django_assert_max_num_queries,
        client_as("admin"),
        "/staff/alerts/relevance/",
        lambda n: DeliveryFactory(business=world.business_a, feedback=Feedback.DONE),
    )


def test_the_unknown_products_queries_do_not_grow_with_the_names(
    world: World, client_as: Callable[[str], Client], django_assert_max_num_queries: Any
) -> None:
    def typed(n: int) -> None:
        InventoryItem.objects.create(
            business=BusinessFactory(district=world.business_a.district),
            name_as_written=f"Our own till {n}",
        )

    constant_queries(
        django_assert_max_num_queries,
        client_as("admin"),
        "/staff/alerts/unknown-products/",
        typed,
        rows_shown=count_of(r"Our own till \d+"),
    )
