"""Placing postcode districts in police force areas: bounding-box pre-check vs testing every area.

Baseline (same process): ray casting against every force's polygons for every point.
Target: the bounding-box pre-check is at least 3x faster and places every point the same.
"""

from __future__ import annotations

import json
import random

from harness import arguments, best_of, emit

from smeshield.domain.geography.areas import Area, areas_from_geojson, contains, place
from smeshield.geography.reference_files import shared_data_dir

BENCH = "district_placement"
BOUNDARIES = shared_data_dir() / "police-force-areas" / "police_force_areas_dec2020_ew.geojson"


def naive(point: tuple[float, float], areas: list[Area]) -> str | None:
    for area in areas:
        if contains(area, point):
            return area.code
    return None


def main() -> None:
    args = arguments(__doc__ or "")
    count = 100 if args.quick else 1000
    areas = areas_from_geojson(json.loads(BOUNDARIES.read_text())["features"], "PFA20CD", "PFA20NM")
    rng = random.Random(2026)
    # Points spread over England and Wales's extent (most fall inside some force).
    points = [(rng.uniform(-5.5, 1.7), rng.uniform(50.0, 55.8)) for _ in range(count)]
    inside = [p for p in points if naive(p, areas)]

    def fast() -> list[str | None]:
        return [
            placement.area.code if placement else None
            for placement in (place(p, areas) for p in inside)
        ]

    def slow() -> list[str | None]:
        return [naive(p, areas) for p in inside]

    same = fast() == slow()
    fast_seconds = best_of(3, fast)
    slow_seconds = best_of(3, slow)
    speedup = slow_seconds / fast_seconds
    emit(
        BENCH,
        f"{len(inside)} points",
        metric="per_point",
        value=fast_seconds / len(inside) * 1e6,
        unit="us",
        target="report",
        meets=True,
    )
    emit(
        BENCH,
        f"{len(inside)} points",
        metric="ratio_vs_every_area",
        value=speedup,
        unit="x faster",
        target=">= 3",
        meets=speedup >= 3 and same,
    )


if __name__ == "__main__":
    main()
