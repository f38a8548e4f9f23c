"""The partner API: bearer tokens, RFC 9457 problems, consent-based access, audited reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.test import Client

from smeshield.api.api import api
from smeshield.api.models import ApiToken
from smeshield.api.services import TokenRefusedError, api_token_create, api_token_revoke
from smeshield.audit.models import AuditAction, AuditEntry
from tests.conftest import World
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
SNAPSHOT = Path(__file__).resolve().parents[3] / "docs" / "api" / "openapi.json"
PROBLEM = "application/problem+json"


def _bearer(token: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


@pytest.fixture
def police_token(world: World) -> str:
    _, token = api_token_create(user=world.people["police"], name="force system")
    return token


def test_the_committed_openapi_document_matches_the_code() -> None:
    """Regenerate with 'make openapi' when the API changes on purpose."""
    assert json.loads(SNAPSHOT.read_text()) == json.loads(json.dumps(api.get_openapi_schema()))


def test_the_openapi_document_is_public() -> None:
    response = Client().get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert response.json()["info"]["title"] == "SME Shield API"


def test_without_a_token_the_answer_is_a_401_problem() -> None:
    response = Client().get("/api/v1/me")
    assert response.status_code == 401
    assert response["Content-Type"] == PROBLEM
    body = response.json()
    assert body["status"] == 401
    assert body["title"] == "Unauthorized"
    assert body["instance"] == "/api/v1/me"
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_a_token_says_who_it_belongs_to(world: World, police_token: str) -> None:
    response = Client().get("/api/v1/me", **_bearer(police_token))
    assert response.status_code == 200
    assert response.json()["email"] == world.people["police"].email


def test_a_partner_sees_only_businesses_that_share_with_it_and_each_read_is_audited(
    world: World, police_token: str
) -> None:
    response = Client().get("/api/v1/businesses", **_bearer(police_token))

    assert response.status_code == 200
    assert [b["id"] for b in response.json()] == [str(world.business_a.pk)]
    assert world.business_b.name not in response.content.decode()
    assert (
        AuditEntry.objects.filter(
            action=AuditAction.BUSINESS_DATA_VIEWED, business_id=world.business_a.pk
        ).count()
        == 1
    )


def test_a_foreign_business_answers_like_a_missing_one(world: World, police_token: str) -> None:
    foreign = Client().get(f"/api/v1/businesses/{world.business_b.pk}", **_bearer(police_token))
    missing = Client().get(
        "/api/v1/businesses/00000000-0000-4000-8000-000000000000", **_bearer(police_token)
    )
    assert foreign.status_code == missing.status_code == 404
    assert foreign["Content-Type"] == missing["Content-Type"] == PROBLEM
    assert foreign.json()["detail"] == missing.json()["detail"]


def test_bad_input_is_a_422_problem_naming_the_field(police_token: str) -> None:
    response = Client().get("/api/v1/businesses/not-a-uuid", **_bearer(police_token))
    assert response.status_code == 422
    assert response["Content-Type"] == PROBLEM
    assert response.json()["errors"][0]["location"] == "path.business_id"


def test_a_revoked_token_stops_working_at_once(world: World, police_token: str) -> None:
    record = ApiToken.objects.get()
    api_token_revoke(token=record, actor=world.people["admin"])
    assert Client().get("/api/v1/me", **_bearer(police_token)).status_code == 401


def test_disabling_the_person_stops_their_token_at_once(world: World, police_token: str) -> None:
    officer = world.people["police"]
    officer.is_active = False
    officer.save()
    assert Client().get("/api/v1/me", **_bearer(police_token)).status_code == 401


def test_only_the_hash_of_a_token_is_stored(police_token: str) -> None:
    record = ApiToken.objects.get()
    assert police_token not in {record.token_hash, record.prefix}
    assert police_token.startswith(record.prefix)


def test_tokens_are_refused_to_people_without_two_step_sign_in() -> None:
    with pytest.raises(TokenRefusedError):
        api_token_create(user=UserFactory(role="partner"), name="x")
    with pytest.raises(TokenRefusedError):
        api_token_create(user=UserFactory(), name="business people never get tokens")
