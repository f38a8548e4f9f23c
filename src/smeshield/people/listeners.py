"""What people does when other apps tell it something happened (see kernel.events)."""

from __future__ import annotations

from smeshield.accounts.models import User
from smeshield.businesses.models import Business
from smeshield.kernel import events, hooks
from smeshield.people import selectors, services, tasks


def on_alert_need_help(
    *,
    business_id: str,
    user_id: str,
    delivery_id: str,
    advisory_key: str,
    advisory_title: str,
    requirements: list[str],
) -> None:
    """An owner needs help with an alert: a help request carries it (a new one is matched
    with a mentor in the background)."""
    outcome = services.help_request_for_alert(
        business=Business.objects.select_related("district").get(pk=business_id),
        actor=User.objects.get(pk=user_id),
        advisory_key=advisory_key,
        advisory_title=advisory_title,
        delivery_id=delivery_id,
        requirements=requirements,
    )
    if outcome.created:
        tasks.match.enqueue()


def register() -> None:
    events.listen(events.ALERT_NEED_HELP, on_alert_need_help)
    hooks.contribute(hooks.ALERT_HELP, selectors.alert_help)
