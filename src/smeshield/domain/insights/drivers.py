"""Drivers: which missing controls and characteristics go with having had an incident.

A logistic regression (statsmodels) of the outcome on missing controls, size band and
urban or rural. Each odds ratio comes with its 95% interval and n. A predictor is shown
only when every one of its levels has at least 100 businesses. The caption says plainly
that this is association, not cause.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field

import numpy as np
import polars as pl
import statsmodels.api as sm

from smeshield.domain.reasons import Reason, ReasonCode
from smeshield.domain.wording import gettext_noop

MIN_LEVEL_N = 100
# What a driver says (worded by smeshield.kernel.wording; "times" is a number, 1 decimal).
MORE_LIKELY = ReasonCode("insights.more_likely", ("firms", "times", "what"))
LESS_LIKELY = ReasonCode("insights.less_likely", ("firms", "times", "what"))
FIRMS_WITHOUT = ReasonCode("insights.firms_without", ("control",))
FIRMS_OF_SIZE = ReasonCode("insights.firms_of_size", ("size_band",))
FIRMS_IN_AREAS = ReasonCode("insights.firms_in_areas", ("kind",))
NOT_CAUSE = ReasonCode("insights.association_not_cause")
CONTROL_WORDS = {
    "ctl_firewalls": gettext_noop("firewalls"),
    "ctl_secure_configuration": gettext_noop("secure settings"),
    "ctl_security_updates": gettext_noop("updates within 14 days"),
    "ctl_user_access": gettext_noop("controlled user accounts"),
    "ctl_malware_protection": gettext_noop("anti-malware"),
    "ctl_backups": gettext_noop("backups kept apart"),
    "ctl_phishing_awareness": gettext_noop("phishing training"),
    "ctl_passwords_2sv": gettext_noop("2-step verification"),
    "ctl_mobile": gettext_noop("safe phones and tablets"),
}
OUTCOME_WORDS = {
    "had_incident": gettext_noop("had a breach or attack"),
    "inc_ransomware": gettext_noop("had ransomware"),
    "inc_phishing": gettext_noop("had phishing"),
    "inc_payment_fraud": gettext_noop("had payment fraud"),
}


@dataclass(frozen=True)
class Driver:
    term: str  # e.g. "ctl_backups" (missing) or "size_band=small"
    label: Reason  # which firms: "without backups kept apart"
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
    def caption(self) -> Reason:
        what = OUTCOME_WORDS.get(self.outcome, self.outcome)
        if self.odds_ratio >= 1:
            return MORE_LIKELY(firms=(self.label,), times=f"{self.odds_ratio:.1f}", what=what)
        return LESS_LIKELY(firms=(self.label,), times=f"{1 / self.odds_ratio:.1f}", what=what)


@dataclass(frozen=True)
class DriverResult:
    outcome: str
    n: int
    drivers: tuple[Driver, ...]
    left_out: tuple[str, ...]  # terms with a level under 100 businesses
    caveat: Reason = field(default_factory=NOT_CAUSE)


def drivers(frame: pl.DataFrame, outcome: str = "had_incident") -> DriverResult:
    """Fit the model on these rows; return odds ratios for the terms with enough data."""
    columns: dict[str, np.ndarray] = {}
    labels: dict[str, Reason] = {}
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
        labels[control] = FIRMS_WITHOUT(control=words)
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
            labels[term] = (
                FIRMS_OF_SIZE(size_band=level)
                if dimension == "size_band"
                else FIRMS_IN_AREAS(kind=level)
            )
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
