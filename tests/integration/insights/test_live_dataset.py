"""Live figures count only businesses that agreed to anonymised statistics and finished a
health check; withdrawing takes a business out of the next figures."""

from __future__ import annotations

import pytest

from smeshield.businesses.models import ConsentRecord
from smeshield.businesses.services import consent_withdraw
from smeshield.domain.roles import ConsentScope
from smeshield.insights.datasets import live
from tests.conftest import World
from tests.factories import ConsentFactory, IncidentFactory
from tests.integration.alerts.helpers import uses

pytestmark = pytest.mark.django_db


def test_only_consenting_businesses_with_a_finished_check_are_counted(world: World) -> None:
    ConsentFactory(
        business=world.business_a,
        scope=ConsentScope.ANONYMISED_STATISTICS,
        granted_by=world.people["member_a"],
    )
    uses(world.business_a, ticked=["windows"])
    uses(world.business_b, ticked=["windows"])  # finished, but never agreed
    IncidentFactory(business=world.business_a, types=["payment-fraud"])

    frame = live().frame

    assert frame.height == 1
    row = frame.row(0, named=True)
    assert row["had_incident"] is True
    assert row["inc_payment_fraud"] is True
    assert row["loss_gbp"] == 1250.0
    assert row["synthetic"] is False
    assert row["police_force_area"] == world.business_a.district.police_force_name


def test_withdrawing_consent_takes_the_business_out(world: World) -> None:
    consent = ConsentFactory(
        business=world.business_a,
        scope=ConsentScope.ANONYMISED_STATISTICS,
        granted_by=world.people["member_a"],
    )
    uses(world.business_a, ticked=["windows"])
    assert live().frame.height == 1

    consent_withdraw(
        consent=ConsentRecord.objects.get(pk=consent.pk), actor=world.people["member_a"]
    )

    assert live().frame.height == 0
