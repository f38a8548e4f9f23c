"""Releasing insights: every table goes through disclosure control against every figure
already released from the same data, to anyone, and every release is logged (the log
feeds the differencing check). Pages, CSV downloads, extracts and the API all come here."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from uuid import UUID

from django.db import connection, transaction

from smeshield.audit.models import AuditAction
from smeshield.audit.services import audit_record
from smeshield.domain.insights.aggregate import Table
from smeshield.domain.insights.differencing import PriorFigure
from smeshield.domain.insights.disclosure import Release, protect
from smeshield.insights.datasets import Dataset, populations_of
from smeshield.insights.models import InsightsQuery, ReleasedFigure
from smeshield.insights.selectors import released_figures

if TYPE_CHECKING:
    from django.http import HttpRequest

    from smeshield.accounts.models import User


def _one_release_at_a_time(dataset: str) -> None:
    """Two people asking at once must not both pass the check against a log that has
    neither's figures yet. PostgreSQL: a transaction-scoped advisory lock per dataset;
    SQLite: transactions start IMMEDIATE (settings), so writers already queue."""
    if connection.vendor == "postgresql":
        key = int.from_bytes(hashlib.sha256(f"insights:{dataset}".encode()).digest()[:8], "big")
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [key - (1 << 63)])


@transaction.atomic
def insights_release(
    *,
    user: User,
    dataset: Dataset,
    tables: Sequence[Table],
    where: str,
    query: Mapping[str, Any],
    request: HttpRequest | None = None,
) -> list[Release]:
    """Protect each table (earlier tables in the same request count as released too)."""
    _one_release_at_a_time(dataset.name)
    history = released_figures(dataset=dataset.name, version=dataset.version)
    populations = populations_of(dataset)
    releases: list[Release] = []
    figures: dict[str, tuple[list[list[str]], int]] = {}
    for table in tables:
        release = protect(table, history, populations)
        releases.append(release)
        for key, n in release.exact.items():
            population = table.population(table.cells[key])
            pairs = sorted([column, value] for column, value in population)
            digest = hashlib.sha256(json.dumps(pairs).encode()).hexdigest()
            figures[digest] = (pairs, n)
            history.append(PriorFigure(population, n))
    suppressed = sum(1 for r in releases for c in r.cells.values() if c.suppressed)
    logged = InsightsQuery.objects.create(
        user=user,
        dataset=dataset.name,
        where=where,
        query=dict(query),
        figures=[[pairs, n] for pairs, n in figures.values()],
        suppressed=suppressed,
    )
    ReleasedFigure.objects.bulk_create(
        [
            ReleasedFigure(
                dataset=dataset.name,
                version=dataset.version,
                population=pairs,
                population_key=digest,
                n=n,
                first_query=logged,
            )
            for digest, (pairs, n) in figures.items()
        ],
        ignore_conflicts=True,
    )
    audit_record(
        action=AuditAction.INSIGHTS_QUERY,
        actor=user,
        target=f"insights:{where}",
        request=request,
        data={"dataset": dataset.name, "query": dict(query), "released": len(figures)},
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
