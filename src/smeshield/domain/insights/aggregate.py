"""Counts, rates and means by any combination of dimensions, with every margin.

A table by (size_band, region) holds each (size band, region) cell, each size band's
total over regions (region "*"), each region's total over sizes (size band "*"), and the
grand total ("*", "*"). Rates carry a 95% Wilson interval; means a normal interval.
Money measures keep the two largest contributions of each cell, for the dominance rule.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import Any

import numpy as np
import numpy.typing as npt
import polars as pl
from statsmodels.stats.proportion import proportion_confint

ALL = "*"
Z95 = 1.959963984540054
DIMENSIONS = ("size_band", "sector", "region", "police_force_area", "urban_rural", "period")


class Kind(StrEnum):
    COUNT = "count"  # how many businesses
    RATE = "rate"  # share of businesses with a yes/no property
    MEAN = "mean"  # average of an amount (money)


@dataclass(frozen=True)
class Measure:
    name: str
    column: str
    kind: Kind
    label: str
    among: str = ""  # a yes/no column: count only the businesses where it is true


MEASURES: dict[str, Measure] = {
    m.name: m
    for m in (
        Measure("businesses", "business_id", Kind.COUNT, "Businesses"),
        Measure("had_incident", "had_incident", Kind.RATE, "Hit by a breach or attack"),
        Measure(
            "reported_police",
            "reported_police",
            Kind.RATE,
            "Reported to police, of those hit",
            among="had_incident",
        ),
        Measure("loss_gbp", "loss_gbp", Kind.MEAN, "Money lost, of those hit (£)", "had_incident"),
        Measure("cyber_essentials", "cyber_essentials", Kind.RATE, "Hold Cyber Essentials"),
    )
}


def measure_for(name: str, columns: Sequence[str]) -> Measure:
    """A named measure, or any yes/no column (controls, barriers, incident types)."""
    if name in MEASURES:
        return MEASURES[name]
    if name in columns and name.startswith(("ctl_", "barrier_", "inc_")):
        among = "had_incident" if name.startswith("inc_") else ""
        return Measure(name, name, Kind.RATE, name, among=among)
    raise ValueError(f"unknown measure: {name}")


@dataclass(frozen=True)
class Cell:
    key: tuple[str, ...]  # one value per dimension, "*" where the cell totals over it
    n: int  # businesses counted (exact: never released as it is)
    total: float  # for rates: how many have the property; for means: the sum
    top1: float = 0.0  # largest single contribution (money)
    top2: float = 0.0  # two largest together (money)
    spread: float = 0.0  # for means: the standard deviation

    @property
    def is_margin(self) -> bool:
        return ALL in self.key


@dataclass(frozen=True)
class Table:
    dims: tuple[str, ...]
    measure: Measure
    filters: Mapping[str, str]
    cells: dict[tuple[str, ...], Cell]

    def value(self, cell: Cell) -> float | None:
        if self.measure.kind is Kind.COUNT:
            return float(cell.n)
        if cell.n == 0:
            return None
        return cell.total / cell.n

    @cached_property
    def _wilson_intervals(self) -> dict[tuple[str, ...], tuple[float, float]]:
        """Every rate cell's interval from one library call (one call per cell costs a
        third of a millisecond each: too slow for a table of a thousand cells)."""
        counted = [cell for cell in self.cells.values() if cell.n]
        if not counted:
            return {}
        lows, highs = proportion_confint(
            np.array([cell.total for cell in counted], dtype=float),
            np.array([cell.n for cell in counted], dtype=float),
            alpha=0.05,
            method="wilson",
        )
        return {
            cell.key: (max(0.0, float(low)), min(1.0, float(high)))
            for cell, low, high in zip(counted, lows, highs, strict=True)
        }

    def interval(self, cell: Cell) -> tuple[float | None, float | None]:
        if self.measure.kind is Kind.RATE and cell.n:
            if self.cells.get(cell.key) is cell:
                return self._wilson_intervals[cell.key]
            return wilson(cell.total, cell.n)
        if self.measure.kind is Kind.MEAN and cell.n > 1:
            mean = cell.total / cell.n
            half = Z95 * cell.spread / math.sqrt(cell.n)
            return max(0.0, mean - half), mean + half
        return None, None

    def population(self, cell: Cell) -> frozenset[tuple[str, str]]:
        """Who a cell counts, as conditions: the query's filters, the cell's own values,
        and the yes/no column the measure counts among ("had_incident", "true")."""
        own = {(d, v) for d, v in zip(self.dims, cell.key, strict=True) if v != ALL}
        among = {(self.measure.among, "true")} if self.measure.among else set()
        return frozenset({*self.filters.items(), *own, *among})


def wilson(successes: float, n: int) -> tuple[float, float]:
    """The 95% Wilson score interval for a proportion (statsmodels' ``proportion_confint``),
    held inside [0, 1] against rounding at the ends."""
    low, high = proportion_confint(successes, n, alpha=0.05, method="wilson")
    return max(0.0, float(low)), min(1.0, float(high))


def _filtered(frame: pl.DataFrame, filters: Mapping[str, str], measure: Measure) -> pl.DataFrame:
    for column, value in filters.items():
        if column not in DIMENSIONS:
            raise ValueError(f"cannot filter on {column}")
        frame = frame.filter(pl.col(column) == value)
    if measure.among:
        frame = frame.filter(pl.col(measure.among))
    return frame


def aggregate(
    frame: pl.DataFrame,
    dims: Sequence[str],
    measure: Measure,
    filters: Mapping[str, str] | None = None,
    levels: Mapping[str, Sequence[str]] | None = None,
) -> Table:
    """The table with all its margins. ``levels`` lists values to show even when empty."""
    dims = tuple(dims)
    for dim in dims:
        if dim not in DIMENSIONS:
            raise ValueError(f"unknown dimension: {dim}")
    given = dict(filters or {})
    rows = _filtered(frame, given, measure)
    if _dense(rows, dims, measure):
        cells = _dense_cells(rows, dims, measure)
    else:
        cells = _grouped_cells(rows, dims, measure)
    _fill_empty(cells, dims, levels or {})
    return Table(dims, measure, given, cells)


def _dense(rows: pl.DataFrame, dims: tuple[str, ...], measure: Measure) -> bool:
    """Counting by enum codes works for counts and yes/no shares over Enum columns."""
    return (
        bool(dims)
        and measure.kind is not Kind.MEAN
        and all(isinstance(rows.schema[d], pl.Enum) for d in dims)
    )


def _dense_cells(
    rows: pl.DataFrame, dims: tuple[str, ...], measure: Measure
) -> dict[tuple[str, ...], Cell]:
    """Every combination counted by ``numpy.bincount`` over the columns' enum codes (one
    pass, no sorting or hashing); each margin is the cube summed over some axes."""
    categories = [list(rows.schema[d].categories) for d in dims]  # type: ignore[attr-defined]
    shape = tuple(len(values) for values in categories)
    size = math.prod(shape)
    key: npt.NDArray[np.int64] = np.zeros(rows.height, dtype=np.int64)
    for dim, values in zip(dims, categories, strict=True):
        np.multiply(key, len(values), out=key)
        np.add(key, rows[dim].to_physical().to_numpy(), out=key)
    if measure.kind is Kind.RATE:
        # One pass for both counts: the last bit of the key says yes or no.
        np.multiply(key, 2, out=key)
        np.add(key, rows[measure.column].to_numpy(), out=key)
        both = np.bincount(key, minlength=2 * size).reshape(*shape, 2)
        n_cube, total_cube = both.sum(axis=-1), both[..., 1]
    else:
        n_cube = np.bincount(key, minlength=size).reshape(shape)
        total_cube = n_cube
    cells: dict[tuple[str, ...], Cell] = {}
    axes = tuple(range(len(dims)))
    for size_kept in range(len(dims), -1, -1):
        for kept in itertools.combinations(axes, size_kept):
            dropped = tuple(a for a in axes if a not in kept)
            n_part = n_cube.sum(axis=dropped)
            total_part = total_cube.sum(axis=dropped)
            positions = list(zip(*np.nonzero(n_part), strict=True)) if kept else [()]
            for position in positions:
                n = int(n_part[position])
                if not n:
                    continue
                chosen = dict(zip(kept, position, strict=True))
                key_values = tuple(
                    str(categories[a][chosen[a]]) if a in chosen else ALL for a in axes
                )
                cells[key_values] = Cell(key=key_values, n=n, total=float(total_part[position]))
    return cells


def _grouped_cells(
    rows: pl.DataFrame, dims: tuple[str, ...], measure: Measure
) -> dict[tuple[str, ...], Cell]:
    """One group-by makes the finest cells; each margin is summed from those (counts,
    totals and squares add up; a margin's two largest are among its cells' two largest)."""
    finest = _finest(rows, dims, measure)
    cells: dict[tuple[str, ...], Cell] = {}
    for size in range(len(dims), -1, -1):
        for grouped in itertools.combinations(dims, size):
            top = pl.col("top").list.explode(keep_nulls=False, empty_as_null=False).top_k(2)
            sums = [pl.col("n").sum(), pl.col("total").sum(), pl.col("squares").sum()]
            if grouped:
                result = finest.group_by(list(grouped)).agg([*sums, top])
            else:
                result = finest.select([*sums, top.implode()])
            for record in result.iter_rows(named=True):
                key = tuple(str(record[d]) if d in grouped else ALL for d in dims)
                cells[key] = _cell(key, record, measure)
    return cells


def _finest(rows: pl.DataFrame, dims: tuple[str, ...], measure: Measure) -> pl.DataFrame:
    """The finest cells in one pass (grouping on the columns as stored; only the few
    result rows are turned into text)."""
    value = pl.col(measure.column)
    if measure.kind is Kind.COUNT:
        parts = [pl.len().alias("n"), pl.len().cast(pl.Float64).alias("total")]
    elif measure.kind is Kind.RATE:
        parts = [pl.len().alias("n"), value.sum().cast(pl.Float64).alias("total")]
    else:
        parts = [
            pl.len().alias("n"),
            value.sum().alias("total"),
            (value * value).sum().alias("squares"),
        ]
    if not dims:
        result = rows.select(parts)
        if measure.kind is Kind.MEAN:
            result = result.with_columns(rows.select(value.top_k(2).implode().alias("top")))
    else:
        if measure.kind is Kind.MEAN:
            parts.append(value.top_k(2).alias("top"))
        result = (
            rows.group_by(list(dims))
            .agg(parts)
            .with_columns([pl.col(d).cast(pl.Utf8) for d in dims])
        )
    if "squares" not in result.columns:
        result = result.with_columns(pl.lit(0.0).alias("squares"))
    if "top" not in result.columns:
        result = result.with_columns(pl.lit([], dtype=pl.List(pl.Float64)).alias("top"))
    return result


def _cell(key: tuple[str, ...], record: Mapping[str, Any], measure: Measure) -> Cell:
    n = int(record["n"] or 0)
    total = float(record["total"] or 0.0)
    squares = float(record["squares"] or 0.0)
    top = [float(t) for t in (record["top"] or [])] if measure.kind is Kind.MEAN else []
    spread = 0.0
    if measure.kind is Kind.MEAN and n > 1:
        spread = math.sqrt(max(0.0, (squares - total * total / n) / (n - 1)))
    return Cell(
        key=key,
        n=n,
        total=float(n) if measure.kind is Kind.COUNT else total,
        top1=top[0] if top else 0.0,
        top2=sum(top[:2]),
        spread=spread,
    )


def _fill_empty(
    cells: dict[tuple[str, ...], Cell], dims: tuple[str, ...], levels: Mapping[str, Sequence[str]]
) -> None:
    """Cells with no businesses still exist (and are suppressed), so totals stay honest."""
    seen = [
        sorted({key[i] for key in cells if key[i] != ALL} | set(levels.get(dim, ())))
        for i, dim in enumerate(dims)
    ]
    for key in itertools.product(*[[*values, ALL] for values in seen]):
        if key not in cells:
            cells[key] = Cell(key=key, n=0, total=0.0)
