"""Done when: a police demo user opens their force's dashboard and map, narrows it to one
kind of business, and downloads a CSV whose every figure passes the rules — axe on each page."""

from __future__ import annotations

import csv
import io

import pytest

from smeshield.accounts.services import user_create
from smeshield.domain.roles import Role
from tests.conftest import enrol_two_factor
from tests.e2e.conftest import Visit, sign_in_browser
from tests.factories import PartnerMembershipFactory, PartnerOrganisationFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_police_officer_reads_their_area_and_downloads_a_table(visit: Visit) -> None:
    force = PartnerOrganisationFactory(name="Cleveland Police", police_force_code="E23000013")
    officer = PartnerMembershipFactory(
        organisation=force, user=user_create(email="pc@cleveland.example", role=Role.POLICE)
    ).user
    enrol_two_factor(officer)
    sign_in_browser(visit, officer)
    page = visit.page

    visit.goto("/staff/")
    page.get_by_role("link", name="Who is vulnerable, and why: figures by area").click()
    visit.check()
    assert page.locator(".app-map__area").count() == 43
    assert "Synthetic data" in page.locator("main").inner_text()

    page.get_by_label("Police force area", exact=True).select_option("Cleveland")
    page.get_by_label("Kind of business", exact=True).select_option("F")
    page.get_by_role("button", name="Show figures").click()
    visit.check()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Cleveland")

    with page.expect_download() as download:
        page.locator("a[href*='/insights/download/size.csv']").click()
    rows = list(csv.DictReader(io.StringIO(download.value.path().read_text(encoding="utf-8"))))
    assert rows
    for row in rows:
        if row["suppressed"] == "false":
            assert int(row["n"]) >= 10
            assert int(row["n"]) % 5 == 0
        else:
            assert row["rule"]
