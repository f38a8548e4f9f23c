"""Incident writes: recording, sharing with police (with consent), research imports."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from smeshield.audit.models import AuditAction
from smeshield.audit.services import audit_record
from smeshield.content.playbooks import playbooks, veris_schema
from smeshield.domain.incidents.references import is_crime_reference, tidy_reference
from smeshield.domain.incidents.veris import upgrade, validation_problems
from smeshield.domain.jsonlimits import Limits, RefusedJsonError, parse
from smeshield.domain.reasons import ReasonCode
from smeshield.incidents.models import Incident, IncidentShare, ResearchIncident
from smeshield.incidents.selectors import all_veris
from smeshield.kernel.wording import render

if TYPE_CHECKING:
    from django.http import HttpRequest

    from smeshield.accounts.models import User
    from smeshield.businesses.models import Business, PartnerOrganisation


SUMMARY_MAX_LENGTH = 2000
SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")  # also a safe file name


class IncidentError(ValueError):
    """A record that cannot be saved: ``problems`` maps each field to what is wrong with it."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("; ".join(f"{field}: {message}" for field, message in problems.items()))
        self.problems = problems


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
    """The tidy crime reference; raises ``IncidentError`` naming every field that is wrong."""
    problems: dict[str, str] = {}
    if len(record.summary) > SUMMARY_MAX_LENGTH:
        problems["summary"] = _("Describe what happened in %(max)d characters or fewer") % {
            "max": SUMMARY_MAX_LENGTH
        }
    known = set(playbooks().ids)
    if not record.types or any(t not in known for t in record.types):
        problems["types"] = _("Choose what happened from the list")
    if record.occurred_on > today:
        problems["occurred_on"] = _("The date it happened must be today or in the past")
    if record.discovered_on is not None:
        if record.discovered_on > today:
            problems["discovered_on"] = _("The date you found out must be today or in the past")
        elif record.discovered_on < record.occurred_on <= today:
            problems["discovered_on"] = _(
                "The date you found out must be on or after the date it happened"
            )
    if record.losses_gbp is not None and record.losses_gbp < 0:
        problems["losses_gbp"] = _("Money lost must be 0 or more")
    if record.days_disrupted is not None and record.days_disrupted < 0:
        problems["days_disrupted"] = _("Days of disruption must be 0 or more")
    reference = tidy_reference(record.crime_reference) if record.crime_reference else ""
    if reference and not is_crime_reference(reference):
        problems["crime_reference"] = _(
            "Enter a crime reference like NFRC250112345678, PS-20251204-0042 or 13/123456/25"
        )
    if problems:
        raise IncidentError(problems)
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


SHARE_WITH_PARTNER = ReasonCode("incidents.share_with_partner", ("partner",))


def share_wording(partner: PartnerOrganisation) -> str:
    """The words the business agrees to, as shown now (kept with the share as the record)."""
    return render(SHARE_WITH_PARTNER(partner=partner.name))


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


# One VERIS record is a few kilobytes; real VCDB records nest about 6 levels.
VERIS_FILE_LIMITS = Limits(max_bytes=1_000_000, max_depth=32, max_number_length=30)


def _read_record(path: Path) -> Any:
    """The file's JSON, its size, depth and numbers checked before parsing."""
    try:
        if path.stat().st_size > VERIS_FILE_LIMITS.max_bytes:  # before reading it at all
            raise RefusedJsonError(f"the file is larger than {VERIS_FILE_LIMITS.max_bytes:,} bytes")
        return parse(path.read_bytes(), VERIS_FILE_LIMITS)
    except OSError as error:
        raise RefusedJsonError(f"cannot be read ({error.strerror})") from None


def _import_one(path: Path, schema: dict[str, Any]) -> tuple[str | None, str | None]:
    try:
        original = _read_record(path)
    except RefusedJsonError as error:
        return None, f"(file): {error}"
    if not isinstance(original, dict):
        return None, "(top): a VERIS record must be a JSON object"
    incident_id = original.get("incident_id")
    if not isinstance(incident_id, str) or not incident_id:
        return None, "incident_id: missing"
    if not SAFE_ID.match(incident_id):
        return None, "incident_id: use only letters, digits, '.', '_' and '-' (up to 100)"
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


@dataclass(frozen=True)
class ExportOutcome:
    written: int
    invalid: list[tuple[str, str]]  # (incident_id, "path: reason"): never written


def veris_export(*, folder: Path, progress: Callable[[int], None] | None = None) -> ExportOutcome:
    """Write every record as ``<incident_id>.json``, each checked against VERIS 1.4.1 first."""
    schema = veris_schema()
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    invalid: list[tuple[str, str]] = []
    for incident_id, record in all_veris():
        problems = validation_problems(record, schema)
        if problems or not SAFE_ID.match(incident_id):
            invalid.append((incident_id, problems[0] if problems else "incident_id: unsafe"))
            continue
        target = folder / f"{incident_id}.json"
        # Written beside, then renamed over: a run cut short (ADR 0059) leaves whole files
        # only, and a run again writes the same files, so an export completes once.
        partial = folder / f".{incident_id}.json.partial"
        partial.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", "utf-8")
        partial.replace(target)
        written += 1
        if progress and written % 500 == 0:
            progress(written)
    return ExportOutcome(written, invalid)
