"""Recording an incident: every field checked, nothing half-saved, the story encrypted."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.db import connection

from smeshield.audit.models import AuditAction, AuditEntry
from smeshield.healthcheck.selectors import assessment_state
from smeshield.healthcheck.services import assessment_complete, assessment_start
from smeshield.incidents.models import Incident, IncidentShare
from smeshield.incidents.selectors import details_of, urgent_requirements
from smeshield.incidents.services import IncidentError, NewIncident, incident_record, incident_share
from tests.conftest import World
from tests.factories import IncidentFactory, canary
from tests.integration.healthcheck.answering import answer_all

pytestmark = pytest.mark.django_db

TODAY = date(2026, 11, 27)


def _record(**changes: object) -> NewIncident:
    base = NewIncident(
        near_miss=False,
        types=("payment-fraud",),
        summary=canary("story"),
        occurred_on=date(2026, 11, 2),
        discovered_on=date(2026, 11, 9),
        how_found="customer",
        losses_gbp=Decimal("4200.50"),
        days_disrupted=2,
        reported_police=False,
        crime_reference="",
        reported_bank=True,
        reported_insurer=False,
        reported_ico=False,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_record_is_saved_with_the_story_encrypted_at_rest(world: World) -> None:
    record = _record()

    incident = incident_record(
        business=world.business_a, record=record, actor=world.people["member_a"], today=TODAY
    )

    with connection.cursor() as cursor:
        cursor.execute("SELECT details FROM incidents_incident")
        raw = [row[0] for row in cursor.fetchall()]
    assert len(raw) == 1
    assert record.summary not in raw[0]
    assert "4200.50" not in raw[0]
    view = details_of(Incident.objects.get(pk=incident.pk))
    assert view.summary == record.summary
    assert view.losses_gbp == Decimal("4200.50")


def test_a_crime_reference_is_tidied_and_marks_the_incident_reported(world: World) -> None:
    incident = incident_record(
        business=world.business_a,
        record=_record(crime_reference=" nfrc 2611 1234 5678 "),
        actor=world.people["member_a"],
        today=TODAY,
    )

    assert details_of(incident).crime_reference == "NFRC261112345678"
    assert incident.reported_police is True


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"occurred_on": TODAY + timedelta(days=1)}, "occurred_on"),
        ({"discovered_on": TODAY + timedelta(days=3)}, "discovered_on"),
        ({"discovered_on": date(2026, 11, 1)}, "discovered_on"),
        ({"losses_gbp": Decimal("-1")}, "losses_gbp"),
        ({"days_disrupted": -2}, "days_disrupted"),
        ({"crime_reference": "ABC-123"}, "crime_reference"),
        ({"types": ("not-a-type",)}, "types"),
        ({"types": ()}, "types"),
        ({"summary": "x" * 2001}, "summary"),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(
    world: World, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(IncidentError) as refused:
        incident_record(
            business=world.business_a,
            record=_record(**changes),
            actor=world.people["member_a"],
            today=TODAY,
        )

    assert list(refused.value.problems) == [field]
    assert Incident.objects.count() == 0


def test_every_wrong_field_is_named_at_once(world: World) -> None:
    with pytest.raises(IncidentError) as refused:
        incident_record(
            business=world.business_a,
            record=_record(
                occurred_on=TODAY + timedelta(days=1),
                losses_gbp=Decimal("-5"),
                crime_reference="12345",
            ),
            actor=world.people["member_a"],
            today=TODAY,
        )

    assert set(refused.value.problems) == {"occurred_on", "losses_gbp", "crime_reference"}


@pytest.mark.parametrize(
    "reference", ["NFRC250112345678", "PS-20251204-0042", "13/123456/25", "ps-20251204-0042"]
)
def test_the_crime_reference_formats_we_know_are_accepted(world: World, reference: str) -> None:
    incident = incident_record(
        business=world.business_a,
        record=_record(crime_reference=reference),
        actor=world.people["member_a"],
        today=TODAY,
    )
    assert details_of(incident).crime_reference == reference.upper()


def test_sending_to_the_police_is_recorded_once_in_the_audit_trail(world: World) -> None:
    incident = IncidentFactory(business=world.business_a)

    for _ in range(2):
        incident_share(
            incident=incident, partner=world.police_force, actor=world.people["member_a"]
        )

    assert IncidentShare.objects.filter(incident=incident).count() == 1
    entry = AuditEntry.objects.get(action=AuditAction.INCIDENT_SHARED)
    assert entry.business_id == world.business_a.pk
    assert entry.data == {"partner": str(world.police_force.pk)}


def test_only_incidents_in_the_last_12_months_make_requirements_urgent(world: World) -> None:
    today = date.today()  # noqa: DTZ011
    IncidentFactory(business=world.business_a, types=["lost-device"], occurred_on=today)
    IncidentFactory(
        business=world.business_a, types=["website"], occurred_on=today - timedelta(days=400)
    )
    IncidentFactory(business=world.business_b, types=["ransomware"], occurred_on=today)

    urgent = urgent_requirements(business=world.business_a)

    assert set(urgent) == {"ncsc.mob.find-wipe", "ce.sc.device-unlock"}


def test_after_a_payment_fraud_the_plan_puts_checking_bank_details_first(world: World) -> None:
    attempt = assessment_start(business=world.business_a, actor=world.people["member_a"])
    answer_all(attempt, {"upd.router": ["no"], "pay.bank-changes": ["reply"]})
    assessment_complete(assessment=attempt, actor=world.people["member_a"])
    before = assessment_state(attempt).plan

    IncidentFactory(business=world.business_a, types=["payment-fraud"])
    after = assessment_state(attempt).plan

    assert before.ids()[0] == "update-router"
    assert after.ids()[0] == "check-bank-detail-changes"
    assert after.actions[0].made_urgent
