"""/api/v1/insights/table: the same controlled figures as JSON, for insights roles only."""

from __future__ import annotations

import pytest
from django.test import Client

from smeshield.api.services import api_token_create
from smeshield.insights.models import InsightsQuery
from tests.conftest import World

pytestmark = pytest.mark.django_db


def _get(token: str, **params: str) -> tuple[int, dict[str, object]]:
    response = Client().get("/api/v1/insights/table", params, HTTP_AUTHORIZATION=f"Bearer {token}")
    return response.status_code, response.json()


def test_a_researcher_gets_a_controlled_table_with_margins(world: World) -> None:
    _, token = api_token_create(user=world.people["researcher"], name="analysis")

    status, body = _get(token, by="size_band,urban_rural", measure="had_incident")

    assert status == 200
    assert body["synthetic"] is True
    figures = body["figures"]
    assert {"size_band": "*", "urban_rural": "*"} in [f["key"] for f in figures]  # type: ignore[union-attr]
    for figure in figures:  # type: ignore[union-attr]
        assert figure["suppressed"] or (figure["n"] >= 10 and figure["n"] % 5 == 0)
    assert InsightsQuery.objects.get().where == "api"


def test_a_business_token_is_refused_as_a_problem(world: World) -> None:
    _, token = api_token_create(
        user=world.people["member_a"],
        name="till",
        business=world.business_a,
        actor=world.people["member_a"],
    )

    status, body = _get(token, by="size_band")

    assert status == 403
    assert body["status"] == 403
    assert "Insights are for" in body["detail"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("params", "detail"),
    [({"by": "shoe_size"}, "by:"), ({"by": "size_band", "measure": "height"}, "measure:")],
)
def test_bad_parameters_are_named_in_a_problem(
    world: World, params: dict[str, str], detail: str
) -> None:
    _, token = api_token_create(user=world.people["police"], name="force")

    status, body = _get(token, **params)

    assert status == 422
    assert body["detail"].startswith(detail)  # type: ignore[union-attr]
