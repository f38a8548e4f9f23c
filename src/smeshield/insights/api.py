"""/api/v1/insights: the same disclosure-controlled figures as the pages, as JSON."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Query, Router, Schema
from ninja.errors import HttpError

from smeshield.domain.insights.aggregate import DIMENSIONS, aggregate, measure_for
from smeshield.insights import datasets
from smeshield.insights.services import insights_release
from smeshield.insights.tables import release_rows
from smeshield.kernel.access import PolicyName, allows
from smeshield.kernel.tokens import token_of

router = Router(tags=["insights"])
MAX_DIMENSIONS = 3


class TableQuery(Schema):
    by: str = ""  # comma-separated dimensions, e.g. "size_band,region"
    measure: str = "had_incident"
    police_force_area: str = ""
    sector: str = ""
    size_band: str = ""
    region: str = ""
    urban_rural: str = ""
    period: str = ""


class Figure(Schema):
    key: dict[str, str]
    n: int | None
    value: float | None
    lower: float | None
    upper: float | None
    suppressed: bool
    rule: str


class TableOut(Schema):
    dataset: str
    synthetic: bool
    by: list[str]
    measure: str
    filters: dict[str, str]
    figures: list[Figure]


@router.get("/table", response=TableOut, summary="A disclosure-controlled table with margins")
def table(request: HttpRequest, query: Query[TableQuery]) -> TableOut:
    user = token_of(request).user
    if not allows(PolicyName.API_INSIGHTS_READER, request):
        raise HttpError(403, "Insights are for police, partner, researcher and admin accounts.")
    dims = [d.strip() for d in query.by.split(",") if d.strip()]
    if len(dims) > MAX_DIMENSIONS or any(d not in DIMENSIONS for d in dims):
        raise HttpError(
            422, f"by: give up to {MAX_DIMENSIONS} of {', '.join(DIMENSIONS)}, comma-separated."
        )
    dataset = datasets.current()
    filters = {d: getattr(query, d) for d in DIMENSIONS if getattr(query, d)}
    try:
        measure = measure_for(query.measure, dataset.frame.columns)
    except ValueError:
        raise HttpError(422, f"measure: {query.measure!r} is not a figure we publish.") from None
    built = aggregate(dataset.frame, dims, measure, filters)
    (release,) = insights_release(
        user=user,
        dataset=dataset.name,
        tables=[built],
        where="api",
        query={"by": dims, "measure": measure.name, **filters},
        request=request,
    )
    figures = []
    for row in release_rows(release):
        figures.append(
            Figure(
                key={d: row[d] for d in dims},
                n=int(row["n"]) if row["n"] else None,
                value=float(row["value"]) if row["value"] else None,
                lower=float(row["lower"]) if row["lower"] else None,
                upper=float(row["upper"]) if row["upper"] else None,
                suppressed=row["suppressed"] == "true",
                rule=row["rule"],
            )
        )
    return TableOut(
        dataset=dataset.name,
        synthetic=dataset.synthetic,
        by=dims,
        measure=measure.name,
        filters=filters,
        figures=figures,
    )
