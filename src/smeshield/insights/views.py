"""Insights pages for police, partners and researchers. Every figure passes disclosure
control with the person's history, and every release is logged."""

from __future__ import annotations

import io
from typing import Any

import polars as pl
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from smeshield.domain.insights.aggregate import aggregate, measure_for
from smeshield.domain.insights.drivers import drivers
from smeshield.geography.places import places
from smeshield.geography.reference_files import read_map
from smeshield.insights import datasets, presenters
from smeshield.insights.dashboard import Block, area_rows, blocks
from smeshield.insights.dictionary import DATA_DICTIONARY, rules_explained
from smeshield.insights.forms import ExtractForm, FilterForm
from smeshield.insights.services import insights_release
from smeshield.insights.tables import csv_text, release_rows, spreadsheet_safe
from smeshield.kernel.access import PolicyName, SignedInRequest, policy, signed_in_user

CSV = "text/csv; charset=utf-8"


def _own_area(request: SignedInRequest) -> str:
    """A police officer starts at their own force's area."""
    from smeshield.geography.models import PostcodeDistrict

    codes = (
        signed_in_user(request)
        .partner_organisations.exclude(police_force_code="")
        .values_list("police_force_code", flat=True)
    )
    name = (
        PostcodeDistrict.objects.filter(police_force_code__in=list(codes))
        .values_list("police_force_name", flat=True)
        .first()
    )
    return name or ""


def _areas() -> list[str]:
    return sorted({place.police_force_area for place in places()})


def _filters(request: SignedInRequest) -> tuple[FilterForm, str, dict[str, str]] | None:
    """The valid filters, or None (the form then carries the errors)."""
    data = request.GET.copy()
    if "area" not in data:
        data["area"] = _own_area(request)
    form = FilterForm(data, areas=_areas())
    if form.is_valid():
        return form, form.cleaned_data["area"], form.filters()
    return None


def _released(
    request: SignedInRequest, chosen: list[Block], where: str, query: dict[str, Any]
) -> dict[str, list[Any]]:
    dataset = datasets.current()
    tables = [table for block in chosen for table in block.tables]
    releases = insights_release(
        user=request.user,
        dataset=dataset,
        tables=tables,
        where=where,
        query=query,
        request=request,
    )
    by_block: dict[str, list[Any]] = {}
    position = 0
    for block in chosen:
        by_block[block.name] = releases[position : position + len(block.tables)]
        position += len(block.tables)
    return by_block


@policy(PolicyName.INSIGHTS_VIEWER)
@require_http_methods(["GET"])
def dashboard(request: SignedInRequest) -> HttpResponse:
    """A police force area: who is vulnerable, what is missing, what stops them, over time."""
    chosen_filters = _filters(request)
    if chosen_filters is None:
        form = FilterForm(request.GET, areas=_areas())
        form.is_valid()
        return render(
            request,
            "insights/dashboard.html",
            {"form": form, "dataset": datasets.current(), "invalid": True},
            status=400,
        )
    form, area, filters = chosen_filters
    dataset = datasets.current()
    chosen = blocks(dataset.frame, area, filters)
    released = _released(request, chosen, "page", {"area": area, **filters})
    titles = {block.name: block.title for block in chosen}
    area_map = read_map()
    control_rows = [
        presenters.single(r, presenters.measure_label(r.table.measure.name))
        for r in released["controls"]
    ]
    control_rows.sort(key=lambda row: row.figure.value if row.figure.value is not None else 2)
    context = {
        "form": form,
        "area": area,
        "filters": filters,
        "dataset": dataset,
        "titles": titles,
        "map_shapes": presenters.choropleth(released["map"][0], area_map, area),
        "map_legend": presenters.legend(released["map"][0]),
        "map": area_map,
        "map_rows": presenters.rows(released["map"][0]),
        "size_rows": presenters.rows(released["size"][0], margins=True),
        "sector_rows": presenters.rows(released["sector"][0]),
        "place_rows": presenters.rows(released["place"][0]),
        "control_rows": control_rows,
        "barrier_rows": [
            presenters.single(r, presenters.measure_label(r.table.measure.name))
            for r in released["barriers"]
        ],
        "incident_rows": [
            presenters.single(r, presenters.measure_label(r.table.measure.name))
            for r in released["incidents"]
        ],
        "trend_rows": presenters.rows(released["trend"][0]),
        "drivers": drivers(area_rows(dataset.frame, area, filters)),
        "rules": rules_explained(),
        "query": request.GET.urlencode(),
    }
    return render(request, "insights/dashboard.html", context)


@policy(PolicyName.INSIGHTS_VIEWER)
@require_http_methods(["GET"])
def download(request: SignedInRequest, block: str) -> HttpResponse:
    """One block's tables as CSV, with the same disclosure control (and logged)."""
    chosen_filters = _filters(request)
    if chosen_filters is None:
        return HttpResponse(
            _("Check the filters: one of them is not an option we know."),
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    _form, area, filters = chosen_filters
    chosen = [b for b in blocks(datasets.current().frame, area, filters) if b.name == block]
    if not chosen:
        return HttpResponse(_("No such table."), status=404, content_type="text/plain")
    released = _released(request, chosen, "csv", {"block": block, "area": area, **filters})
    response = HttpResponse(csv_text(released[block]), content_type=CSV)
    response["Content-Disposition"] = f'attachment; filename="sme-shield-{block}.csv"'
    return response


@policy(PolicyName.RESEARCHER_ONLY)
@require_http_methods(["GET"])
def extract(request: SignedInRequest) -> HttpResponse:
    """A de-identified, disclosure-controlled table by up to three dimensions."""
    asked = "by" in request.GET
    form = ExtractForm(request.GET if asked else None, areas=_areas())
    if not (asked and form.is_valid()):
        return render(
            request,
            "insights/extract.html",
            {"form": form, "dataset": datasets.current()},
            status=400 if form.errors else 200,
        )
    dataset = datasets.current()
    data = form.cleaned_data
    filters = form.filters() | ({"police_force_area": data["area"]} if data["area"] else {})
    table = aggregate(
        dataset.frame, data["by"], measure_for(data["measure"], dataset.frame.columns), filters
    )
    query = {"by": data["by"], "measure": data["measure"], **filters}
    (release,) = insights_release(
        user=request.user,
        dataset=dataset,
        tables=[table],
        where="extract",
        query=query,
        request=request,
    )
    name = f"sme-shield-{'-'.join(data['by'])}-{data['measure']}"
    if data["format"] == "parquet":
        buffer = io.BytesIO()
        pl.DataFrame(release_rows(release)).write_parquet(buffer)
        response = HttpResponse(buffer.getvalue(), content_type="application/vnd.apache.parquet")
        response["Content-Disposition"] = f'attachment; filename="{name}.parquet"'
        return response
    response = HttpResponse(csv_text([release]), content_type=CSV)
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response


@policy(PolicyName.INSIGHTS_VIEWER)
@require_http_methods(["GET"])
def dictionary(request: HttpRequest) -> HttpResponse:
    """What each column and figure means, and the disclosure rules."""
    if request.GET.get("format") == "csv":
        lines = ["column,meaning"] + [
            f'{spreadsheet_safe(k)},"{spreadsheet_safe(str(v))}"'
            for k, v in DATA_DICTIONARY.items()
        ]
        response = HttpResponse("\n".join(lines) + "\n", content_type=CSV)
        response["Content-Disposition"] = 'attachment; filename="sme-shield-data-dictionary.csv"'
        return response
    return render(
        request,
        "insights/dictionary.html",
        {"columns": DATA_DICTIONARY.items(), "rules": rules_explained()},
    )
