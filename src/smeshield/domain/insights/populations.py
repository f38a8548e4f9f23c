"""Who a figure covers: the set of businesses behind it, worked out on the records.

A figure's population is written as conditions (``("region", "London")``,
``("had_incident", "true")``), but two figures are compared by the businesses the
conditions pick out, not by their words. ``Populations`` answers, on one version of the
data:

- ``count``: how many businesses meet all the conditions;
- ``closure``: the conditions plus every condition they imply in the data (a police force
  area lies in one region, so ``police_force_area=Metropolitan Police`` implies
  ``region=London``); containment and disjointness are read from closures;
- ``overlap``: how many businesses two figures share, so that their symmetric difference
  ``n_a + n_b - 2 * overlap`` is exact.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import polars as pl

from smeshield.domain.insights.aggregate import MEASURES

Conditions = frozenset[tuple[str, str]]
TRUE = "true"
# The yes/no columns measures count among ("of those hit").
AMONG = tuple(sorted({m.among for m in MEASURES.values() if m.among} | {"had_incident"}))


def conditions_of(pairs: Iterable[Iterable[str]]) -> Conditions:
    return frozenset((str(column), str(value)) for column, value in pairs)


def conflict(conditions: Conditions) -> bool:
    """True when one column is asked to hold two values (no business can)."""
    columns = [column for column, _ in conditions]
    return len(columns) != len(set(columns))


class Populations:
    """Counts, implications and overlaps of populations on one frame of records."""

    def __init__(self, frame: pl.DataFrame, dimensions: Iterable[str]) -> None:
        self._frame = frame
        self._counts: dict[Conditions, int] = {}
        dims = [d for d in dimensions if d in frame.columns]
        self._implied = _implications(frame, dims)
        # Businesses counted once per combination of the dimensions (and the yes/no
        # columns measures count among): counting a population then reads a few hundred
        # thousand rows at most, not millions.
        among = [c for c in AMONG if c in frame.columns]
        self._atoms = frame.group_by([*dims, *among]).len() if dims else None
        self._atom_columns = {*dims, *among}

    def closure(self, conditions: Conditions) -> Conditions:
        """The conditions and all they imply (one step is enough: implications between
        dimensions found in the data are already transitive)."""
        extra = {pair for condition in conditions for pair in self._implied.get(condition, ())}
        return conditions | extra

    def count(self, conditions: Conditions) -> int:
        """How many businesses meet every condition (remembered)."""
        if conflict(conditions):
            return 0
        if conditions not in self._counts:
            atoms = self._atoms is not None and all(
                column in self._atom_columns for column, _ in conditions
            )
            rows = self._atoms if atoms and self._atoms is not None else self._frame
            for column, value in sorted(conditions):
                if column not in rows.columns:
                    return 0
                if rows.schema[column] == pl.Boolean:
                    rows = rows.filter(pl.col(column) == (value == TRUE))
                else:
                    rows = rows.filter(pl.col(column) == value)
            self._counts[conditions] = int(rows["len"].sum()) if atoms else rows.height
        return self._counts[conditions]

    def overlap(self, a: Conditions, b: Conditions) -> int:
        """How many businesses are in both populations."""
        both = self.closure(a) | self.closure(b)
        return 0 if conflict(both) else self.count(both)

    def contains(self, outer: Conditions, inner: Conditions) -> bool:
        """Every business ``inner`` covers is one ``outer`` covers, by the conditions and
        what they imply in this version of the data."""
        return outer <= self.closure(inner)

    def disjoint(self, a: Conditions, b: Conditions) -> bool:
        """No business can be in both (two values asked of one column)."""
        return conflict(self.closure(a) | self.closure(b))


def _implications(
    frame: pl.DataFrame, dims: list[str]
) -> dict[tuple[str, str], set[tuple[str, str]]]:
    """(column, value) -> the (other column, value) every such business has."""
    implied: dict[tuple[str, str], set[tuple[str, str]]] = {}
    if frame.height == 0 or len(dims) < 2:
        return implied
    combos = frame.select([pl.col(d).cast(pl.Utf8) for d in dims]).unique()
    for given, other in itertools.permutations(dims, 2):
        pairs = combos.group_by(given).agg(
            pl.col(other).n_unique().alias("values"), pl.col(other).first().alias("value")
        )
        for row in pairs.filter(pl.col("values") == 1).iter_rows(named=True):
            if row[given] is None or row["value"] is None:
                continue
            implied.setdefault((given, row[given]), set()).add((other, row["value"]))
    return implied
