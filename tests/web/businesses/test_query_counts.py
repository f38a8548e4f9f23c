"""Business lists cost the same number of queries for twenty rows as for one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from smeshield.businesses.models import ConsentScope
from tests.conftest import World
from tests.factories import BusinessFactory, ConsentFactory, PartnerOrganisationFactory
from tests.web.query_counts import constant_queries, count_of

pytestmark = pytest.mark.django_db


def test_the_sharing_page_queries_do_not_grow_with_the_consents(
    world: World, client_as: Callable[[str], Client], django_assert_max_num_queries: Any
) -> None:
    business = world.business_b
    member = world.people["member_b"]

    def consent(n: int) -> None:
        ConsentFactory(
            business=business,
            scope=ConsentScope.NAMED_PARTNER,
            partner=PartnerOrganisationFactory(name=f"Partner number {n}"),
            granted_by=member,
        )

    constant_queries(
        django_assert_max_num_queries,
        client_as("member_b"),
        f"/businesses/{business.pk}/sharing/",
        consent,
        rows_shown=count_of(r"Partner number \d+"),
    )


def test_the_staff_home_queries_do_not_grow_with_the_businesses_sharing(
    world: World, client_as: Callable[[str], Client], django_assert_max_num_queries: Any
) -> None:
    def share(n: int) -> None:
        if n == 0:
            return  # business A already shares with the force (the world fixture)
        ConsentFactory(
            business=BusinessFactory(district=world.business_a.district),
            scope=ConsentScope.NAMED_PARTNER,
            partner=world.police_force,
            granted_by=world.people["member_a"],
        )

    constant_queries(
        django_assert_max_num_queries,
        client_as("police"),
        "/staff/",
        share,
        rows_shown=count_of('href="/staff/businesses/{uuid}/"'),
    )
