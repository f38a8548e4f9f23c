"""Insights reads: a person's earlier released figures (for the differencing check)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smeshield.domain.insights.disclosure import PriorFigure
from smeshield.insights.models import InsightsQuery

if TYPE_CHECKING:
    from smeshield.accounts.models import User


def history_of(*, user: User, dataset: str) -> list[PriorFigure]:
    figures: dict[frozenset[tuple[str, str]], set[int]] = {}
    for batch in InsightsQuery.objects.filter(user=user, dataset=dataset).values_list(
        "figures", flat=True
    ):
        for population, n in batch:
            figures.setdefault(frozenset(tuple(pair) for pair in population), set()).add(n)
    return [PriorFigure(population, n) for population, ns in figures.items() for n in ns]
