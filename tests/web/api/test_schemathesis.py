"""The API keeps the promises of its OpenAPI document, for every role (SECURITY.md S11).

schemathesis generates requests for every operation from the committed document and
checks each answer against it: documented status, documented body, problem+json on
errors, no server error. ``make test`` runs a few examples per operation and role;
``make fuzz-api`` runs 200 (``SCHEMATHESIS_EXAMPLES``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.core.parameters import ParameterLocation

from smeshield.api.services import api_token_create
from tests.conftest import World

REPO = Path(__file__).resolve().parents[3]
SCHEMA = schemathesis.openapi.from_path(REPO / "docs" / "api" / "openapi.json")
SCHEMA.app = WSGIHandler()  # called in-process, inside the test's transaction
PATH, HEADER = ParameterLocation.PATH, ParameterLocation.HEADER
EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "5"))
# Who calls: a business's own token, and each staff role that may hold a token.
CALLERS = ("business", "police", "partner", "researcher", "admin")


@pytest.fixture
def in_process() -> Iterator[None]:
    """Keep the test's database connection open across in-process requests, as Django's
    own test client does (each request would otherwise close it when it ends)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def tokens(world: World) -> dict[str, str]:
    return {caller: _token(world, caller) for caller in CALLERS}


def _token(world: World, caller: str) -> str:
    if caller == "business":
        user, business = world.people["member_a"], world.business_a
        return api_token_create(user=user, business=business, name="schemathesis")[1]
    return api_token_create(user=world.people[caller], name="schemathesis")[1]


@pytest.mark.django_db
@pytest.mark.usefixtures("in_process")
@pytest.mark.parametrize("caller", CALLERS)
@SCHEMA.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_every_operation_answers_as_documented(
    case: schemathesis.Case, caller: str, world: World, tokens: dict[str, str]
) -> None:
    # Deliberately invalid parts (no token, a malformed id) are sent as generated.
    if "business_id" in (case.path_parameters or {}) and not case.meta.is_negative_at(PATH):
        # A business the caller may or may not reach: both answers must be documented.
        case.path_parameters["business_id"] = str(world.business_a.pk)
        case.meta.mark_dirty(PATH)
    headers = (
        {} if case.meta.is_negative_at(HEADER) else {"Authorization": f"Bearer {tokens[caller]}"}
    )
    case.call_and_validate(headers=headers)
