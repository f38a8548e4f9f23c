"""The notices page costs the same number of queries for twenty notices as for one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from smeshield.domain.reasons import Reason
from smeshield.people import services
from tests.conftest import World
from tests.web.query_counts import constant_queries

pytestmark = pytest.mark.django_db


def test_the_notices_page_queries_do_not_grow_with_the_notices(
    world: World, client_as: Callable[[str], Client], django_assert_max_num_queries: Any
) -> None:
    mentor = world.people["mentor"]
    constant_queries(
        django_assert_max_num_queries,
        client_as("mentor"),
        "/notifications/",
        lambda n: services.notify(
            user=mentor,
            key=f"notice:{n}",
            message=Reason("people.business_matched"),
            url_name="mentor_home",
        ),
        rows_shown=lambda content: content.decode().count(
            '<a class="govuk-link" href="/mentor/">You have been matched'
        ),
    )
