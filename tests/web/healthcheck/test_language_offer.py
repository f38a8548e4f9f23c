"""An owner stuck because "English is hard for me" is offered the languages right there."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.conf import settings
from django.test import Client

from smeshield.healthcheck.models import Assessment
from smeshield.healthcheck.services import assessment_complete, assessment_start
from tests.conftest import World
from tests.integration.healthcheck.answering import answer_all

pytestmark = pytest.mark.django_db


@pytest.fixture
def finished(world: World) -> Assessment:
    attempt = assessment_start(business=world.business_a, actor=world.people["member_a"])
    answer_all(attempt, {"upd.router": ["no"]})
    return assessment_complete(assessment=attempt, actor=world.people["member_a"])


def test_english_is_hard_offers_the_language_switch_on_the_spot(
    world: World, finished: Assessment, client_as: Callable[[str], Client]
) -> None:
    # Given an owner with a plan; when they say they are stuck because English is hard
    client = client_as("member_a")
    action_url = f"/businesses/{world.business_a.pk}/health-check/plan/update-router/"
    saved = client.post(f"{action_url}stuck/", {"barrier": "language", "note": ""})
    page = client.get(saved.url).content.decode()
    # Then the action page offers Polski, اردو and العربية as buttons, back to this page
    assert 'action="/i18n/setlang/"' in page
    for code, name in [("pl", "Polski"), ("ur", "اردو"), ("ar", "العربية")]:
        assert f'name="language" value="{code}" lang="{code}"' in page
        assert f">{name}</button>" in page
    assert f'name="next" value="{action_url}"' in page
    assert "/support/?need=barrier:language" in page
    # And choosing اردو there saves it and brings them back to the action, in Urdu
    back = client.post("/i18n/setlang/", {"language": "ur", "next": action_url})
    assert back.url == action_url
    world.people["member_a"].refresh_from_db()
    assert world.people["member_a"].language == "ur"
    assert '<html lang="ur" dir="rtl"' in client.get(action_url).content.decode()


def test_another_barrier_does_not_offer_languages(
    world: World, finished: Assessment, client_as: Callable[[str], Client]
) -> None:
    client = client_as("member_a")
    action_url = f"/businesses/{world.business_a.pk}/health-check/plan/update-router/"
    saved = client.post(f"{action_url}stuck/", {"barrier": "cost", "note": ""})
    page = client.get(saved.url).content.decode()
    assert "app-language-offer" not in page
    assert settings.LANGUAGE_COOKIE_NAME not in client.cookies
