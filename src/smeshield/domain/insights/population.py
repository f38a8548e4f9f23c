"""A synthetic population of businesses, calibrated to published figures. Always "synthetic".

One row per business. The published marginals come back out exactly (up to rounding),
because the number of businesses with each property is fixed first and then given to the
businesses most likely to have it (weighted sampling without replacement, the Gumbel
top-k trick): the rates match the figures while the associations (missing backups go
with ransomware, say) come from the model below.

Published figures (FACTS.md):
- business counts by region: DBT Business Population Estimates (BPE) 2025;
- size bands: BPE 2025 (5.7 million; 38,435 medium; 8,335 large; small 0-49 is 5.64
  million, of which we take 226,000 as 10-49 employees, an approximation);
- breach or attack in the last 12 months by size band: Cyber Security Breaches Survey
  (CSBS) 2025 (micro 35%, small 42%, medium 67%, large 74%);
- phishing among those breached: about 85% (CSBS 2025);
- Cyber Essentials adoption: about 3% (CSBS 2024/2025).

Assumptions (ours, documented in docs/insights.md; they shape associations, not the
published marginals): sector shares; control adoption by size band; barriers; the
risk each missing control adds; other incident types; reporting to police (28% of
those hit, after the Barclays/IoD study); losses (log-normal, mean about £1,600 as CSBS
2025's average cost of the most disruptive breach); the quarter of each health check.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import polars as pl

SIZE_BANDS = ("micro", "small", "medium", "large")
SIZE_COUNTS = {"micro": 5_427_230, "small": 226_000, "medium": 38_435, "large": 8_335}
BREACH_RATE = {"micro": 0.35, "small": 0.42, "medium": 0.67, "large": 0.74}
PHISHING_AMONG_BREACHED = 0.85
CYBER_ESSENTIALS_RATE = 0.03
REPORTED_TO_POLICE = 0.28
MEAN_LOSS_GBP = 1_600.0

# BPE 2025, millions of businesses by region (FACTS.md).
REGION_COUNTS = {
    "North East": 0.167,
    "North West": 0.509,
    "Yorkshire and The Humber": 0.408,
    "London": 1.042,
    "South East": 0.877,
    "East of England": 0.579,
    "South West": 0.562,
    "West Midlands": 0.451,
    "East Midlands": 0.402,
    "Wales": 0.194,
    "Scotland": 0.361,
    "Northern Ireland": 0.139,
}

# Assumed sector shares (SIC 2007 sections), roughly the BPE's shape.
SECTOR_SHARES = {
    "A": 0.027, "B": 0.002, "C": 0.045, "D": 0.003, "E": 0.004, "F": 0.150, "G": 0.090,
    "H": 0.055, "I": 0.040, "J": 0.060, "K": 0.020, "L": 0.020, "M": 0.150, "N": 0.080,
    "P": 0.045, "Q": 0.060, "R": 0.035, "S": 0.114,
}  # fmt: skip

CONTROLS = (
    "firewalls",
    "secure_configuration",
    "security_updates",
    "user_access",
    "malware_protection",
    "backups",
    "phishing_awareness",
    "passwords_2sv",
    "mobile",
)
CE_CONTROLS = CONTROLS[:5]
# Assumed share with each control in place, by size band (micro, small, medium, large).
CONTROL_RATES = {
    "firewalls": (0.62, 0.75, 0.85, 0.92),
    "secure_configuration": (0.45, 0.60, 0.75, 0.85),
    "security_updates": (0.55, 0.70, 0.82, 0.90),
    "user_access": (0.50, 0.65, 0.80, 0.90),
    "malware_protection": (0.70, 0.82, 0.90, 0.95),
    "backups": (0.55, 0.70, 0.85, 0.93),
    "phishing_awareness": (0.30, 0.45, 0.65, 0.80),
    "passwords_2sv": (0.35, 0.50, 0.70, 0.85),
    "mobile": (0.40, 0.55, 0.70, 0.80),
}
# Assumed extra log-odds of being hit when each control is missing.
MISSING_RISK = {
    "firewalls": 0.15,
    "secure_configuration": 0.15,
    "security_updates": 0.35,
    "user_access": 0.20,
    "malware_protection": 0.25,
    "backups": 0.10,
    "phishing_awareness": 0.45,
    "passwords_2sv": 0.40,
    "mobile": 0.05,
}
BARRIERS = ("cost", "know_how", "time", "trust", "language", "training")
BARRIER_RATES = {  # assumed, by size band
    "cost": (0.45, 0.35, 0.20, 0.10),
    "know_how": (0.50, 0.40, 0.25, 0.10),
    "time": (0.40, 0.40, 0.30, 0.20),
    "trust": (0.15, 0.12, 0.08, 0.05),
    "language": (0.06, 0.04, 0.02, 0.01),
    "training": (0.30, 0.30, 0.25, 0.15),
}
# Other incident types: assumed share of those hit, and the control whose absence
# makes them likelier (odds multiplied by 3).
INCIDENT_TYPES = {
    "ransomware": (0.023, "backups"),
    "payment_fraud": (0.12, "phishing_awareness"),
    "account_takeover": (0.10, "passwords_2sv"),
    "malware": (0.08, "malware_protection"),
    "website": (0.05, "security_updates"),
    "lost_device": (0.05, "mobile"),
}
PERIODS = tuple(f"{year}Q{quarter}" for year in (2025, 2026) for quarter in (1, 2, 3, 4))


@dataclass(frozen=True)
class Place:
    """Where businesses can be: a police force area within a region, urban or rural."""

    region: str
    police_force_area: str
    urban_rural: str
    weight: float


def allocate(total: int, shares: Mapping[str, float]) -> dict[str, int]:
    """Split ``total`` in proportion to ``shares`` exactly (largest remainder)."""
    weight = sum(shares.values())
    exact = {key: total * value / weight for key, value in shares.items()}
    counts = {key: int(value) for key, value in exact.items()}
    short = total - sum(counts.values())
    for key in sorted(exact, key=lambda k: exact[k] - counts[k], reverse=True)[:short]:
        counts[key] += 1
    return counts


def _exactly(
    rng: np.random.Generator, weights: npt.NDArray[np.float64], k: int
) -> npt.NDArray[np.bool_]:
    """Choose exactly k of the rows, each with chance in proportion to its weight."""
    chosen = np.zeros(len(weights), dtype=bool)
    if k <= 0:
        return chosen
    keys = np.log(np.maximum(weights, 1e-12)) + rng.gumbel(size=len(weights))
    chosen[np.argpartition(-keys, k - 1)[:k]] = True
    return chosen


def _labels(rng: np.random.Generator, counts: Mapping[str, int]) -> npt.NDArray[np.int64]:
    """Codes 0..k-1 with exactly these counts, shuffled."""
    codes = np.repeat(np.arange(len(counts)), list(counts.values()))
    rng.shuffle(codes)
    return codes


def _enum(codes: npt.NDArray[np.int64], values: Sequence[str]) -> pl.Series:
    """A column of fixed categories (polars Enum): compact, and fast to count by."""
    return pl.Series(list(values), dtype=pl.Enum(list(values))).gather(codes.astype(np.uint32))


def generate(count: int, seed: int, places: Sequence[Place]) -> pl.DataFrame:
    """``count`` synthetic businesses, reproducible by ``seed``."""
    rng = np.random.default_rng(seed)
    band = _labels(rng, allocate(count, SIZE_COUNTS))
    region_names = list(REGION_COUNTS)
    region = _labels(rng, allocate(count, REGION_COUNTS))
    sector_codes = list(SECTOR_SHARES)
    sector_p = np.asarray(list(SECTOR_SHARES.values()))
    sector = rng.choice(len(sector_codes), size=count, p=sector_p / sector_p.sum())

    # A place (force area, urban/rural) within each business's region, as codes.
    every_place = [
        *places,
        *(
            Place(r, r, "urban", 1.0)
            for r in region_names
            if not any(p.region == r for p in places)
        ),
    ]
    force_names = sorted({p.police_force_area for p in every_place})
    place_force = np.asarray([force_names.index(p.police_force_area) for p in every_place])
    place_urban = np.asarray([p.urban_rural == "rural" for p in every_place], dtype=np.int64)
    place = np.empty(count, dtype=np.int64)
    for code, name in enumerate(region_names):
        rows = np.flatnonzero(region == code)
        options = [i for i, p in enumerate(every_place) if p.region == name]
        weights = np.asarray([every_place[i].weight for i in options], dtype=float)
        place[rows] = np.asarray(options)[
            rng.choice(len(options), size=len(rows), p=weights / weights.sum())
        ]
    force, urban = place_force[place], place_urban[place]

    columns: dict[str, object] = {}
    certified = _exactly(rng, 1.0 + band.astype(float), round(CYBER_ESSENTIALS_RATE * count))
    risk = np.zeros(count)
    for control in CONTROLS:
        rate = np.asarray(CONTROL_RATES[control])[band]
        in_place = rng.random(count) < rate
        if control in CE_CONTROLS:
            in_place |= certified
        columns[f"ctl_{control}"] = in_place
        risk += MISSING_RISK[control] * ~in_place
    for barrier in BARRIERS:
        columns[f"barrier_{barrier}"] = rng.random(count) < np.asarray(BARRIER_RATES[barrier])[band]

    had_incident = np.zeros(count, dtype=bool)
    weight = np.exp(risk + 0.15 * (urban == 0))
    for code, name in enumerate(SIZE_BANDS):
        rows = np.flatnonzero(band == code)
        hit = _exactly(rng, weight[rows], round(BREACH_RATE[name] * len(rows)))
        had_incident[rows[hit]] = True
    hit_rows = np.flatnonzero(had_incident)
    phishing = np.zeros(count, dtype=bool)
    more_likely = 1.0 + 2.0 * ~columns["ctl_phishing_awareness"][hit_rows]  # type: ignore[index]
    phishing[
        hit_rows[_exactly(rng, more_likely, round(PHISHING_AMONG_BREACHED * len(hit_rows)))]
    ] = True
    columns["inc_phishing"] = phishing
    for kind, (share, control) in INCIDENT_TYPES.items():
        odds = 1.0 + 2.0 * ~columns[f"ctl_{control}"][hit_rows]  # type: ignore[index]
        chance = np.minimum(1.0, share * odds / odds.mean())
        typed = np.zeros(count, dtype=bool)
        typed[hit_rows[rng.random(len(hit_rows)) < chance]] = True
        columns[f"inc_{kind}"] = typed
    reported = np.zeros(count, dtype=bool)
    reported[hit_rows[rng.random(len(hit_rows)) < REPORTED_TO_POLICE]] = True
    loss = np.zeros(count)
    sigma = 1.6
    mu = np.log(MEAN_LOSS_GBP) - sigma**2 / 2  # a log-normal with this mean
    loss[hit_rows] = np.round(rng.lognormal(mu, sigma, len(hit_rows)), 2)

    return pl.DataFrame(
        {
            "business_id": np.arange(1, count + 1, dtype=np.int64),
            "size_band": _enum(band, SIZE_BANDS),
            "sector": _enum(sector, sector_codes),
            "region": _enum(region, region_names),
            "police_force_area": _enum(force, force_names),
            "urban_rural": _enum(urban, ("urban", "rural")),
            "period": _enum(rng.integers(0, len(PERIODS), count), PERIODS),
            "cyber_essentials": certified,
            **columns,
            "had_incident": had_incident,
            "reported_police": reported,
            "loss_gbp": loss,
            "synthetic": np.ones(count, dtype=bool),
        }
    )


DATA_DICTIONARY: dict[str, str] = {
    "business_id": "A number for the row. Synthetic: no real business.",
    "size_band": "micro (0-9 employees), small (10-49), medium (50-249), large (250+).",
    "sector": "UK SIC 2007 section, A to U.",
    "region": "ITL1 region or nation (BPE 2025 counts).",
    "police_force_area": "Police force area the business is in.",
    "urban_rural": "urban or rural (ONS rural-urban classification of its postcode district).",
    "period": "Quarter of the business's health check, e.g. 2026Q1.",
    "cyber_essentials": "Holds Cyber Essentials.",
    **{f"ctl_{c}": f"Has this control in place: {c.replace('_', ' ')}." for c in CONTROLS},
    **{f"barrier_{b}": f"Said this stops them: {b.replace('_', ' ')}." for b in BARRIERS},
    "had_incident": "Had a breach or attack in the last 12 months.",
    "inc_phishing": "Among incidents: phishing.",
    **{f"inc_{k}": f"Among incidents: {k.replace('_', ' ')}." for k in INCIDENT_TYPES},
    "reported_police": "Reported an incident to the police or Report Fraud.",
    "loss_gbp": "Money lost to incidents in the last 12 months, in pounds (0 if none).",
    "synthetic": "True: this row is generated, not a real business.",
}
