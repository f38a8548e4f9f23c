"""Done when: an anonymous visitor reaches the ransomware steps in 3 clicks or fewer, with
and without JavaScript, axe finding nothing serious; the questions lead to the right steps;
an owner records an incident, fixes a mistake, and sends it to the police."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from playwright.sync_api import Browser

from smeshield.accounts.services import user_create
from smeshield.domain.roles import Role
from smeshield.incidents.models import Incident, IncidentShare
from tests.e2e.conftest import Visit, sign_in_browser
from tests.factories import BusinessFactory, MembershipFactory, PartnerOrganisationFactory

pytestmark = pytest.mark.django_db(transaction=True)

RANSOMWARE = "Files are locked, or someone is demanding money"


def test_an_anonymous_visitor_reaches_the_ransomware_steps_in_two_clicks(visit: Visit) -> None:
    page = visit.page
    visit.goto("/")
    clicks = 0

    page.get_by_role("link", name="Something's wrong? Get help now").click()
    clicks += 1
    visit.check()
    page.get_by_role("link", name=RANSOMWARE).click()
    clicks += 1
    visit.check()

    assert clicks <= 3
    assert page.get_by_role("heading", level=1).inner_text() == RANSOMWARE
    steps = page.locator("ol.app-steps li").all_inner_texts()
    assert steps[0].startswith("Unplug the network cable")
    assert "0300 123 2040" in page.locator("main").inner_text()


def test_the_steps_work_with_javascript_turned_off(browser: Browser, live_server: object) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(str(live_server.url) + "/")  # type: ignore[attr-defined]

    page.get_by_role("link", name="Something's wrong? Get help now").click()
    page.get_by_role("link", name="Answer 5 quick questions").click()
    page.get_by_label(RANSOMWARE).check()
    page.locator("input[name=happening_now][value=yes]").check()
    page.locator("input[name=money_lost][value=no]").check()
    page.locator("input[name=personal_data][value=yes]").check()
    page.get_by_role("button", name="Show me what to do").click()

    main = page.locator("main").inner_text()
    context.close()
    assert "Act now" in main
    assert "Unplug the network cable" in main
    assert "72 hours" in main  # personal data: the ICO's deadline


def test_the_questions_explain_what_is_missing_then_show_the_steps(visit: Visit) -> None:
    page = visit.page
    visit.goto("/help/questions/")
    page.get_by_role("button", name="Show me what to do").click()
    visit.check()
    assert "There is a problem" in page.locator(".govuk-error-summary").inner_text()

    page.get_by_label("Money went to the wrong account, or bank details were changed").check()
    for name, value in (("happening_now", "no"), ("money_lost", "yes"), ("personal_data", "no")):
        page.locator(f"input[name={name}][value={value}]").check()
    page.get_by_role("button", name="Show me what to do").click()
    visit.check()

    first = page.locator("ol.app-steps li").first.inner_text()
    assert first.startswith("Call your bank now on 159")


def test_an_owner_records_an_incident_fixes_a_mistake_and_sends_it_to_the_police(
    visit: Visit,
) -> None:
    owner = user_create(email="owner@garage.example", role=Role.BUSINESS)
    sign_in_browser(visit, owner)
    business = BusinessFactory(name="Kirkstall Garage")
    MembershipFactory(business=business, user=owner)
    force = PartnerOrganisationFactory(name="West Yorkshire Police")
    page = visit.page
    when = date.today() - timedelta(days=2)  # noqa: DTZ011

    visit.goto(f"/businesses/{business.pk}/")
    page.get_by_role("link", name="Record an incident or near miss").first.click()
    visit.check()
    page.get_by_label("Yes, something went wrong").check()
    page.get_by_label("Money went to the wrong account, or bank details were changed").check()
    page.get_by_label("Tell us what happened, in your own words").fill(
        "An email that looked like our parts supplier asked us to pay a new account."
    )
    page.get_by_label("Day").first.fill(str(when.day))
    page.get_by_label("Month").first.fill(str(when.month))
    page.get_by_label("Year").first.fill(str(when.year))
    page.get_by_label("A customer or supplier told us").check()
    page.get_by_label("How much money did you lose, in pounds? (optional)").fill("-40")
    page.get_by_role("button", name="Save the record").click()
    visit.check()
    assert "Money lost must be 0 or more" in page.locator(".govuk-error-summary").inner_text()
    assert Incident.objects.count() == 0

    page.get_by_label("How much money did you lose, in pounds? (optional)").fill("1840")
    page.get_by_role("button", name="Save the record").click()
    visit.check()
    assert "Money lost: £1,840.00" in page.locator("#report-summary").input_value()

    page.get_by_role("link", name="Send it to a police force").click()
    visit.check()
    page.get_by_label("West Yorkshire Police").check()
    page.get_by_label("I agree to send this record to the police force I chose").check()
    page.get_by_role("button", name="Send the record").click()
    visit.check()
    assert "Sent to West Yorkshire Police" in page.locator("main").inner_text()
    assert IncidentShare.objects.get().partner == force
