"""Incident writes: recording, sharing with police (with consent), research imports."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils import timezone

from smeshield.audit.models import AuditAction
from smeshield.audit.services import audit_record
from smeshield.domain.incidents.references import is_crime_reference, tidy_reference
from smeshield.domain.incidents.veris import upgrade, validation_problems
from smeshield.incidents.content import playbooks, veris_schema
from smeshield.incidents.models import Incident, IncidentShare, ResearchIncident

if TYPE_CHECKING:
    from django.http import HttpRequest

    from smeshield.accounts.models import User
    from smeshield.businesses.models import Business, PartnerOrganisation


class IncidentError(ValueError):
    """A record that cannot be saved; ``field`` and ``message`` say where and why."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True)
class NewIncident:
    near_miss: bool
    types: tuple[str, ...]
    summary: str
    occurred_on: date
    discovered_on: date | None
    how_found: str
    losses_gbp: Decimal | None
    days_disrupted: int | None
    reported_police: bool
    crime_reference: str
    reported_bank: bool
    reported_insurer: bool
    reported_ico: bool


def _check(record: NewIncident, today: date) -> str:
    """The tidy crime reference; raises ``IncidentError`` for anything that cannot be right."""
    known = set(playbooks().ids)
    if not record.types or any(t not in known for t in record.types):
        raise IncidentError("types", "unknown incident type")
    if record.occurred_on > today:
        raise IncidentError("occurred_on", "the date cannot be in the future")
    if record.discovered_on is not None:
        if record.discovered_on > today:
            raise IncidentError("discovered_on", "the date cannot be in the future")
        if record.discovered_on < record.occurred_on:
            raise IncidentError("discovered_on", "you cannot find out before it happened")
    if record.losses_gbp is not None and record.losses_gbp < 0:
        raise IncidentError("losses_gbp", "losses cannot be negative")
    if record.days_disrupted is not None and record.days_disrupted < 0:
        raise IncidentError("days_disrupted", "days cannot be negative")
    reference = tidy_reference(record.crime_reference) if record.crime_reference else ""
    if reference and not is_crime_reference(reference):
        raise IncidentError("crime_reference", "not a crime reference format we know")
    return reference


def incident_record(
    *, business: Business, record: NewIncident, actor: User, today: date | None = None
) -> Incident:
    """Save an incident or near miss after checking every field (nothing half-saved)."""
    reference = _check(record, today or timezone.localdate())
    details = {
        "summary": record.summary.strip(),
        "losses_gbp": str(record.losses_gbp) if record.losses_gbp is not None else None,
        "days_disrupted": record.days_disrupted,
        "crime_reference": reference,
    }
    return Incident.objects.create(
        business=business,
        near_miss=record.near_miss,
        types=list(record.types),
        occurred_on=record.occurred_on,
        discovered_on=record.discovered_on,
        how_found=record.how_found,
        reported_police=record.reported_police or bool(reference),
        reported_bank=record.reported_bank,
        reported_insurer=record.reported_insurer,
        reported_ico=record.reported_ico,
        details=json.dumps(details),
        recorded_by=actor,
    )


def share_wording(partner: PartnerOrganisation) -> str:
    return (
        f"Send this record to {partner.name}, so they can help and look into it. "
        "They will see what happened, when, and what you lost."
    )


@transaction.atomic
def incident_share(
    *,
    incident: Incident,
    partner: PartnerOrganisation,
    actor: User,
    request: HttpRequest | None = None,
) -> IncidentShare:
    """Send a record to a police partner, only with the business's explicit agreement."""
    share, created = IncidentShare.objects.get_or_create(
        incident=incident,
        partner=partner,
        defaults={"consented_by": actor, "wording": share_wording(partner)},
    )
    if created:
        audit_record(
            action=AuditAction.INCIDENT_SHARED,
            actor=actor,
            business_id=incident.business_id,
            target=f"incident:{incident.pk}",
            request=request,
            data={"partner": str(partner.pk)},
        )
    return share


@dataclass(frozen=True)
class ImportOutcome:
    imported: list[str]
    rejected: list[tuple[str, str]]  # (file, "path: reason")


def _import_one(path: Path, schema: dict[str, Any]) -> tuple[str | None, str | None]:
    try:
        original = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        return None, f"(file): not valid JSON ({error})"
    if not isinstance(original, dict) or not isinstance(original.get("incident_id"), str):
        return None, "incident_id: missing"
    record, applied = upgrade(original)
    problems = validation_problems(record, schema)
    if problems:
        return None, problems[0]
    ResearchIncident.objects.update_or_create(
        incident_id=original["incident_id"],
        defaults={
            "original_schema_version": str(original.get("schema_version", "")),
            "original": original,
            "record": record,
            "rules_applied": applied,
            "source_file": path.name[:255],
            "imported_at": timezone.now(),
        },
    )
    return original["incident_id"], None


def research_import(*, folder: Path) -> ImportOutcome:
    """Import every VERIS JSON file in a folder: valid ones are kept, bad ones listed.

    Each record is upgraded to 1.4.1 first (``domain.incidents.veris.UPGRADE_RULES``);
    the original is kept alongside. Importing the same record again replaces it.
    """
    schema = veris_schema()
    imported: list[str] = []
    rejected: list[tuple[str, str]] = []
    for path in sorted(folder.glob("*.json")):
        with transaction.atomic():
            incident_id, problem = _import_one(path, schema)
        if incident_id:
            imported.append(incident_id)
        else:
            rejected.append((path.name, problem or "unknown problem"))
    return ImportOutcome(imported, rejected)
