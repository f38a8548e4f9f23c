"""The rows insights are made from: the synthetic population, or the live businesses that
agreed to anonymised statistics (nobody else is ever counted)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from pathlib import Path

import polars as pl
from django.conf import settings
from django.core.cache import cache
from django.db.models import Max
from django.utils import timezone

from smeshield.businesses.models import Business, ConsentRecord
from smeshield.domain.catalog.model import Verdict
from smeshield.domain.insights.aggregate import DIMENSIONS
from smeshield.domain.insights.population import BARRIERS, CONTROLS, INCIDENT_TYPES, generate
from smeshield.domain.insights.populations import Populations
from smeshield.domain.roles import ConsentScope
from smeshield.geography.places import places

# Health-check areas to the population's control columns.
AREA_CONTROL = {
    "firewalls": "firewalls",
    "secure-configuration": "secure_configuration",
    "update-management": "security_updates",
    "user-access": "user_access",
    "malware": "malware_protection",
    "backups": "backups",
    "passwords": "passwords_2sv",
    "phishing": "phishing_awareness",
    "mobile": "mobile",
}
# Incident playbooks to the population's incident columns.
PLAYBOOK_INCIDENT = {"phishing": "phishing", **{k.replace("_", "-"): k for k in INCIDENT_TYPES}}


@dataclass(frozen=True)
class Dataset:
    name: str  # what the release log is kept by
    frame: pl.DataFrame
    synthetic: bool
    version: str = ""  # which state of the records (the live data changes; synthetic never)


_POPULATIONS: dict[tuple[str, str], Populations] = {}


def populations_of(dataset: Dataset) -> Populations:
    """Counts and implications on the dataset's records (kept for the latest versions)."""
    key = (dataset.name, dataset.version)
    if key not in _POPULATIONS:
        while len(_POPULATIONS) >= 4:
            _POPULATIONS.pop(next(iter(_POPULATIONS)))
        _POPULATIONS[key] = Populations(dataset.frame, DIMENSIONS)
    return _POPULATIONS[key]


def synthetic_path(businesses: int, seed: int) -> Path:
    return Path(settings.VAR_DIR) / "insights" / f"synthetic-{businesses}-{seed}.parquet"


@lru_cache(maxsize=2)
def synthetic(businesses: int, seed: int) -> Dataset:
    """The synthetic population (made once and kept under var/insights/)."""
    path = synthetic_path(businesses, seed)
    if path.is_file():
        frame = pl.read_parquet(path)
    else:
        frame = generate(businesses, seed, places())
        path.parent.mkdir(parents=True, exist_ok=True)
        frame.write_parquet(path)
    name = f"synthetic-{businesses}-{seed}"
    return Dataset(name, frame, synthetic=True, version=name)


def _live_rows() -> list[dict[str, object]]:
    """One row per consenting business with a finished check, in a fixed number of
    queries however many businesses there are (ADR 0027)."""
    from smeshield.healthcheck.models import ActionProgress
    from smeshield.healthcheck.selectors import latest_completed_states
    from smeshield.incidents.models import Incident
    from smeshield.incidents.selectors import details_of

    consenting = ConsentRecord.objects.filter(
        scope=ConsentScope.ANONYMISED_STATISTICS, withdrawal__isnull=True
    ).values("business_id")
    since = timezone.localdate() - timedelta(days=365)
    rows: list[dict[str, object]] = []
    businesses = list(
        Business.objects.filter(is_active=True, pk__in=consenting).select_related("district")
    )
    ids = [business.pk for business in businesses]
    states = latest_completed_states(business_ids=ids)
    barriers_of: dict[object, set[str]] = {business_id: set() for business_id in ids}
    for business_id, barrier in (
        ActionProgress.objects.filter(business_id__in=ids)
        .exclude(barrier="")
        .values_list("business_id", "barrier")
    ):
        barriers_of[business_id].add(barrier)
    incidents_of: dict[object, list[Incident]] = {business_id: [] for business_id in ids}
    for incident in Incident.objects.filter(
        business_id__in=ids, near_miss=False, occurred_on__gte=since
    ):
        incidents_of[incident.business_id].append(incident)
    for number, business in enumerate(businesses, start=1):
        state = states.get(business.pk)
        if state is None:
            continue
        attempt = state.assessment
        verdicts = state.verdicts
        area_met: dict[str, bool] = {}
        for item in verdicts.items:
            area = item.requirement.area
            area_met[area] = area_met.get(area, True) and item.verdict is Verdict.MET
        barriers = barriers_of[business.pk]
        incidents = incidents_of[business.pk]
        kinds = {t for incident in incidents for t in incident.types}
        completed = attempt.completed_at or timezone.now()
        row: dict[str, object] = {
            "business_id": number,
            "size_band": business.size_band,
            "sector": business.sector,
            "region": business.district.region_name,
            "police_force_area": business.district.police_force_name,
            "urban_rural": business.district.urban_rural or "urban",
            "period": f"{completed.year}Q{(completed.month - 1) // 3 + 1}",
            "cyber_essentials": bool(attempt.ready_for_cyber_essentials),
            "had_incident": bool(incidents),
            "reported_police": any(i.reported_police for i in incidents),
            "loss_gbp": float(sum(details_of(i).losses_gbp or 0 for i in incidents)),
            "synthetic": False,
        }
        row |= {f"ctl_{column}": area_met.get(area, False) for area, column in AREA_CONTROL.items()}
        row |= {f"barrier_{b}": b in barriers for b in BARRIERS}
        row |= {"inc_phishing": "phishing" in kinds}
        row |= {f"inc_{k}": k.replace("_", "-") in kinds for k in INCIDENT_TYPES}
        rows.append(row)
    return rows


LIVE_COLUMNS = [
    "business_id", "size_band", "sector", "region", "police_force_area", "urban_rural", "period",
    "cyber_essentials", *[f"ctl_{c}" for c in CONTROLS], *[f"barrier_{b}" for b in BARRIERS],
    "had_incident", "inc_phishing", *[f"inc_{k}" for k in INCIDENT_TYPES], "reported_police",
    "loss_gbp", "synthetic",
]  # fmt: skip


def live() -> Dataset:
    """Businesses that agreed to anonymised statistics, with a finished health check.

    Rebuilt when a check is finished or a consent changes (the cache key says so).
    """
    from smeshield.healthcheck.models import Assessment

    version = json.dumps(
        [
            str(Assessment.objects.aggregate(m=Max("completed_at"))["m"]),
            ConsentRecord.objects.count(),
            str(ConsentRecord.objects.aggregate(m=Max("withdrawal__withdrawn_at"))["m"]),
        ]
    )
    key = "insights-live-" + hashlib.sha256(version.encode()).hexdigest()[:16]
    rows = cache.get(key)
    if rows is None:
        rows = _live_rows()
        cache.set(key, rows, 3600)
    # The version of the records is the records themselves: any change is a new version.
    digest = hashlib.sha256(json.dumps(rows, sort_keys=True, default=str).encode()).hexdigest()
    frame = pl.DataFrame(rows, schema_overrides={"loss_gbp": pl.Float64}) if rows else None
    if frame is None:
        frame = pl.DataFrame({column: [] for column in LIVE_COLUMNS})
    return Dataset("live", frame.select(LIVE_COLUMNS), synthetic=False, version=digest)


def current() -> Dataset:
    """The dataset the pages show: settings.INSIGHTS_DATASET is "synthetic" or "live"."""
    if settings.INSIGHTS_DATASET == "live":
        return live()
    return synthetic(settings.INSIGHTS_SYNTHETIC_BUSINESSES, settings.INSIGHTS_SYNTHETIC_SEED)
