"""Insights reads: every figure already released from a dataset, to anyone (for the
differencing check)."""

from __future__ import annotations

from smeshield.domain.insights.differencing import PriorFigure
from smeshield.domain.insights.populations import conditions_of
from smeshield.insights.models import ReleasedFigure


def released_figures(*, dataset: str, version: str) -> list[PriorFigure]:
    """All users' and organisations' releases from the dataset; ``current`` marks those
    counted on this version of the data."""
    rows = ReleasedFigure.objects.filter(dataset=dataset).values_list("population", "n", "version")
    return [
        PriorFigure(conditions_of(population), n, current=row_version == version)
        for population, n, row_version in rows
    ]
