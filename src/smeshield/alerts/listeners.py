"""What alerts does when other apps tell it something happened (see kernel.events)."""

from __future__ import annotations

from django.db import transaction

from smeshield.alerts import selectors, services, tasks
from smeshield.healthcheck.models import Assessment
from smeshield.kernel import events, hooks


def on_health_check_finished(*, business_id: str, assessment_id: str) -> None:
    """The business may now use other products: refresh its inventory from the finished
    check, then send the alerts that matter to it."""
    with transaction.atomic():
        assessment = Assessment.objects.select_related("business").get(pk=assessment_id)
        services.inventory_refresh(assessment=assessment)
    tasks.rematch.enqueue(business_id)  # new alerts, and closes those about dropped products


def register() -> None:
    events.listen(events.HEALTH_CHECK_FINISHED, on_health_check_finished)
    hooks.contribute(hooks.PLAN_URGENCY, selectors.urgent_requirements)
    hooks.contribute(hooks.BUSINESS_HOME, selectors.home_figures)
