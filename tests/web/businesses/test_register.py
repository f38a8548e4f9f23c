"""Registering a business: clear errors for bad input, nothing saved half-way."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from smeshield.audit.models import AuditAction, AuditEntry
from smeshield.businesses.models import Business, ConsentRecord, Membership
from smeshield.domain.roles import ConsentScope
from tests.conftest import sign_in
from tests.factories import PostcodeDistrictFactory, UserFactory

pytestmark = pytest.mark.django_db

GOOD = {
    "name": "Headingley Bakery",
    "postcode": "ls6 2ue",
    "sector": "I",
    "size": "micro",
    "share_statistics": "on",
}


@pytest.fixture
def newcomer() -> Client:
    PostcodeDistrictFactory(code="LS6")
    return sign_in(Client(), UserFactory())


def test_given_good_answers_when_registering_then_the_owner_lands_on_the_dashboard(
    newcomer: Client,
) -> None:
    response = newcomer.post("/businesses/new/", GOOD)

    business = Business.objects.get()
    assert response.status_code == 302
    assert response.url == f"/businesses/{business.pk}/"
    assert business.postcode == "LS6 2UE"
    assert business.district.police_force_name == "West Yorkshire"
    assert Membership.objects.get().role == "owner"
    assert ConsentRecord.objects.get().scope == ConsentScope.ANONYMISED_STATISTICS
    assert AuditEntry.objects.filter(action=AuditAction.BUSINESS_CREATED).count() == 1
    page = newcomer.get(response.url)
    assert b"Headingley Bakery" in page.content


def test_given_they_untick_sharing_then_no_consent_is_recorded(newcomer: Client) -> None:
    newcomer.post("/businesses/new/", {**GOOD, "share_statistics": ""})
    assert Business.objects.count() == 1
    assert ConsentRecord.objects.count() == 0


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"postcode": "not a postcode"}, "postcode", "Enter a real postcode, like LS1 4AP"),
        ({"postcode": "ZZ9 9ZZ"}, "postcode", "We do not know the postcode area ZZ9"),
        ({"postcode": ""}, "postcode", "Enter your business postcode"),
        ({"sector": "Z"}, "sector", "Select what your business does from the list"),
        ({"sector": ""}, "sector", "Select what your business does"),
        ({"name": ""}, "name", "Enter your business name"),
        ({"name": "x" * 121}, "name", "Business name must be 120 characters or fewer"),
        ({"name": "Bad\x00name"}, "name", "Remove unusual characters"),
        ({"size": "large"}, "size", "SME Shield is for businesses with fewer than 250 people"),
        ({"size": "enormous"}, "size", "Select how many people work in the business from the list"),
    ],
)
def test_given_bad_input_then_the_error_summary_names_the_field_and_nothing_is_saved(
    newcomer: Client, change: dict[str, str], field: str, message: str
) -> None:
    response = newcomer.post("/businesses/new/", {**GOOD, **change})

    assert response.status_code == 400
    content = response.content.decode()
    assert "govuk-error-summary" in content
    assert f'href="#id_{field}' in content
    assert message in content
    assert content.count(message) >= 2  # in the summary and beside the field
    assert "<title>Error:" in content
    assert (
        Business.objects.count() == Membership.objects.count() == ConsentRecord.objects.count() == 0
    )


def test_given_hostile_text_when_shown_back_then_it_is_inert(newcomer: Client) -> None:
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    response = newcomer.post("/businesses/new/", {**GOOD, "name": hostile})
    business = Business.objects.get()
    page = newcomer.get(response.url).content.decode()

    assert business.name == hostile  # kept exactly as typed
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in page
    assert "<img src=x" not in page


def test_staff_cannot_register_a_business(client_as: Callable[[str], Client]) -> None:
    assert client_as("police").get("/businesses/new/").status_code == 403
