"""Drivers: which missing controls and characteristics go with having had an incident.

A logistic regression (statsmodels) of the outcome on missing controls, size band and
urban or rural. Each odds ratio comes with its 95% interval and n. A predictor is shown
only when every one of its levels has at least 100 businesses. The caption says plainly
that this is association, not cause.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import numpy as np
import polars as pl
import statsmodels.api as sm

MIN_LEVEL_N = 100
CONTROL_WORDS = {
    "ctl_firewalls": "firewalls",
    "ctl_secure_configuration": "secure settings",
    "ctl_security_updates": "updates within 14 days",
    "ctl_user_access": "controlled user accounts",
    "ctl_malware_protection": "anti-malware",
    "ctl_backups": "backups kept apart",
    "ctl_phishing_awareness": "phishing training",
    "ctl_passwords_2sv": "2-step verification",
    "ctl_mobile": "safe phones and tablets",
}
OUTCOME_WORDS = {
    "had_incident": "had a breach or attack",
    "inc_ransomware": "had ransomware",
    "inc_phishing": "had phishing",
    "inc_payment_fraud": "had payment fraud",
}


@dataclass(frozen=True)
class Driver:
    term: str  # e.g. "ctl_backups" (missing) or "size_band=small"
    label: str
    odds_ratio: float
    lower: float
    upper: float
    n: int  # businesses with this level (e.g. without the control)
    outcome: str = "had_incident"

    @property
    def clear(self) -> bool:
        """The interval does not include 1: a clear association either way."""
        return self.lower > 1 or self.upper < 1

    @property
    def caption(self) -> str:
        what = OUTCOME_WORDS.get(self.outcome, self.outcome)
        if self.odds_ratio >= 1:
            return (
                f"Firms {self.label} were {self.odds_ratio:.1f} times as likely to say they {what}."
            )
        times = 1 / self.odds_ratio
        return f"Firms {self.label} were {times:.1f} times less likely to say they {what}."


@dataclass(frozen=True)
class DriverResult:
    outcome: str
    n: int
    drivers: tuple[Driver, ...]
    left_out: tuple[str, ...]  # terms with a level under 100 businesses
    caveat: str = (
        "These show which things go together, not what causes what. Firms that differ "
        "in one way often differ in others too."
    )


def drivers(frame: pl.DataFrame, outcome: str = "had_incident") -> DriverResult:
    """Fit the model on these rows; return odds ratios for the terms with enough data."""
    columns: dict[str, np.ndarray] = {}
    labels: dict[str, str] = {}
    counts: dict[str, int] = {}
    left_out: list[str] = []
    total = frame.height
    for control, words in CONTROL_WORDS.items():
        if control not in frame.columns:
            continue
        missing = (~frame[control]).to_numpy().astype(float)
        without = int(missing.sum())
        if min(without, total - without) < MIN_LEVEL_N:
            left_out.append(control)
            continue
        columns[control] = missing
        labels[control] = f"without {words}"
        counts[control] = without
    for dimension, reference in (("size_band", "micro"), ("urban_rural", "urban")):
        values = frame[dimension].cast(pl.Utf8).to_numpy()
        reference_n = int((values == reference).sum())
        for level in sorted(set(values) - {reference}):
            level_n = int((values == level).sum())
            term = f"{dimension}={level}"
            if min(level_n, reference_n) < MIN_LEVEL_N:
                left_out.append(term)
                continue
            columns[term] = (values == level).astype(float)
            labels[term] = f"that are {level}" if dimension == "size_band" else f"in {level} areas"
            counts[term] = level_n
    y = frame[outcome].to_numpy().astype(float)
    positives = int(y.sum())
    if not columns or min(positives, total - positives) < MIN_LEVEL_N:
        return DriverResult(outcome, total, (), tuple(left_out or ["(all)"]))
    names = list(columns)
    x = sm.add_constant(np.column_stack([columns[name] for name in names]), has_constant="add")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            fit = sm.Logit(y, x).fit(disp=0, maxiter=100)
        except (np.linalg.LinAlgError, ValueError):
            return DriverResult(outcome, total, (), tuple(names))
    interval = fit.conf_int(alpha=0.05)
    found = []
    for position, name in enumerate(names, start=1):
        found.append(
            Driver(
                term=name,
                label=labels[name],
                odds_ratio=math.exp(fit.params[position]),
                lower=math.exp(interval[position][0]),
                upper=math.exp(interval[position][1]),
                n=counts[name],
                outcome=outcome,
            )
        )
    found.sort(key=lambda d: -abs(math.log(d.odds_ratio)))
    return DriverResult(outcome, total, tuple(found), tuple(left_out))
