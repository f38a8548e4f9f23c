"""Disclosure rules at exactly their boundaries, each protection layer alone, and the
differencing check in both orders. Expected values are written here (10 businesses, 1 to 9
apart, 50% and 67%), never imported from the module under test."""

from __future__ import annotations

import polars as pl
import pytest

from smeshield.domain.insights.aggregate import DIMENSIONS, MEASURES, Table, aggregate
from smeshield.domain.insights.differencing import PriorFigure
from smeshield.domain.insights.disclosure import lines, lp_audit, protect
from smeshield.domain.insights.populations import Populations


def _frame(
    groups: list[tuple[int, str, str, str]], losses: list[float] | None = None
) -> pl.DataFrame:
    """(how many, size band, sector, region) groups of businesses."""
    size, sector, region = [], [], []
    for count, s, c, r in groups:
        size += [s] * count
        sector += [c] * count
        region += [r] * count
    count = len(size)
    return pl.DataFrame(
        {
            "business_id": list(range(1, count + 1)),
            "size_band": size,
            "sector": sector,
            "region": region,
            "had_incident": [True] * count,
            "loss_gbp": losses if losses is not None else [0.0] * count,
        },
        schema_overrides={"loss_gbp": pl.Float64},
    )


# --- Threshold: 10 is shown, 9 is not -------------------------------------------------------


@pytest.mark.parametrize(("businesses", "shown"), [(9, False), (10, True), (11, True)])
def test_given_a_cell_of_exactly_9_or_10_businesses_then_only_10_and_more_are_shown(
    businesses: int, shown: bool
) -> None:
    table = aggregate(
        _frame([(businesses, "micro", "F", "North East")]), (), MEASURES["businesses"]
    )

    figure = protect(table).cells[()]

    assert figure.suppressed is not shown
    assert figure.rule == ("" if shown else "threshold")


# --- Each protection layer alone -------------------------------------------------------------


def _one_small_cell() -> Table:
    """Micro 30, small 3 (too few), medium 14, and their total."""
    frame = _frame(
        [(30, "micro", "F", "North East"), (3, "small", "F", "North East"),
         (14, "medium", "F", "North East")]
    )  # fmt: skip
    return aggregate(frame, ("size_band",), MEASURES["had_incident"])


def test_given_no_secondary_or_audit_then_only_the_small_cell_is_hidden() -> None:
    release = protect(_one_small_cell(), secondary=False, audit=False)

    assert [k for k, c in release.cells.items() if c.suppressed] == [("small",)]


def test_given_line_suppression_alone_then_a_second_cell_of_the_line_is_hidden() -> None:
    release = protect(_one_small_cell(), audit=False)

    assert release.cells[("small",)].rule == "threshold"
    assert release.cells[("medium",)].rule == "secondary"  # the smallest other member
    assert not release.cells[("micro",)].suppressed


def test_given_the_lp_audit_alone_then_its_widening_loop_hides_a_second_cell() -> None:
    table = _one_small_cell()

    release = protect(table, secondary=False)

    hidden = [k for k, c in release.cells.items() if c.suppressed]
    assert len(hidden) >= 2
    assert release.audit_rounds >= 2  # the first audit found small pinned; it widened
    low, high = lp_audit(table, hidden).ranges[("small",)]
    assert high - low >= 10


def test_given_both_layers_then_no_line_leaves_a_hidden_cell_alone() -> None:
    table = _one_small_cell()
    release = protect(table)
    hidden = {k for k, c in release.cells.items() if c.suppressed}

    for total, members in lines(table):
        assert len(hidden & {total, *members}) != 1


# --- Dominance: exactly 50% and 67% are allowed, a pound more is not -------------------------


@pytest.mark.parametrize(
    ("losses", "rule"),
    [
        ([5000.0, 1000.0] + [400.0] * 10, ""),  # largest exactly 50% of £10,000
        ([5001.0, 1000.0] + [400.0] * 9 + [399.0], "dominance"),  # just over half
        ([3350.0, 3350.0] + [300.0] * 11, ""),  # largest two exactly 67%
        ([3351.0, 3350.0] + [300.0] * 10 + [299.0], "dominance"),  # just over
    ],
)
def test_given_money_at_the_dominance_boundaries_then_only_over_them_is_hidden(
    losses: list[float], rule: str
) -> None:
    assert sum(losses) == 10_000
    frame = _frame([(len(losses), "micro", "F", "North East")], losses)
    table = aggregate(frame, (), MEASURES["loss_gbp"])

    assert protect(table).cells[()].rule == rule


# --- Differencing: 1 and 9 apart refused, 0 and 10 apart allowed, in both orders ---------------


def _builders(rest: int) -> pl.DataFrame:
    """40 builders in the North West and `rest` more in the North East."""
    return _frame([(40, "micro", "F", "North West"), (rest, "micro", "F", "North East")])


def _ask_in_turn(frame: pl.DataFrame, asks: list[dict[str, str]]) -> list[str]:
    """Each figure's rule, asked one after the other (everything released is history)."""
    populations = Populations(frame, DIMENSIONS)
    history: list[PriorFigure] = []
    rules = []
    for filters in asks:
        table = aggregate(frame, (), MEASURES["businesses"], filters)
        release = protect(table, history, populations)
        history += [
            PriorFigure(table.population(table.cells[k]), n) for k, n in release.exact.items()
        ]
        rules.append(release.cells[()].rule)
    return rules


BROAD = {"sector": "F"}
NARROW = {"sector": "F", "region": "North West"}


@pytest.mark.parametrize(("rest", "refused"), [(1, True), (9, True), (10, False)])
@pytest.mark.parametrize("narrow_first", [False, True])
def test_given_nested_figures_then_the_second_is_refused_only_when_1_to_9_apart(
    rest: int, refused: bool, narrow_first: bool
) -> None:
    asks = [NARROW, BROAD] if narrow_first else [BROAD, NARROW]

    first, second = _ask_in_turn(_builders(rest), asks)

    assert first == ""
    assert second == ("differencing" if refused else "")


def test_given_the_same_population_asked_twice_then_both_are_given() -> None:
    assert _ask_in_turn(_builders(0), [BROAD, NARROW]) == ["", ""]  # 0 apart: the same firms


def test_given_a_region_and_a_force_area_inside_it_then_words_do_not_hide_the_nesting() -> None:
    frame = pl.DataFrame(
        {
            "business_id": list(range(1, 44)),
            "region": ["London"] * 43,
            "police_force_area": ["Metropolitan Police"] * 42 + ["London, City of"],
            "had_incident": [True] * 43,
        }
    )
    for asks in ([{"region": "London"}, {"police_force_area": "Metropolitan Police"}],
                 [{"police_force_area": "Metropolitan Police"}, {"region": "London"}]):  # fmt: skip
        assert _ask_in_turn(frame, asks) == ["", "differencing"]


def test_given_earlier_data_then_a_changed_count_for_the_same_group_is_refused() -> None:
    frame = _builders(0)
    table = aggregate(frame, (), MEASURES["businesses"], NARROW)
    earlier = PriorFigure(table.population(table.cells[()]), 41, current=False)

    release = protect(table, [earlier], Populations(frame, DIMENSIONS))

    assert release.cells[()].rule == "differencing"


def test_given_earlier_data_with_the_same_count_then_the_figure_is_given() -> None:
    frame = _builders(0)
    table = aggregate(frame, (), MEASURES["businesses"], NARROW)
    earlier = PriorFigure(table.population(table.cells[()]), 40, current=False)

    assert not protect(table, [earlier], Populations(frame, DIMENSIONS)).cells[()].suppressed


# --- Released intervals come from released figures ------------------------------------------------


def test_given_a_share_then_it_and_its_interval_are_made_from_the_rounded_counts() -> None:
    frame = pl.DataFrame(
        {"business_id": list(range(1, 44)), "had_incident": [True] * 12 + [False] * 31}
    )
    table = aggregate(frame, (), MEASURES["had_incident"])

    figure = protect(table).cells[()]

    assert figure.n == 45  # 43 rounded to 5
    assert figure.value == 0.22  # 10 (12 rounded) of 45
    # Wilson interval for 10 of 45, worked out by hand: 0.1254 to 0.3627.
    assert (figure.lower, figure.upper) == (0.13, 0.36)


# --- Populations are counted on the records ---------------------------------------------------


def test_given_any_conditions_then_populations_count_what_filtering_the_rows_counts() -> None:
    frame = _frame(
        [(12, "micro", "F", "North East"), (7, "small", "F", "North West"),
         (30, "micro", "G", "North West"), (3, "medium", "A", "North East")]
    ).with_columns(pl.Series("had_incident", [i % 3 == 0 for i in range(52)]))  # fmt: skip
    populations = Populations(frame, DIMENSIONS)
    asks = [
        {("sector", "F")},
        {("sector", "F"), ("region", "North West")},
        {("size_band", "micro"), ("had_incident", "true")},
        {("sector", "A"), ("sector", "F")},
        {("region", "Wales")},
        set(),
    ]
    for conditions in asks:
        rows = frame
        for column, value in conditions:
            wanted = value == "true" if column == "had_incident" else value
            rows = rows.filter(pl.col(column) == wanted)
        expected = 0 if len({c for c, _ in conditions}) < len(conditions) else rows.height
        assert populations.count(frozenset(conditions)) == expected, conditions
