"""How the protection layers choose what else to hide, and the order figures are released in.

The tables here are written out cell by cell, so every expected bound, line and figure is
worked out by hand in the comments, not taken from the module under test."""

from __future__ import annotations

from smeshield.domain.insights.aggregate import MEASURES, Cell, Table
from smeshield.domain.insights.disclosure import AuditResult, _binding_line, lp_audit, protect

Key = tuple[str, ...]


def _table(counts: dict[Key, int], dims: tuple[str, ...]) -> Table:
    cells = {key: Cell(key, n, float(n)) for key, n in counts.items()}
    return Table(dims, MEASURES["businesses"], {}, cells)


def _two_by_two() -> Table:
    """Size (a, b) by sector (x, y), with every margin:

        |  x  |  y  | all
    a   |  3  | 20  |  23
    b   | 15  | 30  |  45
    all | 18  | 50  |  68
    """
    return _table(
        {
            ("a", "x"): 3, ("a", "y"): 20, ("a", "*"): 23,
            ("b", "x"): 15, ("b", "y"): 30, ("b", "*"): 45,
            ("*", "x"): 18, ("*", "y"): 50, ("*", "*"): 68,
        },
        ("size_band", "sector"),
    )  # fmt: skip


COLUMN_X: list[Key] = [("*", "x"), ("a", "x"), ("b", "x")]
ROW_A: list[Key] = [("a", "*"), ("a", "x"), ("a", "y")]
GRAND_BY_SECTOR: list[Key] = [("*", "*"), ("*", "x"), ("*", "y")]


def test_given_a_member_then_the_line_with_the_lowest_upper_bound_binds() -> None:
    # Given a:x (3) and b:x (15) hidden, the audit saying a:x is 3..8 and b:x is 10..15
    table = _two_by_two()
    hidden: dict[Key, str] = {("a", "x"): "threshold", ("b", "x"): "secondary"}
    audit = AuditResult({("a", "x"): (3.0, 8.0), ("b", "x"): (10.0, 15.0)})

    # When asked which line holds a:x's upper bound lowest
    binding = _binding_line(table, hidden, audit, ("a", "x"))

    # Then row a: 23 less the lowest a:y (20, shown) = 3, against column x: 18 less the
    # lowest b:x (10) = 8
    assert binding == ROW_A


def test_given_a_hidden_total_then_its_bound_is_the_sum_of_its_members_highest() -> None:
    # Given the column total for x hidden with a:x, the audit saying x is 11..23, a:x 3..8
    table = _two_by_two()
    hidden: dict[Key, str] = {("*", "x"): "secondary", ("a", "x"): "threshold"}
    audit = AuditResult({("*", "x"): (11.0, 23.0), ("a", "x"): (3.0, 8.0)})

    # When asked which line holds the x total's upper bound lowest
    binding = _binding_line(table, hidden, audit, ("*", "x"))

    # Then as a total, column x allows 8 + 15 = 23; as a member of the grand total by
    # sector it allows 68 - 50 = 18: that line binds
    assert binding == GRAND_BY_SECTOR


def test_given_a_tie_then_the_first_line_in_table_order_binds() -> None:
    # Given a:x hidden alone and pinned at 3
    table = _two_by_two()
    hidden: dict[Key, str] = {("a", "x"): "threshold"}
    audit = AuditResult({("a", "x"): (3.0, 3.0)})

    # When asked for its binding line
    binding = _binding_line(table, hidden, audit, ("a", "x"))

    # Then column x (18 - 15 = 3) and row a (23 - 20 = 3) tie; column lines come first
    assert binding == COLUMN_X


def test_given_a_line_wholly_hidden_then_it_is_passed_over() -> None:
    # Given all of column x hidden (nothing left there to hide), and a:y shown
    table = _two_by_two()
    hidden: dict[Key, str] = dict.fromkeys(COLUMN_X, "secondary")
    audit = AuditResult({("a", "x"): (3.0, 3.0), ("b", "x"): (15.0, 15.0), ("*", "x"): (18, 18)})

    # When asked for a:x's binding line
    binding = _binding_line(table, hidden, audit, ("a", "x"))

    # Then row a is the only line where hiding more can help
    assert binding == ROW_A


def test_given_a_figure_in_no_line_with_anything_shown_then_no_line_binds() -> None:
    table = _two_by_two()
    hidden: dict[Key, str] = dict.fromkeys(table.cells, "secondary")
    audit = AuditResult(dict.fromkeys(table.cells, (0.0, 0.0)))

    assert _binding_line(table, hidden, audit, ("a", "x")) is None


def test_given_a_total_as_small_as_a_member_then_the_member_is_hidden_not_the_total() -> None:
    # Given micro 12 and small 0 (hidden: too few), so the total is also 12
    table = _table({("micro",): 12, ("small",): 0, ("*",): 12}, ("size_band",))

    # When line suppression runs alone
    release = protect(table, audit=False)

    # Then the second figure hidden is micro: a total goes only when nothing else is left
    hidden = {key for key, cell in release.cells.items() if cell.suppressed}
    assert hidden == {("micro",), ("small",)}


def test_given_line_suppression_then_each_figure_it_hides_is_protected_in_turn() -> None:
    # Given a:x too few (3). Column x hides its smallest other member (b:x, 15), which
    # leaves b:x alone in row b, so b:y (30) goes too; row a hides a:y (20) beside a:x.
    table = _two_by_two()

    release = protect(table, audit=False)

    hidden = {key for key, cell in release.cells.items() if cell.suppressed}
    for line in ([("a", "*"), ("a", "x"), ("a", "y")], [("b", "*"), ("b", "x"), ("b", "y")],
                 COLUMN_X, [("*", "y"), ("a", "y"), ("b", "y")], GRAND_BY_SECTOR):  # fmt: skip
        assert len(hidden & set(line)) != 1, line
    assert hidden == {("a", "x"), ("b", "x"), ("a", "y"), ("b", "y")}


def test_given_the_lp_audit_alone_then_the_smallest_other_member_is_hidden_with_the_small_one() -> (
    None
):
    # Given micro 30, small 3 (too few), medium 14: the audit finds small pinned at 3
    table = _table({("micro",): 30, ("small",): 3, ("medium",): 14, ("*",): 47}, ("size_band",))

    release = protect(table, secondary=False)

    # Then the audit's widening hides medium (the smallest shown member), and no more
    hidden = {key for key, cell in release.cells.items() if cell.suppressed}
    assert hidden == {("small",), ("medium",)}
    assert release.cells[("medium",)].rule == "secondary"


def test_released_rows_come_cells_first_then_margins_then_the_grand_total() -> None:
    release = protect(_two_by_two())

    keys = [row.key for row in release.rows()]

    assert keys == [
        ("a", "x"), ("a", "y"), ("b", "x"), ("b", "y"),  # cells, sorted
        ("*", "x"), ("*", "y"), ("a", "*"), ("b", "*"),  # margins, sorted
        ("*", "*"),  # the grand total last
    ]  # fmt: skip


def test_the_lp_audit_gives_each_hidden_figure_the_exact_range_the_shown_ones_allow() -> None:
    # Given micro 30 shown, small 3 and medium 14 hidden, and the total 47 shown
    table = _table({("micro",): 30, ("small",): 3, ("medium",): 14, ("*",): 47}, ("size_band",))

    # When an attacker solves the line: small + medium = 47 - 30 = 17, each at least 0
    ranges = lp_audit(table, [("small",), ("medium",)]).ranges

    # Then each could be anything from 0 to 17
    assert ranges == {("small",): (0.0, 17.0), ("medium",): (0.0, 17.0)}


def test_the_lp_audit_of_one_figure_leaves_the_others_out() -> None:
    table = _table({("micro",): 30, ("small",): 3, ("medium",): 14, ("*",): 47}, ("size_band",))

    ranges = lp_audit(table, [("small",), ("medium",)], only=[("medium",)]).ranges

    assert ranges == {("medium",): (0.0, 17.0)}


def test_the_lp_audit_of_nothing_hidden_finds_nothing() -> None:
    assert lp_audit(_two_by_two(), []).ranges == {}
