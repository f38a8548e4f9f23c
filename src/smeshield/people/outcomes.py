"""What works, from live records: businesses that agreed to anonymised statistics and
finished two health checks, helped (a mentor or a learning set) or not."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from django.db.models import Exists, OuterRef, Prefetch

from smeshield.businesses.selectors import business_ids_consenting
from smeshield.domain.insights.whatworks import (
    Journey,
    WhatWorks,
    compare,
    synthetic_journeys,
)
from smeshield.domain.roles import ConsentScope
from smeshield.healthcheck.models import Assessment
from smeshield.kernel import events
from smeshield.people.models import Mentorship, SetMember

if TYPE_CHECKING:
    from django.http import HttpRequest

    from smeshield.accounts.models import User


SYNTHETIC_JOURNEYS = 5_000


def live_journeys() -> list[Journey]:
    """One journey per consenting business with two finished checks, in three queries."""
    with_sessions = Mentorship.objects.filter(
        business=OuterRef("pk"), status__in=["active", "ended"], sessions__isnull=False
    )
    in_a_set = SetMember.objects.filter(business=OuterRef("pk"))
    finished = (
        Assessment.objects.filter(completed_at__isnull=False)
        .exclude(requirements_applicable=0)
        .order_by("number")
    )
    businesses = (
        business_ids_consenting(scope=ConsentScope.ANONYMISED_STATISTICS)
        .annotate(helped=Exists(with_sessions) | Exists(in_a_set))
        .prefetch_related(Prefetch("assessments", queryset=finished, to_attr="done"))
    )
    found = []
    for business in businesses:
        if len(business.done) < 2:
            continue
        first, latest = business.done[0], business.done[-1]
        start = 100 * (first.requirements_met or 0) / (first.requirements_applicable or 1)
        end = 100 * (latest.requirements_met or 0) / (latest.requirements_applicable or 1)
        found.append(
            Journey(business.size_band, business.sector, start, end - start, business.helped)
        )
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
    # Logged with every insights release, by the insights app once this commits.
    events.publish(
        events.FIGURES_RELEASED,
        user_id=user.pk,
        dataset=dataset,
        where="what-works",
        query={},
        suppressed=int(bool(result.rule)),
    )
    audit_record(
        action=AuditAction.INSIGHTS_QUERY, actor=user, target="insights:what-works", request=request
    )
    return dataset, result
