"""The plan hears what alerts and incidents make urgent through the hooks they register
(the plan's app imports neither of them)."""

from __future__ import annotations

import pytest

from smeshield.alerts.services import advisory_fan_out
from smeshield.healthcheck.selectors import assessment_state
from tests.conftest import World
from tests.factories import AdvisoryFactory, IncidentFactory
from tests.integration.alerts.helpers import uses

pytestmark = pytest.mark.django_db

UPDATE_WITHIN_14_DAYS = "ce.upd.fourteen-days"  # what the Fortinet advisory asks for


def test_given_an_open_alert_then_the_plan_marks_its_requirement_urgent(world: World) -> None:
    attempt = uses(world.business_a, ticked=["fortinet"])
    assert UPDATE_WITHIN_14_DAYS not in assessment_state(attempt).urgent_requirements

    advisory_fan_out(advisory=AdvisoryFactory())

    assert UPDATE_WITHIN_14_DAYS in assessment_state(attempt).urgent_requirements


def test_given_an_alert_and_an_incident_then_the_plan_hears_both(world: World) -> None:
    attempt = uses(world.business_a, ticked=["fortinet"])
    advisory_fan_out(advisory=AdvisoryFactory())
    IncidentFactory(business=world.business_a, types=["payment-fraud"])

    urgent = assessment_state(attempt).urgent_requirements

    assert UPDATE_WITHIN_14_DAYS in urgent  # from the alert
    assert "fraud.bank-changes" in urgent  # from the payment-fraud playbook
