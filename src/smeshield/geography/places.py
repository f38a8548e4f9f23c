"""Where synthetic businesses can be: police force areas by region, urban and rural,
weighted by how many postcode districts each has (a stand-in for how many firms)."""

from __future__ import annotations

import csv
from collections import Counter
from functools import cache

from smeshield.domain.insights.population import Place
from smeshield.geography.reference_files import DISTRICTS_FILE


@cache
def places() -> tuple[Place, ...]:
    with DISTRICTS_FILE.open(encoding="utf-8", newline="") as handle:
        counts = Counter(
            (row["region_name"], row["police_force_name"], row["urban_rural"] or "urban")
            for row in csv.DictReader(handle)
            if row["police_force_name"]
        )
    return tuple(
        Place(region, force, urban_rural, float(weight))
        for (region, force, urban_rural), weight in sorted(counts.items())
    )
