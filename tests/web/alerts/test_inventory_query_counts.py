"""The what-we-use page costs the same number of queries for twenty products as for one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from smeshield.alerts.models import InventoryItem
from tests.conftest import World
from tests.web.query_counts import constant_queries, count_of

pytestmark = pytest.mark.django_db


def test_the_what_we_use_queries_do_not_grow_with_the_products(
    world: World, client_as: Callable[[str], Client], django_assert_max_num_queries: Any
) -> None:
    business = world.business_a
    constant_queries(
        django_assert_max_num_queries,
        client_as("member_a"),
        f"/businesses/{business.pk}/what-we-use/",
        lambda n: InventoryItem.objects.create(
            business=business, name_as_written=f"Bookkeeper {n}", normalised=f"bookkeeper {n}"
        ),
        rows_shown=count_of(r"Bookkeeper \d+"),
    )
