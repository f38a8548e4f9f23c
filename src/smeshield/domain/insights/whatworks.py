"""What works: the change in health-check results of businesses with a mentor or in a
learning set, against similar businesses without (same size, sector and starting result).

Each helped business is compared with the unhelped businesses in its stratum (size band,
sector, and starting result in bands of 20 points); the estimate is the average of those
differences, with a 95% normal interval. Shown only when both groups have at least 10
businesses (the threshold rule); counts are rounded to 5.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from smeshield.domain.insights.disclosure import THRESHOLD, Threshold, rounded
from smeshield.domain.insights.population import SECTOR_SHARES
from smeshield.domain.organisations.size_bands import SizeBand
from smeshield.domain.wording import gettext_noop

Z95 = 1.959963984540054
SYNTHETIC_EFFECT = 6.0  # points: what help adds in the made-up journeys
CAVEAT = gettext_noop(
    "Businesses choose to get help, so they may differ from others in ways we cannot see. "
    "This shows a difference, not proof that the help caused it."
)


@dataclass(frozen=True)
class Journey:
    size_band: str
    sector: str
    start: float  # share of requirements met at the first check, 0 to 100
    change: float  # points gained by the latest check
    helped: bool


@dataclass(frozen=True)
class WhatWorks:
    helped: int | None  # rounded; None when hidden
    compared_with: int | None
    difference: float | None  # points more gained by the helped businesses
    lower: float | None
    upper: float | None
    rule: str = ""
    message: str = ""
    caveat: str = CAVEAT


def _stratum(journey: Journey) -> tuple[str, str, int]:
    return journey.size_band, journey.sector, min(4, int(journey.start // 20))


def _pooled_variance(groups: Sequence[Sequence[float]]) -> float:
    """Variance within groups, pooled (for groups too small to have their own)."""
    squares = sum((x - statistics.fmean(g)) ** 2 for g in groups if len(g) > 1 for x in g)
    freedom = sum(len(g) - 1 for g in groups if len(g) > 1)
    return squares / freedom if freedom else 0.0


def _variance(group: Sequence[float], pooled: float) -> float:
    return statistics.variance(group) if len(group) > 1 else pooled


def compare(journeys: Sequence[Journey]) -> WhatWorks:
    """Helped against similar unhelped businesses, stratum by stratum, with a 95% interval.

    The estimate weights each stratum by its helped businesses; its variance adds, per
    stratum, the spread of the helped and the uncertainty of the comparison group's mean.
    """
    helped: dict[tuple[str, str, int], list[float]] = defaultdict(list)
    controls: dict[tuple[str, str, int], list[float]] = defaultdict(list)
    for journey in journeys:
        (helped if journey.helped else controls)[_stratum(journey)].append(journey.change)
    shared = [s for s in helped if controls.get(s)]
    n_helped = sum(len(helped[s]) for s in shared)
    n_controls = sum(len(controls[s]) for s in shared)
    if n_helped < THRESHOLD or n_controls < THRESHOLD:
        return WhatWorks(None, None, None, None, None, Threshold.name, Threshold().message)
    pooled_helped = _pooled_variance([helped[s] for s in shared])
    pooled_controls = _pooled_variance([controls[s] for s in shared])
    mean = variance = 0.0
    for stratum in shared:
        h, c = helped[stratum], controls[stratum]
        weight = len(h) / n_helped
        mean += weight * (statistics.fmean(h) - statistics.fmean(c))
        variance += weight**2 * (
            _variance(h, pooled_helped) / len(h) + _variance(c, pooled_controls) / len(c)
        )
    half = Z95 * math.sqrt(variance)
    return WhatWorks(
        rounded(n_helped),
        rounded(n_controls),
        round(mean, 1),
        round(mean - half, 1),
        round(mean + half, 1),
    )


def naive_difference(journeys: Sequence[Journey]) -> float:
    """Helped minus not helped, with no matching: what the strata correct."""
    helped = [j.change for j in journeys if j.helped]
    others = [j.change for j in journeys if not j.helped]
    return statistics.fmean(helped) - statistics.fmean(others)


def synthetic_journeys(count: int, seed: int, effect: float = SYNTHETIC_EFFECT) -> list[Journey]:
    """Made-up journeys for the demo and tests, with a known effect of help.

    Weaker businesses ask for help more often and every business tends to improve more from
    a low start, so a comparison that ignores the starting result overstates the effect;
    matching on it should recover ``effect``.
    """
    rng = np.random.default_rng(seed)
    bands = np.asarray([band.value for band in SizeBand if band.is_sme])
    band = rng.choice(bands, size=count, p=[0.82, 0.15, 0.03])
    sectors = np.asarray(list(SECTOR_SHARES))
    shares = np.asarray(list(SECTOR_SHARES.values()))
    sector = rng.choice(sectors, size=count, p=shares / shares.sum())
    start = 100 * rng.beta(2.0, 2.0, size=count)
    helped = rng.random(count) < np.where(start < 40, 0.35, 0.12)
    change = 0.3 * (60 - start) + rng.normal(0.0, 8.0, size=count) + effect * helped
    change = np.clip(change, -start, 100 - start)
    return [
        Journey(str(b), str(s), float(x), float(c), bool(h))
        for b, s, x, c, h in zip(band, sector, start, change, helped, strict=True)
    ]
