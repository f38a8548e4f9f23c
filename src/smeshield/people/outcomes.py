"""What works, from live records: businesses that agreed to anonymised statistics and
finished two health checks, helped (a mentor or a learning set) or not."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings

from smeshield.businesses.models import Business, ConsentRecord
from smeshield.domain.insights.whatworks import (
    Journey,
    WhatWorks,
    compare,
    synthetic_journeys,
)
from smeshield.domain.roles import ConsentScope
from smeshield.insights.models import InsightsQuery

if TYPE_CHECKING:
    from django.http import HttpRequest

    from smeshield.accounts.models import User


SYNTHETIC_JOURNEYS = 5_000


def live_journeys() -> list[Journey]:
    consenting = ConsentRecord.objects.filter(
        scope=ConsentScope.ANONYMISED_STATISTICS, withdrawal__isnull=True
    ).values("business_id")
    found = []
    for business in Business.objects.filter(is_active=True, pk__in=consenting):
        done = list(
            business.assessments.filter(completed_at__isnull=False)
            .exclude(requirements_applicable=0)
            .order_by("number")
        )
        if len(done) < 2:
            continue
        first, latest = done[0], done[-1]
        start = 100 * (first.requirements_met or 0) / (first.requirements_applicable or 1)
        end = 100 * (latest.requirements_met or 0) / (latest.requirements_applicable or 1)
        helped = (
            business.mentorships.filter(
                status__in=["active", "ended"], sessions__isnull=False
            ).exists()
            or business.set_memberships.exists()
        )
        found.append(Journey(business.size_band, business.sector, start, end - start, helped))
    return found


def what_works_now(*, user: User, request: HttpRequest) -> tuple[str, WhatWorks]:
    """The comparison on the dataset in use (synthetic or live), logged like every
    insights release."""
    from smeshield.audit.models import AuditAction
    from smeshield.audit.services import audit_record

    dataset = settings.INSIGHTS_DATASET
    journeys = (
        live_journeys()
        if dataset == "live"
        else synthetic_journeys(SYNTHETIC_JOURNEYS, settings.INSIGHTS_SYNTHETIC_SEED)
    )
    result = compare(journeys)
    InsightsQuery.objects.create(
        user=user,
        dataset=dataset,
        where="what-works",
        query={},
        figures=[],
        suppressed=int(bool(result.rule)),
    )
    audit_record(
        action=AuditAction.INSIGHTS_QUERY, actor=user, target="insights:what-works", request=request
    )
    return dataset, result
