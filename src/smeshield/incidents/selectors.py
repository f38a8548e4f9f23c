"""Incident reads: a business's records, their VERIS form, and what they make urgent."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

from django.db.models import QuerySet
from django.utils import timezone

from smeshield.accounts.models import User
from smeshield.businesses.models import Business, PartnerKind, PartnerOrganisation
from smeshield.content import catalogues
from smeshield.content.playbooks import playbooks
from smeshield.domain.catalog.model import Action
from smeshield.domain.incidents.veris import IncidentFacts, to_veris, victim_key
from smeshield.domain.organisations.size_bands import SizeBand
from smeshield.incidents.models import Incident, IncidentShare, ResearchIncident

RECENT = timedelta(days=365)


@dataclass(frozen=True)
class IncidentView:
    incident: Incident
    summary: str
    losses_gbp: Decimal | None
    days_disrupted: int | None
    crime_reference: str


def details_of(incident: Incident) -> IncidentView:
    data = json.loads(incident.details)
    losses = data.get("losses_gbp")
    return IncidentView(
        incident=incident,
        summary=data.get("summary", ""),
        losses_gbp=Decimal(losses) if losses is not None else None,
        days_disrupted=data.get("days_disrupted"),
        crime_reference=data.get("crime_reference", ""),
    )


def incidents_of(*, business: Business) -> QuerySet[Incident]:
    return Incident.objects.filter(business=business)


def incident_of(*, business: Business, incident_id: UUID) -> Incident | None:
    incident = incidents_of(business=business).filter(pk=incident_id).first()
    if incident is not None:
        incident.business = business
    return incident


def facts_of(incident: Incident) -> IncidentFacts:
    view = details_of(incident)
    business = incident.business
    return IncidentFacts(
        record_id=str(incident.pk),
        business_key=victim_key(str(business.pk)),
        near_miss=incident.near_miss,
        types=tuple(incident.types),
        summary=view.summary or "No description given.",
        occurred_on=incident.occurred_on,
        discovered_on=incident.discovered_on,
        how_found=incident.how_found,
        losses_gbp=view.losses_gbp,
        days_disrupted=view.days_disrupted,
        reported_police=incident.reported_police,
        crime_reference=view.crime_reference,
        reported_bank=incident.reported_bank,
        reported_insurer=incident.reported_insurer,
        reported_ico=incident.reported_ico,
        size_band=SizeBand(business.size_band),
        sector=business.sector,
    )


def veris_of(incident: Incident) -> dict[str, Any]:
    return to_veris(facts_of(incident), playbooks())


def all_veris() -> Iterator[tuple[str, dict[str, Any]]]:
    """Every record to export: the businesses' own, then imported research records."""
    for incident in Incident.objects.select_related("business").iterator(chunk_size=500):
        yield str(incident.pk), veris_of(incident)
    for research in ResearchIncident.objects.iterator(chunk_size=500):
        yield research.incident_id, research.record


def urgent_requirements(*, business: Business, today: date | None = None) -> dict[str, date]:
    """Requirements an incident in the last 12 months makes urgent, with the incident's date."""
    since = (today or timezone.localdate()) - RECENT
    urgent: dict[str, date] = {}
    book = playbooks()
    for incident in incidents_of(business=business).filter(occurred_on__gte=since):
        for type_id in incident.types:
            playbook = book.get(type_id)
            for requirement in playbook.prevents if playbook else ():
                urgent[requirement] = max(
                    urgent.get(requirement, incident.occurred_on), incident.occurred_on
                )
    return urgent


def shares_of(incident: Incident) -> list[IncidentShare]:
    return list(incident.shares.select_related("partner").order_by("consented_at"))


def police_forces() -> list[PartnerOrganisation]:
    """The police forces a business can send a record to."""
    return list(PartnerOrganisation.objects.filter(kind=PartnerKind.POLICE_FORCE, is_active=True))


def shared_with(user: User) -> QuerySet[IncidentShare]:
    """Records businesses sent to the person's police force(s), newest first."""
    return (
        IncidentShare.objects.filter(
            partner__is_active=True,
            partner__memberships__user_id=user.pk,
            incident__business__is_active=True,
        )
        .select_related("incident__business", "partner")
        .order_by("-consented_at")
    )


def plan_changes(incident: Incident) -> list[Action]:
    """The plan actions this kind of incident moves up: they fix what would have stopped it."""
    prevents = {
        requirement
        for type_id in incident.types
        if (playbook := playbooks().get(type_id)) is not None
        for requirement in playbook.prevents
    }
    catalogue = catalogues.current_catalogue()
    return [action for action in catalogue.actions if prevents & set(action.fixes)]


def share_to_partner_member(*, incident_id: object, user_id: UUID) -> IncidentShare | None:
    """The sending of this incident to an active organisation the person belongs to
    (with the incident and its active business loaded), for the access policy."""
    if not isinstance(incident_id, UUID):
        return None
    return (
        IncidentShare.objects.select_related("incident__business__district")
        .filter(
            incident_id=incident_id,
            incident__business__is_active=True,
            partner__is_active=True,
            partner__memberships__user_id=user_id,
        )
        .first()
    )
