"""Statistical disclosure control: what may be released from a table, and why not.

Each rule is a small class whose docstring is the message shown where it fired.

Order:
1. primary suppression: threshold (fewer than 10 businesses), dominance (money cells
   where one or two businesses make up most of the amount), differencing (a figure
   that, with figures already released to anyone, would reveal a group of 1-9
   businesses; compared by the businesses covered, see ``differencing``);
2. secondary suppression: in every additive line (the cells along one dimension and
   their total), a hidden cell must not be alone, and the hidden cells of a line whose
   total is shown must add up to at least 10, so none can be worked out;
3. a linear-programming audit (scipy ``linprog``) of the table and all its margins
   released together: every hidden cell's possible range must be at least 10 wide;
   where it is not, more cells are hidden and the audit runs again;
4. rounding: counts to the nearest 5; a share is the rounded number with the property
   over the rounded number of businesses; intervals are worked out from those released
   figures, never from the exact ones, so they narrow nothing.
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import highspy
import numpy as np
from scipy.optimize import linprog
from scipy.sparse import lil_matrix

from smeshield.domain.insights.aggregate import ALL, Z95, Cell, Kind, Table, wilson
from smeshield.domain.insights.differencing import PriorFigure, refused
from smeshield.domain.insights.populations import Populations

THRESHOLD = 10
ROUND_TO = 5
LARGEST_SHARE = 0.50
LARGEST_TWO_SHARE = 0.67
PROTECTION_WIDTH = 10


class Rule:
    """A reason a figure is hidden."""

    name = "rule"

    @property
    def message(self) -> str:
        return " ".join((type(self).__doc__ or self.name).split())

    def fires(self, table: Table, cell: Cell) -> bool:
        raise NotImplementedError


class Threshold(Rule):
    """Hidden: fewer than 10 businesses, too few to show without risk of pointing to one."""

    name = "threshold"

    def fires(self, table: Table, cell: Cell) -> bool:
        return cell.n < THRESHOLD


class Dominance(Rule):
    """Hidden: one or two businesses make up most of this amount, so it could reveal theirs."""

    name = "dominance"

    def fires(self, table: Table, cell: Cell) -> bool:
        if table.measure.kind is not Kind.MEAN or cell.total <= 0:
            return False
        return cell.top1 > LARGEST_SHARE * cell.total or cell.top2 > LARGEST_TWO_SHARE * cell.total


class Differencing(Rule):
    """Hidden: with figures already published, it would reveal a group of 1 to 9 businesses."""

    name = "differencing"


class Secondary(Rule):
    """Hidden so that other hidden figures cannot be worked out from the totals."""

    name = "secondary"


PRIMARY: tuple[Rule, ...] = (Threshold(), Dominance())
RULES: dict[str, Rule] = {r.name: r for r in (*PRIMARY, Differencing(), Secondary())}


@dataclass(frozen=True)
class Released:
    key: tuple[str, ...]
    n: int | None  # rounded to 5; None when hidden
    value: float | None
    lower: float | None
    upper: float | None
    rule: str = ""  # the rule that hid it, or ""

    @property
    def suppressed(self) -> bool:
        return bool(self.rule)

    @property
    def message(self) -> str:
        return RULES[self.rule].message if self.rule else ""


@dataclass
class Release:
    table: Table
    cells: dict[tuple[str, ...], Released]
    audit_rounds: int = 0
    # The exact n of every released figure, for the query log (never shown).
    exact: dict[tuple[str, ...], int] = field(default_factory=dict)

    def rows(self) -> list[Released]:
        """Cells first (sorted), then margins, then the grand total."""
        return sorted(self.cells.values(), key=lambda r: (r.key.count(ALL), r.key))


def rounded(n: int) -> int:
    return int(ROUND_TO * round(n / ROUND_TO))


# --- Lines: the additive structure of a table and its margins -----------------------------


def lines(table: Table) -> list[tuple[tuple[str, ...], list[tuple[str, ...]]]]:
    """Every (total, members) along one dimension: members add up to the total."""
    grouped: dict[tuple[int, tuple[str, ...]], list[tuple[str, ...]]] = {}
    for key in table.cells:
        for i, value in enumerate(key):
            if value != ALL:
                total = (*key[:i], ALL, *key[i + 1 :])
                grouped.setdefault((i, total), []).append(key)
    return [(total, sorted(members)) for (_, total), members in sorted(grouped.items())]


def _hide_more(
    table: Table, hidden: dict[tuple[str, ...], str], group: Sequence[tuple[str, ...]]
) -> None:
    """Hide the smallest shown figure of the group (a total only if nothing else is left).

    Callers pass only groups with a figure still shown: a line with one hidden figure, a
    line whose total is shown, or (from the audit) a line not wholly hidden."""
    shown = [key for key in group if key not in hidden]
    pick = min(shown, key=lambda key: (key.count(ALL), table.cells[key].n, key))
    hidden[pick] = Secondary.name


def secondary_suppression(table: Table, hidden: dict[tuple[str, ...], str]) -> None:
    """Hide more until no line gives a hidden figure away (see the module's rules)."""
    all_lines = lines(table)
    changed = True
    while changed:
        changed = False
        for total, members in all_lines:
            group = [total, *members]
            concealed = [key for key in group if key in hidden]
            if not concealed:
                continue
            exposed_sum = (
                total not in hidden
                and sum(table.cells[k].n for k in members if k in hidden) < PROTECTION_WIDTH
            )
            if len(concealed) == 1 or exposed_sum:
                _hide_more(table, hidden, group)
                changed = True


# --- The linear-programming audit ---------------------------------------------------------


@dataclass(frozen=True)
class AuditResult:
    ranges: dict[tuple[str, ...], tuple[float, float]]  # hidden cell -> (lowest, highest)

    def too_narrow(self) -> list[tuple[str, ...]]:
        return sorted(k for k, (low, high) in self.ranges.items() if high - low < PROTECTION_WIDTH)


Equation = tuple[list[int], list[float], float]  # variable indices, coefficients, right side


def _equations(table: Table, index: dict[tuple[str, ...], int]) -> list[Equation]:
    """Each line with a hidden figure, as: hidden members - hidden total = a constant."""
    equations = []
    for total, members in lines(table):
        if total not in index and not any(k in index for k in members):
            continue
        columns: list[int] = []
        coefficients: list[float] = []
        constant = 0.0
        for key in members:
            if key in index:
                columns.append(index[key])
                coefficients.append(1.0)
            else:
                constant -= table.cells[key].n
        if total in index:
            columns.append(index[total])
            coefficients.append(-1.0)
        else:
            constant += table.cells[total].n
        equations.append((columns, coefficients, constant))
    return equations


def lp_audit(
    table: Table,
    hidden: Iterable[tuple[str, ...]],
    only: Iterable[tuple[str, ...]] | None = None,
) -> AuditResult:
    """The range an attacker could narrow each hidden count to, from everything shown.

    Solved with scipy's ``linprog`` (two linear programmes per hidden count). Shown counts
    are taken as exact (a stronger attacker than the rounded release allows). Each hidden
    count is a variable >= 0; each line says members = total. ``only`` limits which
    hidden counts get their range worked out (all by default).
    """
    variables = sorted(hidden)
    index = {key: i for i, key in enumerate(variables)}
    if not variables:
        return AuditResult({})
    equations = _equations(table, index)
    matrix = lil_matrix((len(equations), len(variables)))
    rhs = np.zeros(len(equations))
    for row, (columns, coefficients, constant) in enumerate(equations):
        for column, coefficient in zip(columns, coefficients, strict=True):
            matrix[row, column] += coefficient
        rhs[row] = constant
    a_eq = matrix.tocsr()
    ranges: dict[tuple[str, ...], tuple[float, float]] = {}
    wanted = index if only is None else {k: index[k] for k in only if k in index}
    for key, i in wanted.items():
        objective = np.zeros(len(variables))
        objective[i] = 1.0
        low = linprog(objective, A_eq=a_eq, b_eq=rhs, bounds=(0, None), method="highs")
        high = linprog(-objective, A_eq=a_eq, b_eq=rhs, bounds=(0, None), method="highs")
        lowest = float(low.fun) if low.status == 0 else 0.0
        highest = float(-high.fun) if high.status == 0 else float("inf")
        ranges[key] = (lowest, highest)
    return AuditResult(ranges)


def _quick_ranges(
    table: Table, hidden: Iterable[tuple[str, ...]], only: Iterable[tuple[str, ...]] | None
) -> AuditResult:
    """The same question as ``lp_audit``, answered faster while searching for a safe
    pattern: one HiGHS model re-solved with a new objective each time (warm starts), and
    the lower bound skipped when the upper one is already 10 above the true count (the
    range is then wide enough; it is reported as starting at the true count)."""
    variables = sorted(hidden)
    index = {key: i for i, key in enumerate(variables)}
    if not variables:
        return AuditResult({})
    model = _new_model()
    count = len(variables)
    model.addVars(count, np.zeros(count), np.full(count, highspy.kHighsInf))
    for columns, coefficients, constant in _equations(table, index):
        model.addRow(
            constant,
            constant,
            len(columns),
            np.asarray(columns, dtype=np.int32),
            np.asarray(coefficients, dtype=np.float64),
        )
    wanted = variables if only is None else [k for k in only if k in index]
    ranges: dict[tuple[str, ...], tuple[float, float]] = {}
    for key in wanted:
        column = index[key]
        model.changeColCost(column, 1.0)
        highest = _solve(model, highspy.ObjSense.kMaximize)
        true = float(table.cells[key].n)
        if highest - true >= PROTECTION_WIDTH:
            ranges[key] = (true, highest)
        else:
            ranges[key] = (_solve(model, highspy.ObjSense.kMinimize), highest)
        model.changeColCost(column, 0.0)
    return AuditResult(ranges)


def _new_model() -> highspy.Highs:
    """A silent HiGHS model (its constructor prints a banner to standard output, which
    would end up inside CSV written there)."""
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with Path(os.devnull).open("w") as devnull:
            os.dup2(devnull.fileno(), 1)
            model = highspy.Highs()  # type: ignore[no-untyped-call]
    finally:
        os.dup2(saved, 1)
        os.close(saved)
    model.setOptionValue("output_flag", False)
    return model


def _solve(model: highspy.Highs, sense: highspy.ObjSense) -> float:
    model.changeObjectiveSense(sense)
    model.run()
    status = model.getModelStatus()
    if status == highspy.HighsModelStatus.kOptimal:
        return float(model.getInfo().objective_function_value)
    if sense == highspy.ObjSense.kMaximize:
        return float("inf")  # unbounded above: no upper limit at all
    return 0.0


# --- Putting it together --------------------------------------------------------------------


def _binding_line(
    table: Table,
    hidden: dict[tuple[str, ...], str],
    audit: AuditResult,
    key: tuple[str, ...],
) -> list[tuple[str, ...]] | None:
    """The line that holds a hidden figure's upper bound lowest (where slack is missing).

    Along a line where the figure is a member, its bound is the line's highest total less
    the lowest of the other members; where it is the total, the sum of the members' highest.
    Lines already wholly hidden are passed over; on a tie the first line (table order) wins."""

    def high(k: tuple[str, ...]) -> float:
        return audit.ranges[k][1] if k in audit.ranges else table.cells[k].n

    def low(k: tuple[str, ...]) -> float:
        return audit.ranges[k][0] if k in audit.ranges else table.cells[k].n

    best: tuple[float, list[tuple[str, ...]]] | None = None
    for total, members in lines(table):
        group = [total, *members]
        if key not in group or all(k in hidden for k in group):
            continue
        if key == total:
            bound = sum(high(k) for k in members)
        else:
            bound = high(total) - sum(low(k) for k in members if k != key)
        if best is None or bound < best[0]:
            best = (bound, group)
    return best[1] if best else None


def protect(
    table: Table,
    history: Sequence[PriorFigure] = (),
    populations: Populations | None = None,
    *,
    secondary: bool = True,
    audit: bool = True,
) -> Release:
    """Apply every rule; return what may be released, each figure with its n or its rule.

    ``history`` is every figure already released from the same data (to anyone);
    ``populations`` counts businesses on the records the table was made from (needed
    with a history). ``secondary`` and ``audit`` switch those layers off, for tests
    that show each layer alone is needed."""
    hidden: dict[tuple[str, ...], str] = {}
    for key, cell in table.cells.items():
        fired = next((rule for rule in PRIMARY if rule.fires(table, cell)), None)
        if fired is not None:
            hidden[key] = fired.name
    for key in refused(table, hidden, history, populations):
        hidden[key] = Differencing.name
    rounds = _protect_hidden(table, hidden, secondary=secondary, lp=audit)
    return _release(table, hidden, rounds)


def _protect_hidden(
    table: Table, hidden: dict[tuple[str, ...], str], *, secondary: bool, lp: bool
) -> int:
    """Hide more until the LP finds every hidden figure's range at least 10 wide."""
    rounds = 0
    to_check: set[tuple[str, ...]] | None = None  # None: every hidden figure
    while True:
        before_round = set(hidden)
        if secondary:
            secondary_suppression(table, hidden)
        if to_check is not None:
            to_check |= set(hidden) - before_round
        rounds += 1
        if not lp:
            return rounds
        # Hiding more never narrows another hidden figure's range (a figure made unknown
        # only relaxes the equations), so after the first round only the figures found
        # too narrow, and the newly hidden ones, need checking again.
        audit = _quick_ranges(table, hidden, to_check)
        narrow = audit.too_narrow()
        if not narrow:
            return rounds
        # Each round hides at least one more figure, so this ends (at worst all hidden).
        before = len(hidden)
        for key in narrow:
            binding = _binding_line(table, hidden, audit, key)
            if binding is not None:
                _hide_more(table, hidden, binding)
        if len(hidden) == before:
            for key in table.cells:
                hidden.setdefault(key, Secondary.name)
        to_check = set(narrow) | (set(hidden) - before_round)


def _release(table: Table, hidden: dict[tuple[str, ...], str], rounds: int) -> Release:
    released: dict[tuple[str, ...], Released] = {}
    exact: dict[tuple[str, ...], int] = {}
    for key, cell in table.cells.items():
        if key in hidden:
            released[key] = Released(key, None, None, None, None, hidden[key])
            continue
        value, lower, upper = _released_figures(table, cell)
        released[key] = Released(key, rounded(cell.n), value, lower, upper)
        exact[key] = cell.n
    return Release(table, released, rounds, exact)


def _released_figures(table: Table, cell: Cell) -> tuple[float, float | None, float | None]:
    """The value and its 95% interval, from released (rounded) figures only.

    A count is its rounded n. A share is the rounded number with the property over the
    rounded n, to 2 places, with the Wilson interval of those two rounded counts. A mean
    is in whole pounds, its interval from the rounded n and the spread to 2 significant
    figures. Nothing here is finer than the rounded counts, so no interval can be turned
    back into an exact count."""
    n = rounded(cell.n)
    kind = table.measure.kind
    if kind is Kind.COUNT:
        return float(n), None, None
    if kind is Kind.RATE:
        having = min(n, rounded(round(cell.total)))
        lower, upper = wilson(having, n)
        return round(having / n, 2), round(lower, 2), round(upper, 2)
    mean = round(cell.total / cell.n)
    if cell.n < 2:
        return float(mean), None, None
    half = Z95 * float(f"{cell.spread:.2g}") / math.sqrt(n)
    return float(mean), float(max(0, round(mean - half))), float(round(mean + half))
