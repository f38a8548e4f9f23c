"""Disclosure control, proved: no released cell under 10 businesses, counts rounded to 5,
money cells pass dominance, no suppressed cell narrowed below 10 by an LP audit of all the
tables released together, and a scripted differencing attacker recovers nothing."""

from __future__ import annotations

import itertools
import math

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smeshield.domain.insights.aggregate import ALL, DIMENSIONS, MEASURES, aggregate, wilson
from smeshield.domain.insights.differencing import PriorFigure
from smeshield.domain.insights.disclosure import Release, lines, lp_audit, protect
from smeshield.domain.insights.populations import Populations
from tests.domain.examples import examples

# Stated here, not imported from the module under test.
THRESHOLD = 10
ROUND_TO = 5
PROTECTION_WIDTH = 10

SIZES = ["micro", "small", "medium"]
SECTORS = ["A", "F", "G", "I"]
REGIONS = ["North East", "North West", "Yorkshire and The Humber"]


def _frame(rows: list[tuple[str, str, str, bool, float]]) -> pl.DataFrame:
    size, sector, region, hit, loss = zip(*rows, strict=True) if rows else ([], [], [], [], [])
    return pl.DataFrame(
        {
            "business_id": list(range(1, len(rows) + 1)),
            "size_band": list(size),
            "sector": list(sector),
            "region": list(region),
            "had_incident": list(hit),
            "loss_gbp": list(loss),
        },
        schema_overrides={"had_incident": pl.Boolean, "loss_gbp": pl.Float64},
    )


populations = st.lists(
    st.tuples(
        st.sampled_from(SIZES),
        st.sampled_from(SECTORS),
        st.sampled_from(REGIONS),
        st.booleans(),
        st.one_of(st.just(0.0), st.floats(min_value=1, max_value=100_000)),
    ),
    min_size=0,
    max_size=400,
)
dimensions = st.sampled_from(
    [
        ("size_band",),
        ("size_band", "sector"),
        ("sector", "region"),
        ("size_band", "sector", "region"),
    ]
)


def _hidden(release: Release) -> list[tuple[str, ...]]:
    return [key for key, cell in release.cells.items() if cell.suppressed]


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(populations, dimensions)
def test_no_released_cell_describes_fewer_than_10_and_counts_are_rounded(
    rows: list[tuple[str, str, str, bool, float]], dims: tuple[str, ...]
) -> None:
    table = aggregate(_frame(rows), dims, MEASURES["had_incident"])

    release = protect(table)

    for key, cell in release.cells.items():
        if not cell.suppressed:
            assert table.cells[key].n >= THRESHOLD
            assert cell.n is not None
            assert cell.n % ROUND_TO == 0
            assert abs(cell.n - table.cells[key].n) <= ROUND_TO / 2
        else:
            assert cell.n is None
            assert cell.value is None
            assert cell.rule


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(populations, dimensions)
def test_the_lp_audit_narrows_no_suppressed_cell_below_10(
    rows: list[tuple[str, str, str, bool, float]], dims: tuple[str, ...]
) -> None:
    table = aggregate(_frame(rows), dims, MEASURES["had_incident"])

    release = protect(table)

    audit = lp_audit(table, _hidden(release))  # every range, computed in full
    assert audit.too_narrow() == []
    for key, (low, high) in audit.ranges.items():
        assert low <= table.cells[key].n <= high + 1e-6  # the truth is inside
        assert high - low >= PROTECTION_WIDTH


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(populations, dimensions)
def test_no_line_leaves_a_hidden_cell_alone(
    rows: list[tuple[str, str, str, bool, float]], dims: tuple[str, ...]
) -> None:
    table = aggregate(_frame(rows), dims, MEASURES["had_incident"])
    release = protect(table)
    hidden = set(_hidden(release))

    for total, members in lines(table):
        assert len(hidden & {total, *members}) != 1


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(populations)
def test_money_cells_pass_dominance(rows: list[tuple[str, str, str, bool, float]]) -> None:
    table = aggregate(_frame(rows), ("size_band",), MEASURES["loss_gbp"])

    release = protect(table)

    for key, cell in release.cells.items():
        source = table.cells[key]
        if not cell.suppressed and source.total > 0:
            assert source.top1 <= 0.5 * source.total
            assert source.top2 <= 0.67 * source.total


def test_a_single_large_loss_is_hidden_by_dominance() -> None:
    rows = [("micro", "F", "North East", True, 50.0)] * 20 + [
        ("micro", "F", "North East", True, 90_000.0)
    ]
    table = aggregate(_frame(rows), (), MEASURES["loss_gbp"])

    assert protect(table).cells[()].rule == "dominance"


def test_every_figure_carries_its_n_or_its_rule() -> None:
    rows = (
        [("micro", "F", "North East", True, 0.0)] * 30
        + [("medium", "F", "North East", True, 0.0)] * 14
        + [("small", "F", "North East", False, 0.0)] * 3
    )
    table = aggregate(_frame(rows), ("size_band",), MEASURES["had_incident"])

    release = protect(table)

    assert release.cells[("micro",)].n == 30
    assert release.cells[("small",)].rule == "threshold"
    assert release.cells[("small",)].message.startswith("Hidden: fewer than 10 businesses")
    assert release.cells[("medium",)].rule == "secondary"  # else small = total - the rest


# --- Differencing: a scripted attacker ------------------------------------------------------


def test_a_differencing_attacker_recovers_nothing() -> None:
    """The attacker asks for all builders, then builders outside one small region, hoping
    the difference reveals the few builders there (and whether they were hit)."""
    rows = (
        [("micro", "F", "North West", True, 0.0)] * 40
        + [("micro", "F", "North East", False, 0.0)] * 6  # the 6 they want to learn about
        + [("micro", "G", "North East", False, 0.0)] * 30
    )
    frame = _frame(rows)
    history: list[PriorFigure] = []
    populations = Populations(frame, DIMENSIONS)

    def ask(dims: tuple[str, ...], **filters: str) -> Release:
        table = aggregate(frame, dims, MEASURES["had_incident"], filters)
        release = protect(table, history, populations)
        history.extend(
            PriorFigure(table.population(table.cells[key]), n) for key, n in release.exact.items()
        )
        return release

    everyone = ask((), sector="F")  # 46 builders
    north_west = ask((), sector="F", region="North West")  # 40 of them: 6 fewer
    by_region = ask(("region",), sector="F")

    assert everyone.cells[()].n == 45
    assert north_west.cells[()].suppressed
    assert north_west.cells[()].rule == "differencing"
    assert by_region.cells[("North East",)].suppressed
    # Whatever was released, no two figures about nested groups differ by 1 to 9.
    released = [(p.population, p.n) for p in history]
    for (a, n_a), (b, n_b) in itertools.combinations(released, 2):
        if a <= b or b <= a:
            assert not 1 <= abs(n_a - n_b) <= 9, (a, n_a, b, n_b)


def test_the_same_figure_asked_again_is_given_again() -> None:
    rows = [("micro", "F", "North West", True, 0.0)] * 40
    table = aggregate(_frame(rows), (), MEASURES["had_incident"])
    first = protect(table)

    again = protect(
        table,
        [PriorFigure(table.population(table.cells[()]), 40)],
        Populations(_frame(rows), DIMENSIONS),
    )

    assert again.cells[()].n == first.cells[()].n == 40


# --- Aggregation -------------------------------------------------------------------------------


def test_margins_add_up_and_empty_cells_are_there() -> None:
    rows = [("micro", "F", "North West", True, 0.0)] * 12 + [
        ("small", "G", "North East", False, 0.0)
    ] * 15
    table = aggregate(_frame(rows), ("size_band", "sector"), MEASURES["had_incident"])

    assert table.cells[(ALL, ALL)].n == 27
    assert table.cells[("micro", ALL)].n == 12
    assert table.cells[("micro", "G")].n == 0


@pytest.mark.parametrize(
    ("successes", "n", "expected"),
    [(0, 10, (0.0, 0.2775)), (5, 10, (0.2366, 0.7634)), (81, 263, (0.2553, 0.3662))],
)
def test_wilson_intervals_match_published_values(
    successes: int, n: int, expected: tuple[float, float]
) -> None:
    low, high = wilson(successes, n)
    assert (round(low, 4), round(high, 4)) == expected


def test_given_5_of_20_then_the_wilson_interval_is_the_textbook_one() -> None:
    """Newcombe (1998), method 3; also Brown, Cai and DasGupta (2001): 0.1119 to 0.4687."""
    low, high = wilson(5, 20)

    assert (round(low, 4), round(high, 4)) == (0.1119, 0.4687)


def _wilson_by_hand(successes: float, n: int) -> tuple[float, float]:
    """Wilson's (1927) closed form with z = 1.959963984540054 (the 97.5% normal quantile)."""
    z = 1.959963984540054
    p = successes / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


@pytest.mark.parametrize("n", [1, 2, 9, 10, 11, 37, 263, 10_000])
def test_given_any_count_then_the_library_interval_equals_the_closed_form(n: int) -> None:
    for successes in sorted({0, 0.5, 1, n / 3, n / 2, n - 1, n}):
        assert wilson(successes, n) == pytest.approx(_wilson_by_hand(successes, n), abs=1e-9)


@settings(max_examples=examples(60), deadline=None)
@given(populations, dimensions, st.sampled_from(["had_incident", "businesses"]))
def test_counting_by_enum_codes_gives_what_grouping_gives(
    rows: list[tuple[str, str, str, bool, float]], dims: tuple[str, ...], measure: str
) -> None:
    as_text = _frame(rows)
    as_enums = as_text.with_columns(
        pl.col("size_band").cast(pl.Enum(SIZES)),
        pl.col("sector").cast(pl.Enum(SECTORS)),
        pl.col("region").cast(pl.Enum(REGIONS)),
    )

    grouped = aggregate(as_text, dims, MEASURES[measure])
    counted = aggregate(as_enums, dims, MEASURES[measure])

    assert counted.cells == grouped.cells


def test_given_a_table_of_rates_then_every_cells_interval_is_its_wilson_interval() -> None:
    rows = (
        [("micro", "F", "North West", True, 0.0)] * 5
        + [("micro", "F", "North West", False, 0.0)] * 15
        + [("small", "G", "North East", True, 0.0)] * 7
        + [("small", "G", "North East", False, 0.0)] * 4
    )
    table = aggregate(_frame(rows), ("size_band", "sector"), MEASURES["had_incident"])

    intervals = {key: table.interval(cell) for key, cell in table.cells.items() if cell.n}

    assert intervals[("micro", "F")] == pytest.approx((0.1119, 0.4687), abs=5e-5)
    for key, cell in table.cells.items():
        if cell.n:
            expected = _wilson_by_hand(cell.total, cell.n)
            assert intervals[key] == pytest.approx(expected, abs=1e-9)
        else:
            assert table.interval(cell) == (None, None)
