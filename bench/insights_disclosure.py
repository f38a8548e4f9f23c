"""What disclosure control costs in figures: cells hidden per table shape on 5.7 million
synthetic businesses (100,000 with --quick).

For each shape (all margins included), with the had_incident share: how many cells the
table has; how many the primary rules alone hide (threshold, dominance); how many the
full design hides on a fresh release log (with secondary suppression, the LP audit and the
within-table differencing check); and how many it hides when every earlier shape has
already been released into the same shared log (the cost of checking every figure against
everyone's releases). Also the time to protect each table with that shared log.
"""

from __future__ import annotations

import time

from harness import arguments, emit
from smeshield.insights.places import places

from smeshield.domain.insights.aggregate import DIMENSIONS, MEASURES, aggregate
from smeshield.domain.insights.differencing import PriorFigure
from smeshield.domain.insights.disclosure import PRIMARY, lp_audit, protect
from smeshield.domain.insights.population import generate
from smeshield.domain.insights.populations import Populations

BENCH = "insights_disclosure"
SHAPES = (
    ("size_band",),
    ("sector",),
    ("region",),
    ("police_force_area",),
    ("size_band", "region"),
    ("size_band", "sector"),
    ("size_band", "police_force_area"),
    ("region", "police_force_area"),
    ("sector", "police_force_area"),
    ("size_band", "region", "sector"),
)


def main() -> None:
    args = arguments(__doc__ or "")
    size = 100_000 if args.quick else 5_700_000
    frame = generate(size, 2026, places())
    populations = Populations(frame, DIMENSIONS)
    measure = MEASURES["had_incident"]
    history: list[PriorFigure] = []
    for dims in SHAPES:
        case = f"{size:,} businesses, {' x '.join(dims)}"
        table = aggregate(frame, dims, measure)
        primary = sum(
            1 for cell in table.cells.values() if any(r.fires(table, cell) for r in PRIMARY)
        )
        fresh = protect(table, (), populations)
        started = time.perf_counter()
        shared = protect(table, history, populations)
        seconds = time.perf_counter() - started
        history += [
            PriorFigure(table.population(table.cells[k]), n) for k, n in shared.exact.items()
        ]
        hidden = [k for k, c in shared.cells.items() if c.suppressed]
        narrow = lp_audit(table, hidden).too_narrow()
        cells = len(table.cells)
        for metric, value in (
            ("hidden_by_primary_rules", primary),
            ("hidden_fresh_log", sum(c.suppressed for c in fresh.cells.values())),
            ("hidden_shared_log", len(hidden)),
        ):
            emit(BENCH, case, metric=metric, value=value, unit=f"of {cells}", target="report",
                 meets=True)  # fmt: skip
        emit(BENCH, case, metric="protect_with_shared_log", value=seconds, unit="s",
             target="<= 5", meets=seconds <= 5)  # fmt: skip
        emit(BENCH, case, metric="lp_audit_narrow_cells", value=len(narrow), unit="cells",
             target="0", meets=not narrow)  # fmt: skip


if __name__ == "__main__":
    main()
