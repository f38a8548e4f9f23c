"""Incident lists cost the same number of queries for twenty records as for one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from smeshield.incidents.models import IncidentShare
from tests.conftest import World
from tests.factories import IncidentFactory
from tests.web.query_counts import constant_queries, count_of

pytestmark = pytest.mark.django_db


def test_the_incident_list_queries_do_not_grow_with_the_records(
    world: World, client_as: Callable[[str], Client], django_assert_max_num_queries: Any
) -> None:
    business = world.business_a
    constant_queries(
        django_assert_max_num_queries,
        client_as("member_a"),
        f"/businesses/{business.pk}/incidents/",
        lambda n: IncidentFactory(business=business),
        rows_shown=count_of(f'href="/businesses/{business.pk}/incidents/{{uuid}}/"'),
    )


def test_the_police_list_queries_do_not_grow_with_the_records_sent(
    world: World, client_as: Callable[[str], Client], django_assert_max_num_queries: Any
) -> None:
    def send(n: int) -> None:
        incident = IncidentFactory(business=world.business_a if n % 2 else world.business_b)
        IncidentShare.objects.create(
            incident=incident,
            partner=world.police_force,
            consented_by=world.people["member_a"],
            wording="Send this record to the police.",
        )

    constant_queries(
        django_assert_max_num_queries,
        client_as("police"),
        "/staff/incidents/",
        send,
        rows_shown=count_of('href="/staff/incidents/{uuid}/"'),
    )
