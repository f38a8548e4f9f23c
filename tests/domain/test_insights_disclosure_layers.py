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


def _money(n: int, total: float, top1: float, top2: float, spread: float) -> Table:
    cell = Cell((), n, total, top1, top2, spread)
    return Table((), MEASURES["loss_gbp"], {}, {(): cell})


def test_a_mean_and_its_interval_come_from_the_rounded_count_and_a_two_figure_spread() -> None:
    # Given 12 businesses that lost £3,000 together (mean £250), spread £41.7, none dominant
    release = protect(_money(12, 3000.0, 300.0, 600.0, 41.7))

    figure = release.cells[()]

    # Then the mean is £250; the spread is taken as 42 and n as 10 (rounded to 5):
    # half-width 1.959964 * 42 / sqrt(10) = 26.03, so £224 to £276
    assert figure.n == 10
    assert (figure.value, figure.lower, figure.upper) == (250.0, 224.0, 276.0)


def test_a_mean_interval_never_goes_below_nothing() -> None:
    # 10 businesses, mean £20, spread £50: 1.959964 * 50 / sqrt(10) = 31 either side
    figure = protect(_money(10, 200.0, 50.0, 100.0, 50.0)).cells[()]

    assert (figure.value, figure.lower, figure.upper) == (20.0, 0.0, 51.0)


def test_one_business_with_the_only_pound_lost_is_hidden_by_dominance() -> None:
    # Given 12 businesses where one lost £1 and the rest nothing
    figure = protect(_money(12, 1.0, 1.0, 1.0, 0.29)).cells[()]

    assert figure.rule == "dominance"


def test_no_money_lost_at_all_is_not_dominated_by_anyone() -> None:
    figure = protect(_money(12, 0.0, 0.0, 0.0, 0.0)).cells[()]

    assert figure.rule == ""


def test_a_range_exactly_10_wide_is_wide_enough_and_9_is_not() -> None:
    audit = AuditResult({("a",): (5.0, 15.0), ("b",): (5.0, 14.0), ("c",): (0.0, 9.0)})

    assert audit.too_narrow() == [("b",), ("c",)]


def test_hidden_figures_adding_up_to_exactly_10_beside_a_shown_total_are_safe() -> None:
    # Given small 3 and medium 7, both too few, beside a shown total: together exactly 10
    table = _table({("micro",): 30, ("small",): 3, ("medium",): 7, ("*",): 40}, ("size_band",))

    release = protect(table, audit=False)

    hidden = {key for key, cell in release.cells.items() if cell.suppressed}
    assert hidden == {("small",), ("medium",)}


def test_hidden_figures_adding_up_to_less_than_10_beside_a_shown_total_hide_one_more() -> None:
    # Given small 3 and medium 4 both too few: together 7, so their total gives too much away
    table = _table(
        {("micro",): 30, ("small",): 3, ("medium",): 4, ("large",): 20, ("*",): 57},
        ("size_band",),
    )

    release = protect(table, audit=False)

    hidden = {key for key, cell in release.cells.items() if cell.suppressed}
    assert hidden == {("small",), ("medium",), ("large",)}  # large: the smallest shown member
    assert release.cells[("large",)].rule == "secondary"


def test_the_audit_counts_its_rounds() -> None:
    # LP alone: round 1 finds small pinned and hides medium; round 2 finds nothing narrow
    lp_alone = _table({("micro",): 30, ("small",): 3, ("medium",): 14, ("*",): 47}, ("size_band",))

    assert protect(lp_alone, secondary=False).audit_rounds == 2
    assert protect(lp_alone).audit_rounds == 1  # line suppression already hid enough
