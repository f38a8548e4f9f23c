"""The health check over the API, with the business's own token."""

from __future__ import annotations

import pytest
from django.test import Client

from smeshield.api.services import TokenRefusedError, api_token_create
from smeshield.healthcheck.models import Answer
from tests.conftest import World

pytestmark = pytest.mark.django_db
PROBLEM = "application/problem+json"


@pytest.fixture
def token(world: World) -> str:
    return api_token_create(
        user=world.people["member_a"], business=world.business_a, name="booking system"
    )[1]


def _auth(token: str, **extra: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}", **extra}


def test_a_business_token_starts_answers_and_reads_verdicts_and_plan(
    world: World, token: str
) -> None:
    client = Client()
    base = f"/api/v1/health-check/{world.business_a.pk}"

    started = client.post(f"{base}/attempts", **_auth(token))
    answered = client.put(
        f"{base}/answers/fw.router-password",
        data={"choices": ["no"]},
        content_type="application/json",
        **_auth(token, HTTP_IDEMPOTENCY_KEY="retry-safe-key-1"),
    )
    verdicts = client.get(f"{base}/verdicts", **_auth(token)).json()
    plan = client.get(f"{base}/plan", **_auth(token)).json()

    assert started.status_code == 201
    assert started.json()["next_question"] == "profile.how-you-work"
    assert answered.status_code == 200
    assert answered.json()["replayed"] is False
    by_id = {v["requirement"]: v for v in verdicts}
    assert by_id["ce.fw.default-password"]["verdict"] == "not_met"
    assert by_id["ce.fw.default-password"]["reasons"] == ["Router password not changed"]
    assert any(item["action"] == "change-router-password" for item in plan)


def test_a_retried_put_stores_one_answer_and_a_changed_body_is_refused(
    world: World, token: str
) -> None:
    client = Client()
    base = f"/api/v1/health-check/{world.business_a.pk}"
    client.post(f"{base}/attempts", **_auth(token))
    url = f"{base}/answers/fw.router-password"
    headers = _auth(token, HTTP_IDEMPOTENCY_KEY="retry-safe-key-2")

    first = client.put(url, data={"choices": ["yes"]}, content_type="application/json", **headers)
    again = client.put(url, data={"choices": ["yes"]}, content_type="application/json", **headers)
    changed = client.put(url, data={"choices": ["no"]}, content_type="application/json", **headers)

    assert (first.status_code, again.status_code) == (200, 200)
    assert again.json()["replayed"] is True
    assert changed.status_code == 422
    assert changed["Content-Type"] == PROBLEM
    assert changed.json()["type"].endswith("idempotency-key-reused")
    assert Answer.objects.count() == 1


@pytest.mark.parametrize(
    ("question", "body", "headers", "kind"),
    [
        (
            "fw.router-password",
            {"choices": ["maybe"]},
            {"HTTP_IDEMPOTENCY_KEY": "key-abcdefgh"},
            "invalid-answer",
        ),
        (
            "no.such-question",
            {"choices": ["yes"]},
            {"HTTP_IDEMPOTENCY_KEY": "key-abcdefgh"},
            "unknown-question",
        ),
        ("fw.router-password", {"choices": ["yes"]}, {}, "idempotency-key-missing"),
        (
            "fw.router-password",
            {"choices": "yes"},
            {"HTTP_IDEMPOTENCY_KEY": "key-abcdefgh"},
            "validation-error",
        ),
    ],
)
def test_bad_requests_are_422_problems_and_store_nothing(
    world: World, token: str, question: str, body: object, headers: dict[str, str], kind: str
) -> None:
    client = Client()
    base = f"/api/v1/health-check/{world.business_a.pk}"
    client.post(f"{base}/attempts", **_auth(token))

    response = client.put(
        f"{base}/answers/{question}",
        data=body,
        content_type="application/json",
        **_auth(token, **headers),
    )

    assert response.status_code == 422
    assert response["Content-Type"] == PROBLEM
    assert response.json()["type"].endswith(kind)
    assert Answer.objects.count() == 0


def test_a_business_token_cannot_reach_another_business(world: World, token: str) -> None:
    response = Client().get(f"/api/v1/health-check/{world.business_b.pk}", **_auth(token))
    missing = Client().get(
        "/api/v1/health-check/00000000-0000-4000-8000-000000000000", **_auth(token)
    )
    assert response.status_code == missing.status_code == 404
    assert response.json()["detail"] == missing.json()["detail"]


def test_only_owners_make_business_tokens(world: World) -> None:
    with pytest.raises(TokenRefusedError):
        api_token_create(user=world.people["member_b"], business=world.business_a, name="x")


def test_the_owner_makes_and_switches_off_a_token_on_the_page(world: World, client_as) -> None:  # type: ignore[no-untyped-def]
    owner = client_as("member_a")
    page = owner.post(f"/businesses/{world.business_a.pk}/api-tokens/", {"name": "Our IT company"})
    assert b'id="new-token"' in page.content
    token = page.content.decode().split('id="new-token" class="app-share-link">')[1].split("<")[0]
    assert (
        Client()
        .post(f"/api/v1/health-check/{world.business_a.pk}/attempts", **_auth(token))
        .status_code
        == 201
    )

    record = world.business_a.api_tokens.get()
    owner.post(f"/businesses/{world.business_a.pk}/api-tokens/{record.pk}/revoke/")

    assert (
        Client().get(f"/api/v1/health-check/{world.business_a.pk}", **_auth(token)).status_code
        == 401
    )


def test_given_a_body_over_the_limit_then_the_answer_is_a_413_problem_and_nothing_is_stored(
    world: World, token: str, caplog: pytest.LogCaptureFixture
) -> None:
    client = Client()
    base = f"/api/v1/health-check/{world.business_a.pk}"
    client.post(f"{base}/attempts", **_auth(token))
    three_megabytes = "x" * (3 * 1024 * 1024)

    response = client.put(
        f"{base}/answers/fw.router-password",
        data={"choices": [three_megabytes]},
        content_type="application/json",
        **_auth(token, HTTP_IDEMPOTENCY_KEY="too-big-key-1"),
    )

    assert response.status_code == 413
    assert response["Content-Type"] == PROBLEM
    assert response.json()["status"] == 413
    assert not Answer.objects.exists()
    assert "Traceback" not in caplog.text


def test_api_answers_with_a_business_s_answers_are_never_cached(world: World, token: str) -> None:
    client = Client()
    base = f"/api/v1/health-check/{world.business_a.pk}"
    client.post(f"{base}/attempts", **_auth(token))

    response = client.get(f"{base}/verdicts", **_auth(token))

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
