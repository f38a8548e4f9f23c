"""Journeys in a real browser, as a new user would take them."""

from __future__ import annotations

import re

import pytest
from django.core import mail

from smeshield.accounts.services import user_create
from smeshield.domain.roles import Role
from tests.conftest import current_code
from tests.e2e.conftest import Visit
from tests.factories import (
    BusinessFactory,
    ConsentFactory,
    MembershipFactory,
    PartnerMembershipFactory,
    PostcodeDistrictFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)


def _latest_code() -> str:
    match = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", mail.outbox[-1].body, re.MULTILINE)
    assert match, mail.outbox[-1].body
    return match.group(1)


def _sign_in_with_emailed_code(visit: Visit, email: str) -> None:
    page = visit.page
    visit.goto("/")
    page.get_by_role("link", name="Sign in").click()
    visit.check()
    page.get_by_label("Email address").fill(email)
    page.get_by_role("button", name="Send me a code").click()
    page.wait_for_url("**/account/sign-in/code/")
    visit.check()
    page.get_by_label("Code").fill(_latest_code())
    page.get_by_role("button", name="Continue").click()


def test_a_business_owner_signs_in_with_the_emailed_code_and_sees_their_dashboard(
    visit: Visit,
) -> None:
    owner = user_create(
        email="baker@example.com", role=Role.BUSINESS
    )  # as an admin or the demo would
    business = BusinessFactory(name="Headingley Bakery")
    MembershipFactory(business=business, user=owner)

    _sign_in_with_emailed_code(visit, "baker@example.com")

    visit.page.wait_for_url(f"**/businesses/{business.pk}/")
    visit.check()
    assert visit.page.get_by_role("heading", level=1).inner_text() == "Headingley Bakery"
    visit.page.get_by_role("link", name="Change who you share with").click()
    visit.check()


def test_a_newcomer_signs_up_fixes_a_mistake_and_registers_their_business(visit: Visit) -> None:
    PostcodeDistrictFactory(code="LS6")
    page = visit.page
    visit.goto("/")
    page.get_by_role("button", name="Start now").click()
    visit.check()
    page.get_by_label("Email address").fill("new.owner@example.com")
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**/account/verify-email/")
    visit.check()
    page.get_by_label("Code").fill(_latest_code())
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**/businesses/new/")
    visit.check()

    page.get_by_label("Business name").fill("Headingley Bakery")
    page.get_by_label("Postcode").fill("not a postcode")
    page.get_by_role("button", name="Save and continue").click()
    visit.check()  # the page with the error summary
    assert page.locator(".govuk-error-summary").is_visible()
    assert "Enter a real postcode" in page.locator(".govuk-error-summary").inner_text()

    page.get_by_label("Postcode").fill("LS6 2UE")
    page.get_by_label("Hotels, cafes, pubs and restaurants").check()
    page.get_by_label("2 to 9 people").check()
    page.get_by_role("button", name="Save and continue").click()
    page.wait_for_url("**/businesses/*/")
    visit.check()
    assert page.get_by_role("heading", level=1).inner_text() == "Headingley Bakery"
    assert "West Yorkshire" in page.locator("main").inner_text()


def test_a_police_officer_must_set_up_two_step_sign_in_before_anything_else(
    visit: Visit,
) -> None:
    officer = PartnerMembershipFactory(
        user=user_create(email="pc@example.com", role=Role.POLICE)
    ).user
    shared = BusinessFactory(name="Shared Builders")
    ConsentFactory(
        business=shared,
        scope="named_partner",
        partner=officer.partner_memberships.get().organisation,
    )
    page = visit.page
    page.set_default_timeout(120_000)  # a busy 2-core machine: the first page can be slow

    _sign_in_with_emailed_code(visit, "pc@example.com")
    page.wait_for_url("**/account/two-factor/**")
    visit.check()
    visit.goto("/staff/")  # trying to skip ahead lands back on set-up
    assert "/account/two-factor/" in page.url

    page.get_by_role("link", name="Set up an authenticator app").click()
    visit.check()
    page.get_by_text("I cannot scan the QR code").click()
    secret = page.locator("#totp-secret").inner_text().strip()
    page.get_by_label("Code").fill(current_code(secret))
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**/account/two-factor/recovery-codes/")
    visit.check()  # recovery codes, shown once
    assert page.locator("#recovery-codes li").count() == 10

    page.get_by_role("link", name="I have saved my codes").click()
    visit.goto("/staff/")
    page.get_by_role("link", name="Shared Builders").click()
    visit.check()
    assert "We have recorded that you looked" in page.locator("main").inner_text()


@pytest.mark.parametrize("width", [375, 1280])
def test_public_pages_are_accessible_on_phones_and_desktops(visit: Visit, width: int) -> None:
    visit.page.set_viewport_size({"width": width, "height": 800})
    for path in ("/", "/accessibility/", "/privacy/", "/cookies/", "/account/sign-up/", "/nope/"):
        visit.goto(path)
