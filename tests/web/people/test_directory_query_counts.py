"""The support directory costs the same number of queries for twenty organisations as
for one."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.test import Client

from smeshield.people.models import Cost, OrganisationKind, SupportOrganisation
from tests.web.query_counts import constant_queries, count_of

pytestmark = pytest.mark.django_db


def _national_organisation(n: int) -> SupportOrganisation:
    return SupportOrganisation.objects.create(
        name=f"Trusted helpers number {n}",
        kind=OrganisationKind.NATIONAL,
        services="Free advice on staying safe online.",
        cost=Cost.FREE,
        languages=["en"],
        national=True,
        website=f"https://helpers-{n}.example.org/",
        verified_by="Directory team",
        verified_on=date(2026, 11, 1),
        review_by=date(2027, 11, 1),
    )


def test_the_directory_queries_do_not_grow_with_the_organisations(
    client: Client, django_assert_max_num_queries: Any
) -> None:
    SupportOrganisation.objects.all().delete()  # only the ones this test adds
    constant_queries(
        django_assert_max_num_queries,
        client,
        "/support/",
        _national_organisation,
        rows_shown=count_of(r"Trusted helpers number \d+"),
    )
