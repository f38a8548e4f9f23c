"""'I need help' on an alert opens a help request carrying the alert (people's listener of
``events.ALERT_NEED_HELP``), or adds the alert to the one already open: never a second."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from smeshield.audit.models import AuditAction, AuditEntry
from smeshield.people.models import HelpRequest, SupportOrganisation
from tests.conftest import World, sign_in
from tests.factories import (
    AdvisoryFactory,
    DeliveryFactory,
    HelpRequestFactory,
    MentorProfileFactory,
    MentorshipFactory,
)

pytestmark = pytest.mark.django_db

NEED_HELP = {"feedback": "need_help"}


def _centre_for(world: World) -> SupportOrganisation:
    district = world.business_a.district
    return SupportOrganisation.objects.create(
        name="Test Cyber Resilience Centre",
        kind="crc",
        services="Free help for small businesses.",
        cost="free",
        regions=[district.region_name],
        police_force_areas=[district.police_force_name],
        website="https://crc.example.org/",
        verified_by="test",
        verified_on="2026-01-01",
        review_by="2027-01-01",
    )


def test_i_need_help_opens_a_help_request_carrying_the_alert_and_says_who_helps(
    world: World,
    client_as: Callable[[str], Client],
    django_capture_on_commit_callbacks: Callable[..., Any],
) -> None:
    # Given an alert for business A, and its region's Cyber Resilience Centre in the directory
    delivery = DeliveryFactory(business=world.business_a)
    _centre_for(world)
    client = client_as("member_a")
    url = f"/businesses/{world.business_a.pk}/alerts/{delivery.pk}/"

    # When the owner answers "I need help"
    with django_capture_on_commit_callbacks(execute=True):
        answered = client.post(url, NEED_HELP)
    page = client.get(answered["Location"]).content.decode()

    # Then one help request exists for the business, carrying the alert
    request = HelpRequest.objects.get(business=world.business_a)
    assert request.status == "open"
    assert request.alerts == [
        {
            "key": delivery.advisory.key,
            "title": "Update Fortinet FortiOS: criminals are using a weak spot in it",
            "delivery_id": str(delivery.pk),
        }
    ]
    assert request.needs  # a mentor can be matched on it
    assert AuditEntry.objects.filter(
        action=AuditAction.HELP_REQUESTED, target=f"help_request:{request.pk}"
    ).exists()
    # And the page says who will help and links to the request
    assert answered["Location"] == url + "help/"
    assert "We have asked for a free mentor to help you with this alert." in page
    assert "Until then, Test Cyber Resilience Centre gives free help" in page
    assert f'href="/businesses/{world.business_a.pk}/mentoring/"' in page
    # And the business's mentoring page shows the alert on its request
    mentoring = client.get(f"/businesses/{world.business_a.pk}/mentoring/").content.decode()
    assert "Update Fortinet FortiOS: criminals are using a weak spot in it" in mentoring


def test_asking_again_or_about_another_alert_adds_to_the_open_request(
    world: World,
    client_as: Callable[[str], Client],
    django_capture_on_commit_callbacks: Callable[..., Any],
) -> None:
    # Given the owner already asked for help with one alert
    first = DeliveryFactory(business=world.business_a)
    second = DeliveryFactory(
        business=world.business_a, advisory=AdvisoryFactory(title="Parcel text scam")
    )
    client = client_as("member_a")
    base = f"/businesses/{world.business_a.pk}/alerts/"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{base}{first.pk}/", NEED_HELP)

    # When they click "I need help" on it again, and on a second alert
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{base}{first.pk}/", NEED_HELP)
        answered = client.post(f"{base}{second.pk}/", NEED_HELP)
    page = client.get(answered["Location"]).content.decode()

    # Then there is still one open request, carrying both alerts once each
    request = HelpRequest.objects.get(business=world.business_a)
    assert [alert["title"] for alert in request.alerts] == [
        "Update Fortinet FortiOS: criminals are using a weak spot in it",
        "Parcel text scam",
    ]
    # And they are told it was added to the request they had
    assert "You already had a request for help open, so we added this alert to it." in page


def test_with_a_mentor_the_alert_goes_to_them_and_they_see_it(
    world: World,
    client_as: Callable[[str], Client],
    django_capture_on_commit_callbacks: Callable[..., Any],
) -> None:
    # Given business A has a mentor, and shares its plan with them
    profile = MentorProfileFactory(user=world.people["mentor"])
    mentorship = MentorshipFactory(
        request=HelpRequestFactory(business=world.business_a, status="matched"),
        business=world.business_a,
        mentor=profile,
        status="active",
    )
    owner = client_as("member_a")
    owner.post(f"/businesses/{world.business_a.pk}/mentoring/{mentorship.pk}/share/")
    delivery = DeliveryFactory(business=world.business_a)

    # When the owner needs help with an alert
    with django_capture_on_commit_callbacks(execute=True):
        answered = owner.post(f"/businesses/{world.business_a.pk}/alerts/{delivery.pk}/", NEED_HELP)
    page = owner.get(answered["Location"]).content.decode()

    # Then no new request is opened: the mentor's request carries the alert
    assert HelpRequest.objects.filter(business=world.business_a).count() == 1
    mentorship.request.refresh_from_db()
    assert [a["key"] for a in mentorship.request.alerts] == [delivery.advisory.key]
    assert f"Your mentor, {world.people['mentor']}, will help you with this alert." in page
    # And the mentor's view of the mentorship shows the alert it came from
    mentor_page = sign_in(Client(), world.people["mentor"]).get(
        f"/mentor/mentorships/{mentorship.pk}/"
    )
    assert "Update Fortinet FortiOS: criminals are using a weak spot in it" in (
        mentor_page.content.decode()
    )
