"""Insights at national scale: 5.7 million synthetic businesses (100,000 with --quick).

Cases: generating the population; a three-way grouped aggregate (size band x region x
sector, with every margin) with primary suppression, against pandas doing the same in
this process; the same with full disclosure control (secondary suppression checked by the
LP audit, and rounding) against the raw group-by; peak memory.
"""

from __future__ import annotations

import itertools
import resource
import time

import pandas as pd
from harness import arguments, emit

from smeshield.domain.insights.aggregate import MEASURES, aggregate
from smeshield.domain.insights.disclosure import THRESHOLD, lp_audit, protect
from smeshield.domain.insights.population import generate
from smeshield.geography.places import places

BENCH = "insights"
DIMS = ("size_band", "region", "sector")


def with_pandas(frame: pd.DataFrame) -> dict[tuple[str, ...], tuple[int, float, bool]]:
    """The same table in pandas: finest cells, every margin from them, threshold flags."""
    finest = (
        frame.groupby(list(DIMS), observed=True)["had_incident"].agg(["size", "sum"]).reset_index()
    )
    cells: dict[tuple[str, ...], tuple[int, float, bool]] = {}
    for size in range(len(DIMS), -1, -1):
        for grouped in itertools.combinations(DIMS, size):
            if grouped:
                part = finest.groupby(list(grouped), observed=True)[["size", "sum"]].sum()
                items = part.itertuples()
            else:
                items = [((), finest["size"].sum(), finest["sum"].sum())]
            for index, n, total in items:
                values = index if isinstance(index, tuple) else (index,)
                lookup = dict(zip(grouped, values, strict=True))
                key = tuple(str(lookup.get(d, "*")) for d in DIMS)
                cells[key] = (int(n), float(total), int(n) < THRESHOLD)
    return cells


def main() -> None:
    args = arguments(__doc__ or "")
    size = 100_000 if args.quick else 5_700_000
    case = f"{size:,} businesses, {' x '.join(DIMS)}"

    started = time.perf_counter()
    frame = generate(size, 2026, places())
    generation = time.perf_counter() - started
    emit(
        BENCH,
        case,
        metric="generate",
        value=generation,
        unit="s",
        target="<= 20",
        meets=generation <= 20,
    )

    measure = MEASURES["had_incident"]

    def primary() -> dict[tuple[str, ...], bool]:
        table = aggregate(frame, DIMS, measure)
        return {key: cell.n < THRESHOLD for key, cell in table.cells.items()}

    started = time.perf_counter()
    ours = primary()
    polars_seconds = min([time.perf_counter() - started] + [_time(primary) for _ in range(2)])
    emit(
        BENCH,
        case,
        metric="aggregate_with_primary_suppression",
        value=polars_seconds,
        unit="s",
        target="<= 0.5",
        meets=polars_seconds <= 0.5,
    )

    as_pandas = frame.select([*DIMS, "had_incident"]).to_pandas()
    as_pandas["had_incident"] = as_pandas["had_incident"].astype("int64")
    theirs = with_pandas(as_pandas)
    pandas_seconds = min(_time(lambda: with_pandas(as_pandas)) for _ in range(2))
    same = {k: v[2] for k, v in theirs.items()} == {k: v for k, v in ours.items() if k in theirs}
    ratio = pandas_seconds / polars_seconds
    emit(
        BENCH,
        case,
        metric="ratio_vs_pandas",
        value=ratio,
        unit="x",
        target=">= 5 (same cells)",
        meets=ratio >= 5 and same,
    )

    started = time.perf_counter()
    table = aggregate(frame, DIMS, measure)
    raw = time.perf_counter() - started
    started = time.perf_counter()
    release = protect(table)
    control = time.perf_counter() - started
    hidden = [key for key, cell in release.cells.items() if cell.suppressed]
    emit(
        BENCH,
        case,
        metric="full_disclosure_control_over_raw_group_by",
        value=control,
        unit="s",
        target="<= 1 more than raw",
        meets=control <= 1.0,
    )
    emit(BENCH, case, metric="raw_group_by", value=raw, unit="s", target="report", meets=True)
    emit(
        BENCH,
        case,
        metric="cells_suppressed",
        value=len(hidden),
        unit=f"of {len(table.cells)}",
        target="report",
        meets=True,
    )
    started = time.perf_counter()
    narrow = lp_audit(table, hidden).too_narrow()
    audit = time.perf_counter() - started
    emit(
        BENCH,
        case,
        metric="lp_audit_all_suppressed",
        value=audit,
        unit="s",
        target="0 cells narrower than 10",
        meets=not narrow,
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    emit(
        BENCH,
        case,
        metric="peak_memory",
        value=peak,
        unit="MB",
        target="<= 4096",
        meets=peak <= 4096,
    )


def _time(work: object) -> float:
    started = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
