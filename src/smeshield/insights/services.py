"""Releasing insights: every table goes through disclosure control with the person's
history, and every release is logged (the log feeds the differencing check)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from uuid import UUID

from django.db import transaction

from smeshield.audit.models import AuditAction
from smeshield.audit.services import audit_record
from smeshield.domain.insights.aggregate import Table
from smeshield.domain.insights.disclosure import PriorFigure, Release, protect
from smeshield.insights.models import InsightsQuery
from smeshield.insights.selectors import history_of

if TYPE_CHECKING:
    from django.http import HttpRequest

    from smeshield.accounts.models import User


@transaction.atomic
def insights_release(
    *,
    user: User,
    dataset: str,
    tables: Sequence[Table],
    where: str,
    query: Mapping[str, Any],
    request: HttpRequest | None = None,
) -> list[Release]:
    """Protect each table (earlier tables in the same request count as history too)."""
    history = history_of(user=user, dataset=dataset)
    releases: list[Release] = []
    figures: list[list[object]] = []
    for table in tables:
        release = protect(table, history)
        releases.append(release)
        for key, n in release.exact.items():
            population = table.population(table.cells[key])
            figures.append([sorted(population), n])
            history.append(PriorFigure(population, n))
    suppressed = sum(1 for r in releases for c in r.cells.values() if c.suppressed)
    InsightsQuery.objects.create(
        user=user,
        dataset=dataset,
        where=where,
        query=dict(query),
        figures=figures,
        suppressed=suppressed,
    )
    audit_record(
        action=AuditAction.INSIGHTS_QUERY,
        actor=user,
        target=f"insights:{where}",
        request=request,
        data={"dataset": dataset, "query": dict(query), "released": len(figures)},
    )
    return releases


def figures_released_log(
    *, user_id: UUID, dataset: str, where: str, query: dict[str, Any], suppressed: int
) -> InsightsQuery:
    """Log a release another app made (what works), like every insights release."""
    return InsightsQuery.objects.create(
        user_id=user_id,
        dataset=dataset,
        where=where,
        query=query,
        figures=[],
        suppressed=suppressed,
    )
