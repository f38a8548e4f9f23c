"""Differencing: no figure may, with figures already out, reveal a group of 1 to 9 businesses.

Figures are compared by the businesses they cover (``populations.Populations``), not by the
words of their filters, and against everything already released from the same data to
anyone (the release log is shared by all users and organisations). Three checks:

1. **pairs** — two figures whose populations differ (symmetric difference) by 1 to 9
   businesses: ``region=London`` and ``police_force_area=Metropolitan Police`` (London is
   the Met and the City), ``sector=F`` and ``sector=F, region=North West``, in either order;
   inside one table too, where two cells are not on one additive line (the lines and the
   LP audit already protect those);
2. **remainders** — a group split along one column (a region into its police force
   areas, a sector into size bands): a figure that, with the group and the other parts
   already out, leaves 1 to 9 businesses unaccounted for; in either role: the new figure
   as one of the parts, or as the whole;
3. **over time** — a figure released from an earlier version of the data (businesses have
   joined or left since) is compared by counts: a figure covering the same or nearly the
   same businesses today (1 to 9 apart) whose count differs by 1 to 9 is refused.

The first figure out wins: the later one is hidden, whichever is broader.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from smeshield.domain.insights.aggregate import ALL, Table
from smeshield.domain.insights.populations import Conditions, Populations

DIFFERENCE = range(1, 10)  # 1 to 9 businesses


@dataclass(frozen=True)
class PriorFigure:
    """A figure already released (to anyone): who it counted, and how many.

    ``current`` is False when it was counted on an earlier version of the data."""

    population: Conditions
    n: int
    current: bool = True


@dataclass(frozen=True)
class _Known:
    conditions: Conditions
    closure: Conditions
    n: int
    earlier: bool  # released before this table (not one of its own cells)


class _Log:
    """Figures out so far, indexed for the remainder check: by their conditions, and by
    "the same conditions but one column" (a figure's siblings along that column)."""

    def __init__(self) -> None:
        self.by_conditions: dict[Conditions, _Known] = {}
        self.by_base: dict[tuple[Conditions, str], list[_Known]] = {}
        self.columns: set[str] = set()

    def add(self, known: _Known) -> None:
        if known.conditions in self.by_conditions:
            return
        self.by_conditions[known.conditions] = known
        for column, value in known.conditions:
            self.columns.add(column)
            base = known.conditions - {(column, value)}
            self.by_base.setdefault((base, column), []).append(known)

    def within(self, closure: Conditions) -> list[_Known]:
        """Figures whose conditions all hold for ``closure``: the groups containing it."""
        items = sorted(closure)
        found = []
        for size in range(len(items) + 1):
            for subset in itertools.combinations(items, size):
                known = self.by_conditions.get(frozenset(subset))
                if known is not None:
                    found.append(known)
        return found

    def split(self, base: Conditions, column: str) -> list[_Known]:
        """Figures with the conditions ``base`` plus one value of ``column``."""
        return self.by_base.get((base, column), [])


def refused(
    table: Table,
    hidden: dict[tuple[str, ...], str],
    history: Sequence[PriorFigure],
    populations: Populations | None,
) -> set[tuple[str, ...]]:
    """The shown cells of ``table`` that differencing must hide."""
    refuse = _within_table(table, hidden)
    if not history:
        return refuse
    if populations is None:
        raise ValueError("comparing with earlier figures needs the populations")
    current = sorted((p for p in history if p.current), key=lambda p: p.n)
    older = sorted((p for p in history if not p.current), key=lambda p: p.n)
    log = _Log()
    for prior in current:
        log.add(_Known(prior.population, populations.closure(prior.population), prior.n, True))
    for key, cell in sorted(table.cells.items(), key=lambda item: (item[0].count(ALL), item[0])):
        if key in hidden or key in refuse:
            continue
        conditions = table.population(cell)
        closure = populations.closure(conditions)
        if (
            _pair(populations, current, conditions, closure, cell.n)
            or _over_time(populations, older, conditions, cell.n)
            or _remainder(log, conditions, closure, cell.n)
        ):
            refuse.add(key)
            continue
        log.add(_Known(conditions, closure, cell.n, False))
    return refuse


def _near(figures: Sequence[PriorFigure], n: int) -> Sequence[PriorFigure]:
    """Figures (sorted by n) whose count is within 9 of n: only they can differ by 1 to 9."""
    counts = [p.n for p in figures]
    low = bisect.bisect_left(counts, n - DIFFERENCE.stop + 1)
    high = bisect.bisect_right(counts, n + DIFFERENCE.stop - 1)
    return figures[low:high]


def _pair(
    populations: Populations,
    current: Sequence[PriorFigure],
    conditions: Conditions,
    closure: Conditions,
    n: int,
) -> bool:
    for prior in _near(current, n):
        if _disjoint(populations.closure(prior.population), closure):
            continue  # no business in both: at least 20 apart
        apart = prior.n + n - 2 * populations.overlap(prior.population, conditions)
        if apart in DIFFERENCE:
            return True
    return False


def _over_time(
    populations: Populations, older: Sequence[PriorFigure], conditions: Conditions, n: int
) -> bool:
    for prior in _near(older, n):
        if abs(prior.n - n) not in DIFFERENCE:
            continue
        today = populations.count(prior.population)
        apart = today + n - 2 * populations.overlap(prior.population, conditions)
        if apart < DIFFERENCE.stop:
            return True
    return False


def _remainder(log: _Log, conditions: Conditions, closure: Conditions, n: int) -> bool:
    """A group split along one column (a region into its force areas, a sector into
    sizes): the new figure must not be the part, or the whole, that leaves 1-9 over."""
    # The new figure as one part: a whole containing it, and its siblings inside that whole.
    for whole in log.within(closure):
        if whole.n - n < DIFFERENCE.stop:
            continue  # the pair check looks after these
        for column, value in conditions:
            siblings = [
                k
                for k in log.split(conditions - {(column, value)}, column)
                if k.conditions != conditions and whole.conditions <= k.closure
            ]
            left = whole.n - n - sum(k.n for k in siblings)
            if left in DIFFERENCE and (whole.earlier or any(k.earlier for k in siblings)):
                return True
    # The new figure as the whole: parts along one column already out.
    bases = [conditions, *(conditions - {pair} for pair in conditions)]
    for base in bases:
        for column in sorted(log.columns):
            parts = [k for k in log.split(base, column) if conditions <= k.closure and k.n < n]
            if any(k.earlier for k in parts) and n - sum(k.n for k in parts) in DIFFERENCE:
                return True
    return False


def _disjoint(a: Conditions, b: Conditions) -> bool:
    both = a | b
    return len({column for column, _ in both}) != len(both)


def _within_table(table: Table, hidden: dict[tuple[str, ...], str]) -> set[tuple[str, ...]]:
    """Pairs of shown cells of one table, not on one line, whose populations differ by 1-9
    (a region and a police force area in one table, say). The broader of the two is
    hidden."""
    shown = sorted(
        ((cell.n, key) for key, cell in table.cells.items() if key not in hidden),
    )
    refuse: set[tuple[str, ...]] = set()
    for i, (n_a, a) in enumerate(shown):
        for n_b, b in shown[i + 1 :]:
            if n_b - n_a >= DIFFERENCE.stop:
                break
            if a in refuse or b in refuse or _on_one_line(a, b):
                continue
            merged = _merge(a, b)
            both = table.cells[merged].n if merged is not None and merged in table.cells else 0
            if n_a + n_b - 2 * both in DIFFERENCE:
                refuse.add(max(a, b, key=lambda k: (k.count(ALL), k)))
    return refuse


def _on_one_line(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One key refines the other (the lines and the LP audit look after such pairs)."""
    a_in_b = all(y in (ALL, x) for x, y in zip(a, b, strict=True))
    b_in_a = all(x in (ALL, y) for x, y in zip(a, b, strict=True))
    return a_in_b or b_in_a


def _merge(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...] | None:
    """The cell both keys describe, or None when they ask one dimension for two values."""
    merged = []
    for x, y in zip(a, b, strict=True):
        if x in (ALL, y):
            merged.append(y)
        elif y == ALL:
            merged.append(x)
        else:
            return None
    return tuple(merged)
