"""Done when: in Chromium, a new business signs up, builds its profile, completes the check
(leaving the tab and resuming once), sees verdicts and plan, marks one action stuck with
a reason, downloads the PDF, and creates then revokes a share link — axe on every page."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail

from smeshield.content import catalogues
from smeshield.healthcheck.models import ActionProgress, ShareLink
from tests.e2e.conftest import Visit
from tests.factories import PostcodeDistrictFactory
from tests.web.healthcheck.walker import best_answer, question_id_of

pytestmark = pytest.mark.django_db(transaction=True)

GAPS = {"upd.router": "no", "bk.tested": "no", "ph.awareness": "not_sure"}


def _code() -> str:
    match = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", mail.outbox[-1].body, re.MULTILINE)
    assert match
    return match.group(1)


def _answer_until(visit: Visit, stop_after: int | None) -> int:
    """Answer question pages until the check-your-answers page (or stop_after answers)."""
    catalogue = catalogues.current_catalogue()
    page = visit.page
    answered = 0
    while (question_id := question_id_of(page.url)) is not None:
        visit.check()
        question = catalogue.question(question_id)
        assert question is not None
        chosen = [GAPS[question_id]] if question_id in GAPS else best_answer(question)
        for value in chosen:
            page.locator(f"input[name=answer][value='{value}']").check()
        page.get_by_role("button", name="Save and continue").click()
        page.wait_for_load_state("load")
        answered += 1
        if stop_after is not None and answered >= stop_after:
            break
    return answered


def test_a_new_business_completes_the_health_check_and_uses_its_plan(visit: Visit) -> None:
    PostcodeDistrictFactory(code="LS6")
    page = visit.page
    visit.goto("/account/sign-up/")
    page.get_by_label("Email address").fill("owner@bakery.example")
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Code").fill(_code())
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**/businesses/new/")
    page.get_by_label("Business name").fill("Headingley Bakery")
    page.get_by_label("Postcode").fill("LS6 2UE")
    page.get_by_label("Hotels, cafes, pubs and restaurants").check()
    page.get_by_label("2 to 9 people").check()
    page.get_by_role("button", name="Save and continue").click()
    visit.check()

    page.get_by_role("link", name="Start the health check").click()
    visit.check()
    page.get_by_role("button", name="Start the health check").click()
    first_part = _answer_until(visit, stop_after=10)

    # Leave the tab, come back in a new one, carry on where we left off.
    dashboard = page.url.split("/health-check/")[0].replace(visit.base_url, "") + "/"
    page.close()
    visit.page = page = visit.page.context.new_page()
    visit.goto(dashboard)
    page.get_by_role("link", name="Carry on with the health check").click()
    visit.check()
    assert f"You have answered {first_part} of" in page.locator("main").inner_text()
    page.get_by_role("button", name="Carry on").click()
    _answer_until(visit, stop_after=None)

    assert "/check/" in page.url
    visit.check()
    page.get_by_role("button", name="See my results").click()
    visit.check()
    results = page.locator("main").inner_text()
    assert "Not ready for Cyber Essentials yet" in results
    assert "You told us: Router does not get updates" in results

    page.get_by_role("link", name="See what to do first").first.click()
    visit.check()
    page.get_by_role("link", name=re.compile("Keep your router up to date")).click()
    visit.check()
    page.get_by_label("Stuck").check()
    page.get_by_role("button", name="Save").click()
    visit.check()
    page.get_by_label("It costs too much").check()
    page.get_by_role("button", name="Continue").click()
    visit.check()
    assert "Most actions here are free" in page.locator("main").inner_text()
    assert ActionProgress.objects.get(action_id="update-router").barrier == "cost"

    page.get_by_role("link", name="Back to your plan").click()
    page.get_by_role("link", name="Share your readiness with a customer or insurer").click()
    visit.check()
    page.get_by_label("Who is this link for?").fill("Our insurer")
    page.get_by_label("30 days").check()
    page.get_by_role("button", name="Make a link").click()
    visit.check()
    link = page.locator("#new-share-link").inner_text()
    page.get_by_role("button", name="Switch off Our insurer").click()
    visit.check()
    assert ShareLink.objects.get().revoked_at is not None
    visit.goto(urlsplit(link).path)  # the switched-off link now finds nothing
    assert "Page not found" in page.locator("main").inner_text()

    visit.goto(dashboard + "health-check/")
    page.get_by_role("link", name="See every result and why").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download as PDF").click()
    assert download.value.suggested_filename == "sme-shield-health-check-1.pdf"
    pdf = download.value.path()
    assert pdf is not None
    assert pdf.read_bytes()[:5] == b"%PDF-"
