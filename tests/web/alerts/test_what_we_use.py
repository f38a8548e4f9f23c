"""The "What we use" page: what owners type is recognised, matching runs again at once,
removed products close their alerts, unsure names are asked about and remembered, and
bad input names the line while nothing already saved is lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from smeshield.alerts.models import Delivery, InventoryItem, ProductAnswer
from smeshield.kernel.encryption import lookup_hash
from tests.conftest import World
from tests.factories import AdvisoryFactory

pytestmark = pytest.mark.django_db

Capture = Callable[..., Any]


def _page(world: World) -> str:
    return f"/businesses/{world.business_a.pk}/what-we-use/"


def _windows_and_fortios_alerts() -> None:
    AdvisoryFactory(
        title="Update Windows now",
        targeting={"identities": ["microsoft:windows"]},
        product_names={"microsoft:windows": "Microsoft Windows"},
    )
    AdvisoryFactory()  # Fortinet FortiOS


def test_given_typed_products_when_added_then_their_alerts_arrive_with_the_owners_words(
    world: World, client_as: Callable[[str], Client], django_capture_on_commit_callbacks: Capture
) -> None:
    _windows_and_fortios_alerts()
    client = client_as("member_a")

    with django_capture_on_commit_callbacks(execute=True):  # the re-match task, once saved
        added = client.post(
            _page(world), {"name": "", "names": "Windows 11 laptops\nFortiGate 60F firewall"}
        )
    inbox = client.get(f"/businesses/{world.business_a.pk}/alerts/").content.decode()
    page = client.get(_page(world)).content.decode()

    assert added.status_code == 302
    assert "You told us you use Windows 11 laptops (Microsoft Windows)." in inbox
    assert "You told us you use FortiGate 60F firewall (Fortinet FortiOS)." in inbox
    assert "We know it as <strong>Fortinet FortiOS</strong>" in page
    assert "Why this matters:" in page
    assert '<datalist id="product-names">' in page


def test_given_a_product_with_an_alert_when_removed_then_the_alert_closes(
    world: World, client_as: Callable[[str], Client], django_capture_on_commit_callbacks: Capture
) -> None:
    AdvisoryFactory()
    client = client_as("member_a")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(_page(world), {"name": "FortiGate 60F firewall"})
    item = InventoryItem.objects.get(business=world.business_a)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{_page(world)}{item.pk}/remove/")
    inbox = client.get(f"/businesses/{world.business_a.pk}/alerts/").content.decode()

    delivery = Delivery.objects.get(business=world.business_a)
    assert delivery.closed_at is not None
    assert "You no longer use this" in inbox
    assert not InventoryItem.objects.filter(business=world.business_a).exists()


def test_given_a_renamed_product_when_saved_then_it_is_read_again(
    world: World, client_as: Callable[[str], Client]
) -> None:
    client = client_as("member_a")
    client.post(_page(world), {"name": "Xero"})
    item = InventoryItem.objects.get(business=world.business_a)

    client.post(f"{_page(world)}{item.pk}/", {"name": "Staff iPhones"})

    renamed = InventoryItem.objects.get(business=world.business_a)
    assert (renamed.name_as_written, renamed.identity_id) == ("Staff iPhones", "apple:ios")


def test_given_an_unsure_name_when_the_owner_answers_then_it_is_matched_and_remembered(
    world: World, client_as: Callable[[str], Client]
) -> None:
    client = client_as("member_a")
    client.post(_page(world), {"name": "Fortinet"})
    item = InventoryItem.objects.get(business=world.business_a)
    assert item.identity_id == ""
    asked = client.get(_page(world)).content.decode()

    client.post(f"{_page(world)}{item.pk}/", {"meaning": "fortinet:fortios"})

    assert "Did you mean" in asked
    answered = InventoryItem.objects.get(
        business=world.business_a, name_hash=lookup_hash("Fortinet")
    )
    assert answered.identity_id == "fortinet:fortios"
    assert ProductAnswer.objects.get(business=world.business_a).identity_id == "fortinet:fortios"
    client.post(f"{_page(world)}{answered.pk}/remove/")
    client.post(_page(world), {"name": "fortinet"})  # the same name again, later
    again = InventoryItem.objects.get(business=world.business_a, name_hash=lookup_hash("fortinet"))
    assert again.identity_id == "fortinet:fortios"


@pytest.mark.parametrize(
    ("posted", "message"),
    [
        ({"name": "", "names": ""}, "Enter the name of a product or service you use"),
        ({"name": "x" * 121}, "The product name is longer than 120 characters"),
        ({"names": "Xero\nSage\x07 50"}, "Line 2 has a character we cannot use"),
        ({"names": "\n".join(f"Product {n}" for n in range(200))}, "You added 200 lines"),
        ({"names": "Xero\n" + "y" * 130}, "Line 2 is longer than 120 characters"),
    ],
)
def test_given_bad_input_when_added_then_the_message_names_it_and_nothing_saved_is_lost(
    world: World, client_as: Callable[[str], Client], posted: dict[str, str], message: str
) -> None:
    client = client_as("member_a")
    client.post(_page(world), {"name": "Zoom"})

    response = client.post(_page(world), {"name": "", "names": "", **posted})

    assert response.status_code == 400
    body = response.content.decode()
    assert "govuk-error-summary" in body
    assert message in body
    assert list(
        InventoryItem.objects.filter(business=world.business_a).values_list(
            "name_as_written", flat=True
        )
    ) == ["Zoom"]


def test_another_business_cannot_change_or_remove_the_product(
    world: World, client_as: Callable[[str], Client]
) -> None:
    client_as("member_a").post(_page(world), {"name": "Zoom"})
    item = InventoryItem.objects.get(business=world.business_a)
    other = client_as("member_b")

    response = other.post(f"/businesses/{world.business_b.pk}/what-we-use/{item.pk}/remove/")

    assert response.status_code == 404
    assert InventoryItem.objects.filter(pk=item.pk).exists()
