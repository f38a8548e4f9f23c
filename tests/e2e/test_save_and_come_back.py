"""Done when: in Chromium, the answer ticked on the page where the owner chooses
"Save and come back later" is kept, and shows ticked when they carry on in a new tab."""

from __future__ import annotations

import re

import pytest
from django.core import mail

from smeshield.content import catalogues as content
from tests.e2e.conftest import Visit
from tests.factories import PostcodeDistrictFactory
from tests.web.healthcheck.walker import best_answer, question_id_of

pytestmark = pytest.mark.django_db(transaction=True)


def _code() -> str:
    match = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", mail.outbox[-1].body, re.MULTILINE)
    assert match
    return match.group(1)


def test_save_and_come_back_later_keeps_the_ticked_answer(visit: Visit) -> None:
    PostcodeDistrictFactory(code="LS6")
    catalogue = content.current_catalogue()
    page = visit.page
    visit.goto("/account/sign-up/")
    page.get_by_label("Email address").fill("owner@cafe.example")
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Code").fill(_code())
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**/businesses/new/")
    page.get_by_label("Business name").fill("Headingley Cafe")
    page.get_by_label("Postcode").fill("LS6 2UE")
    page.get_by_label("Hotels, cafes, pubs and restaurants").check()
    page.get_by_label("2 to 9 people").check()
    page.get_by_role("button", name="Save and continue").click()
    page.get_by_role("link", name="Start the health check").click()
    page.get_by_role("button", name="Start the health check").click()

    for _ in range(2):
        question = catalogue.question(question_id_of(page.url) or "")
        assert question is not None
        for value in best_answer(question):
            page.locator(f"input[name=answer][value='{value}']").check()
        page.get_by_role("button", name="Save and continue").click()
        page.wait_for_load_state("load")
    left_on = question_id_of(page.url)
    assert left_on == "profile.payments"
    page.locator("input[name=answer][value='card']").check()
    page.locator("input[name=answer][value='online-shop']").check()
    page.get_by_role("button", name="Save and come back later").click()
    page.wait_for_url("**/health-check/")
    assert "Your answer is saved" in page.locator("main").inner_text()
    visit.check()

    overview = page.url.replace(visit.base_url, "")
    page.close()
    visit.page = page = visit.page.context.new_page()
    visit.goto(overview)
    assert "You have answered 3 of" in page.locator("main").inner_text()
    page.get_by_role("button", name="Carry on").click()
    page.wait_for_load_state("load")
    assert question_id_of(page.url) == "profile.website"
    page.get_by_role("link", name="Back").click()
    page.wait_for_load_state("load")
    visit.check()

    assert question_id_of(page.url) == "profile.payments"
    assert page.locator("input[name=answer][value='card']").is_checked()
    assert page.locator("input[name=answer][value='online-shop']").is_checked()
    assert not page.locator("input[name=answer][value='apps']").is_checked()
    assert visit.problems == []
