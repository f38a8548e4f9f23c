"""The audit trail page costs the same number of queries for twenty entries as for one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from smeshield.audit.models import AuditAction
from smeshield.audit.services import audit_record
from tests.conftest import World
from tests.web.query_counts import constant_queries

pytestmark = pytest.mark.django_db


def test_the_audit_trail_queries_do_not_grow_with_the_entries(
    world: World, client_as: Callable[[str], Client], django_assert_max_num_queries: Any
) -> None:
    constant_queries(
        django_assert_max_num_queries,
        client_as("admin"),
        "/staff/audit/",
        lambda n: audit_record(
            action=AuditAction.BUSINESS_DATA_VIEWED,
            actor=world.people["police"],
            business_id=world.business_a.pk,
            target=f"/entry/{n}/",
        ),
    )
