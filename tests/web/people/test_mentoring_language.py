"""Someone reading in Urdu, Polish or Arabic is offered a mentor who speaks it."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.test import Client

from tests.conftest import World

pytestmark = pytest.mark.django_db


def _selected_language(page: str) -> str:
    select = re.search(r'<select[^>]*name="language".*?</select>', page, re.S)
    assert select, "no language question"
    chosen = re.search(r'<option value="([^"]*)"[^>]*selected', select.group(0))
    return chosen.group(1) if chosen else ""


@pytest.mark.parametrize(
    ("reading_in", "offered"), [("ur", "Urdu"), ("pl", "Polish"), ("ar", "Arabic"), ("en-gb", "")]
)
def test_the_mentor_request_starts_with_the_readers_language(
    world: World, client_as: Callable[[str], Client], reading_in: str, offered: str
) -> None:
    # Given an owner who reads SME Shield in this language
    owner = world.people["member_a"]
    owner.language = reading_in
    owner.save()
    # When they open the mentoring page
    page = client_as("member_a").get(f"/businesses/{world.business_a.pk}/mentoring/")
    # Then the language question already says a mentor speaking it (English: "No")
    assert page.status_code == 200
    assert _selected_language(page.content.decode()) == offered
