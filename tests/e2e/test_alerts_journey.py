"""Done when: a business that lists an affected product sees the alert with its reason in
the inbox and answers it; a police officer writes a targeted alert — axe on every page."""

from __future__ import annotations

import pytest
from django.core import mail

from smeshield.accounts.services import user_create
from smeshield.alerts.models import Delivery
from smeshield.alerts.services import advisory_fan_out
from smeshield.domain.roles import Role
from tests.conftest import enrol_two_factor
from tests.e2e.conftest import Visit, sign_in_browser
from tests.factories import (
    AdvisoryFactory,
    BusinessFactory,
    MembershipFactory,
    PartnerMembershipFactory,
    PartnerOrganisationFactory,
)
from tests.integration.alerts.helpers import uses

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_owner_sees_why_an_alert_reached_them_and_says_it_is_done(visit: Visit) -> None:
    owner = user_create(email="owner@print.example", role=Role.BUSINESS)
    business = BusinessFactory(name="Kirkgate Print")
    MembershipFactory(business=business, user=owner)
    uses(business, ticked=["windows"], typed=["FortiGate"])
    advisory_fan_out(advisory=AdvisoryFactory(severity="critical", known_ransomware=True))
    sign_in_browser(visit, owner)
    page = visit.page

    visit.goto(f"/businesses/{business.pk}/")
    page.get_by_role("link", name="See your alerts").click()
    visit.check()
    assert "You told us you use FortiGate (Fortinet FortiOS)." in page.locator("main").inner_text()
    page.get_by_role("link", name="Update Fortinet FortiOS").click()
    visit.check()
    page.get_by_label("Done").check()
    page.get_by_role("button", name="Save").click()
    visit.check()

    assert Delivery.objects.get().feedback == "done"
    assert "You told us you use FortiGate" in mail.outbox[0].body


def test_a_police_officer_writes_an_alert_fixes_a_mistake_and_sends_it(visit: Visit) -> None:
    force = PartnerOrganisationFactory(name="West Yorkshire Police")
    officer = PartnerMembershipFactory(
        organisation=force, user=user_create(email="pc@police.example", role=Role.POLICE)
    ).user
    enrol_two_factor(officer)
    builder = BusinessFactory(name="Calder Builders", sector="F")
    MembershipFactory(business=builder)
    sign_in_browser(visit, officer)
    page = visit.page

    visit.goto("/staff/alerts/")
    page.get_by_role("link", name="Write an alert").click()
    visit.check()
    page.get_by_label("Title").fill("Fake invoice emails aimed at builders")
    page.get_by_label("What is happening?").fill(
        "Criminals send fake invoices to builders. They ask you to pay a new account."
    )
    page.get_by_label("What should they do? One step on each line").fill(
        "Check new bank details by phone.\nCall your bank at once if you paid."
    )
    page.get_by_label("What kind of threat is it?").select_option("payment-fraud")
    page.get_by_label("Important: include it in the weekly email").check()
    page.get_by_label("Construction and building trades").check()
    page.get_by_label("Only businesses that use these products (optional)").fill("Sage Fifty")
    page.get_by_role("button", name="Check and send").click()
    visit.check()
    assert "We do not know the product" in page.locator(".govuk-error-summary").inner_text()

    page.get_by_label("Only businesses that use these products (optional)").fill("")
    page.get_by_role("button", name="Check and send").click()
    visit.check()
    assert "It will reach fewer than 10 businesses." in page.locator("main").inner_text()
    page.get_by_role("button", name="Send the alert").click()
    visit.check()

    assert "Fake invoice emails aimed at builders" in page.locator("main").inner_text()
    assert Delivery.objects.get(business=builder).advisory.steps == [
        "Check new bank details by phone.",
        "Call your bank at once if you paid.",
    ]
    assert Delivery.objects.filter(business=builder).count() == 1
