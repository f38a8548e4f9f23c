"""The technology list alerts read is fed by every question that names products,
through the alerts app's own inventory service (no second store)."""

from __future__ import annotations

import pytest

from smeshield.alerts.models import InventoryItem
from tests.conftest import World
from tests.integration.healthcheck.answering import finish

pytestmark = pytest.mark.django_db


def test_given_online_services_ticked_then_they_are_on_the_technology_list(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    with django_capture_on_commit_callbacks(execute=True):  # alerts hears "check finished"
        finish(
            world.business_a,
            {"profile.online-services": ["microsoft-365", "sage"], "profile.products": ["macos"]},
        )
    identities = set(
        InventoryItem.objects.filter(business=world.business_a).values_list(
            "identity_id", flat=True
        )
    )
    assert identities == {"microsoft:microsoft-365", "sage:sage-accounting", "apple:macos"}
