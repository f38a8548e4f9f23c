"""Done when: a mentor is matched, the business consents, the mentor sees the plan, the
business withdraws consent, and the mentor no longer can — axe on every page."""

from __future__ import annotations

import pytest

from smeshield.accounts.services import user_create
from smeshield.domain.roles import Role
from smeshield.people.models import Mentorship
from tests.conftest import enrol_two_factor
from tests.e2e.conftest import Visit, sign_in_browser
from tests.factories import BusinessFactory, MembershipFactory, MentorProfileFactory
from tests.integration.healthcheck.answering import finish

pytestmark = pytest.mark.django_db(transaction=True)

GAPS = {"bk.tested": ["no"], "upd.router": ["no"], "pay.bank-changes": ["reply"]}


def test_a_mentor_sees_the_plan_only_while_the_business_shares_it(visit: Visit) -> None:
    owner = user_create(email="owner@bakery.example", role=Role.BUSINESS)
    business = BusinessFactory(name="Headingley Bakery")
    MembershipFactory(business=business, user=owner)
    finish(business, GAPS)
    mentor = user_create(email="sam@university.example", role=Role.MENTOR)
    enrol_two_factor(mentor)
    MentorProfileFactory(user=mentor, skills=["backups", "update-management", "payment-fraud"])
    page = visit.page

    # The owner asks for help with two actions; a vetted mentor is matched at once.
    sign_in_browser(visit, owner)
    visit.goto(f"/businesses/{business.pk}/")
    page.get_by_role("link", name="A free mentor for your business").click()
    visit.check()
    page.get_by_label("Check you can get files back from your backup").check()
    page.get_by_role("button", name="Ask for a mentor").click()
    visit.check()
    main = page.locator("main")
    assert "We matched you with" in main.inner_text()
    assert "knows about backing up your data" in main.inner_text()
    mentorship = Mentorship.objects.get(business=business)

    # Before consent the mentor sees neither the name nor the plan.
    page.context.clear_cookies()
    sign_in_browser(visit, mentor)
    visit.goto("/mentor/")
    page.get_by_role("link", name="A business in West Yorkshire").click()
    visit.check()
    assert "Headingley Bakery" not in main.inner_text()
    assert "Check you can get files back from your backup" not in main.inner_text()

    # The owner agrees to share.
    page.context.clear_cookies()
    sign_in_browser(visit, owner)
    visit.goto(f"/businesses/{business.pk}/mentoring/")
    page.get_by_role("button", name="Share my plan with my mentor").click()
    visit.check()
    assert "Your mentor can see your action plan." in main.inner_text()

    # Now the mentor sees the business and its plan, with the step it asked about.
    page.context.clear_cookies()
    sign_in_browser(visit, mentor)
    visit.goto(f"/mentor/mentorships/{mentorship.pk}/")
    assert page.get_by_role("heading", level=1).inner_text() == "Headingley Bakery"
    assert "Check you can get files back from your backup" in main.inner_text()
    assert "They asked for help with this" in main.inner_text()

    # The owner stops sharing.
    page.context.clear_cookies()
    sign_in_browser(visit, owner)
    visit.goto(f"/businesses/{business.pk}/mentoring/")
    page.get_by_role("button", name="Stop sharing my plan").click()
    visit.check()
    assert "Your mentor can no longer see your plan." in main.inner_text()

    # The mentor no longer can.
    page.context.clear_cookies()
    sign_in_browser(visit, mentor)
    visit.goto(f"/mentor/mentorships/{mentorship.pk}/")
    assert "Headingley Bakery" not in main.inner_text()
    assert "Check you can get files back from your backup" not in main.inner_text()
    assert "not sharing its plan with you" in main.inner_text()
