"""The figures on a police force area's dashboard, as tables to release together."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import polars as pl

from smeshield.domain.insights.aggregate import MEASURES, Table, aggregate, measure_for
from smeshield.domain.insights.population import BARRIERS, CONTROLS, INCIDENT_TYPES, PERIODS

FILTER_DIMENSIONS = ("sector", "size_band", "urban_rural", "period")


@dataclass(frozen=True)
class Block:
    """One part of the dashboard: a name, a title, and the tables it shows."""

    name: str
    title: str
    tables: tuple[Table, ...]


def _rate(
    frame: pl.DataFrame, measure: str, dims: tuple[str, ...], where: Mapping[str, str]
) -> Table:
    return aggregate(frame, dims, measure_for(measure, frame.columns), where)


def blocks(frame: pl.DataFrame, area: str, filters: Mapping[str, str]) -> list[Block]:
    """Every block for one area ("" for everywhere) with the chosen filters."""
    here = {**filters, **({"police_force_area": area} if area else {})}
    hit = MEASURES["had_incident"]
    return [
        Block(
            "map",
            "Breaches and attacks by police force area",
            (aggregate(frame, ("police_force_area",), hit, filters),),
        ),
        Block(
            "size",
            "Who is hit, by size of business",
            (
                aggregate(
                    frame,
                    ("size_band",),
                    hit,
                    here,
                    {"size_band": ("micro", "small", "medium", "large")},
                ),
            ),
        ),
        Block(
            "sector", "Who is hit, by kind of business", (aggregate(frame, ("sector",), hit, here),)
        ),
        Block(
            "place",
            "Who is hit, in towns and the countryside",
            (aggregate(frame, ("urban_rural",), hit, here),),
        ),
        Block(
            "controls",
            "Protections most often missing",
            tuple(_rate(frame, f"ctl_{c}", (), here) for c in CONTROLS),
        ),
        Block(
            "barriers",
            "What stops businesses",
            tuple(_rate(frame, f"barrier_{b}", (), here) for b in BARRIERS),
        ),
        Block(
            "incidents",
            "Kinds of incident, of businesses hit",
            (
                *(_rate(frame, f"inc_{k}", (), here) for k in ("phishing", *INCIDENT_TYPES)),
                aggregate(frame, (), MEASURES["reported_police"], here),
            ),
        ),
        Block(
            "trend",
            "Over time",
            (aggregate(frame, ("period",), hit, here, {"period": PERIODS}),),
        ),
    ]


def area_rows(frame: pl.DataFrame, area: str, filters: Mapping[str, str]) -> pl.DataFrame:
    """The rows behind one area's figures (for the drivers model)."""
    rows = frame
    for column, value in {**filters, **({"police_force_area": area} if area else {})}.items():
        rows = rows.filter(pl.col(column).cast(pl.Utf8) == value)
    return rows
