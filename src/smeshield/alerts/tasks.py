"""Background work for alerts: fan-out in batches, then emails. Each task loads by id and
calls a service, so running one twice (a retry, two workers) changes nothing more."""

from __future__ import annotations

from uuid import UUID

from django_tasks import task

from smeshield.alerts import services
from smeshield.alerts.models import Advisory


@task()
def fan_out(advisory_id: str) -> int:
    """Find the advisory's businesses and queue one delivery task per batch."""
    advisory = Advisory.objects.get(pk=advisory_id)
    return services.advisory_fan_out(
        advisory=advisory,
        batch=lambda a, ids: deliver.enqueue(str(a.pk), [str(i) for i in ids]),
    )


@task()
def deliver(advisory_id: str, business_ids: list[str]) -> int:
    advisory = Advisory.objects.get(pk=advisory_id)
    created = services.deliver_batch(
        advisory=advisory, business_ids=[UUID(business_id) for business_id in business_ids]
    )
    return len(created)


@task()
def send_digest() -> int:
    return services.digest_send()


@task()
def catch_up(business_id: str) -> int:
    from smeshield.businesses.models import Business

    return services.business_catch_up(business=Business.objects.get(pk=business_id))


@task()
def rematch(business_id: str) -> list[int]:
    """Match one business again after its "What we use" list changed."""
    from smeshield.businesses.models import Business

    delivered, closed = services.business_rematch(business=Business.objects.get(pk=business_id))
    return [delivered, closed]
