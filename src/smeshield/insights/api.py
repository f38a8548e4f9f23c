"""/api/v1/insights: the same disclosure-controlled figures as the pages, as JSON."""

from __future__ import annotations

from enum import StrEnum

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from smeshield.domain.insights.aggregate import DIMENSIONS, MEASURES, aggregate, measure_for
from smeshield.domain.insights.population import DATA_DICTIONARY
from smeshield.insights import datasets
from smeshield.insights.services import insights_release
from smeshield.insights.tables import release_rows
from smeshield.kernel.access import PolicyName, allows
from smeshield.kernel.tokens import token_of

router = Router(tags=["insights"])
MAX_DIMENSIONS = 3
_DIMENSION = "|".join(DIMENSIONS)
# Up to three dimensions, comma-separated: the document says exactly what is accepted.
BY_PATTERN = rf"^(?:(?:{_DIMENSION})(?:,(?:{_DIMENSION})){{0,{MAX_DIMENSIONS - 1}}})?$"
MeasureName = StrEnum(  # type: ignore[misc]
    "MeasureName",
    {
        name: name
        for name in (
            *MEASURES,
            *(key for key in DATA_DICTIONARY if key.startswith(("ctl_", "barrier_", "inc_"))),
        )
    },
)


class TableQuery(Schema):
    by: str = Field(
        "",
        pattern=BY_PATTERN,
        description=f"Up to {MAX_DIMENSIONS} of {', '.join(DIMENSIONS)}, comma-separated.",
    )
    measure: MeasureName = MeasureName("had_incident")
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
    dims = [d for d in query.by.split(",") if d]
    dataset = datasets.current()
    filters = {d: getattr(query, d) for d in DIMENSIONS if getattr(query, d)}
    measure = measure_for(str(query.measure), dataset.frame.columns)
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
