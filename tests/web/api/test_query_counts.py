"""API lists, and the page listing a business's tokens, cost the same number of queries
for twenty rows as for one."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from smeshield.api.services import api_token_create
from smeshield.audit.models import AuditAction, AuditEntry
from smeshield.audit.selectors import audit_chain_problems
from smeshield.businesses.models import ConsentScope
from tests.conftest import World
from tests.factories import BusinessFactory, ConsentFactory
from tests.web.query_counts import constant_queries, count_of

pytestmark = pytest.mark.django_db


def test_the_token_page_queries_do_not_grow_with_the_tokens(
    world: World, client_as: Callable[[str], Client], django_assert_max_num_queries: Any
) -> None:
    business = world.business_a
    owner = world.people["member_a"]
    constant_queries(
        django_assert_max_num_queries,
        client_as("member_a"),
        f"/businesses/{business.pk}/api-tokens/",
        lambda n: api_token_create(user=owner, business=business, name=f"Till system {n}"),
        rows_shown=count_of(r"Till system \d+"),
    )


def test_the_shared_businesses_list_queries_do_not_grow_with_the_businesses(
    world: World, django_assert_max_num_queries: Any
) -> None:
    _, token = api_token_create(user=world.people["police"], name="force system")

    def share(n: int) -> None:
        if n == 0:
            return  # business A already shares with the force
        ConsentFactory(
            business=BusinessFactory(district=world.business_a.district),
            scope=ConsentScope.NAMED_PARTNER,
            partner=world.police_force,
            granted_by=world.people["member_a"],
        )

    constant_queries(
        django_assert_max_num_queries,
        Client(),
        "/api/v1/businesses",
        share,
        rows_shown=lambda content: len(json.loads(content)),
        headers={"HTTP_AUTHORIZATION": f"Bearer {token}"},
    )


def test_a_list_read_records_one_entry_per_business_and_keeps_the_chain_whole(
    world: World,
) -> None:
    _, token = api_token_create(user=world.people["police"], name="force system")
    for _ in range(4):
        ConsentFactory(
            business=BusinessFactory(district=world.business_a.district),
            scope=ConsentScope.NAMED_PARTNER,
            partner=world.police_force,
            granted_by=world.people["member_a"],
        )
    response = Client().get("/api/v1/businesses", HTTP_AUTHORIZATION=f"Bearer {token}")
    listed = {business["id"] for business in json.loads(response.content)}
    reads = AuditEntry.objects.filter(action=AuditAction.BUSINESS_DATA_VIEWED)
    assert len(listed) == 5
    assert {str(entry.business_id) for entry in reads} == listed
    assert all(entry.reason.startswith("consent ") for entry in reads)
    assert all(entry.target == "/api/v1/businesses" for entry in reads)
    assert audit_chain_problems() == []
