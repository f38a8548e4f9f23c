"""A business records an incident, gets a Report Fraud summary and VERIS, and may send it
to the police; the police read it only when sent, and every read is audited."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from django.test import Client

from smeshield.audit.models import AuditAction, AuditEntry
from smeshield.content.playbooks import veris_schema
from smeshield.domain.incidents.veris import validation_problems
from smeshield.healthcheck.services import assessment_complete, assessment_start
from smeshield.incidents.models import Incident, IncidentShare
from smeshield.incidents.selectors import details_of
from smeshield.incidents.services import incident_share
from tests.conftest import World, enrol_two_factor, sign_in
from tests.factories import (
    IncidentFactory,
    PartnerMembershipFactory,
    PartnerOrganisationFactory,
    UserFactory,
    canary,
)
from tests.integration.healthcheck.answering import answer_all

pytestmark = pytest.mark.django_db


def _form(**changes: object) -> dict[str, object]:
    occurred = date.today() - timedelta(days=3)  # noqa: DTZ011
    form: dict[str, object] = {
        "near_miss": "incident",
        "types": ["payment-fraud"],
        "summary": canary("story"),
        "occurred_on_0": str(occurred.day),
        "occurred_on_1": str(occurred.month),
        "occurred_on_2": str(occurred.year),
        "how_found": "customer",
        "losses_gbp": "4200.50",
        "days_disrupted": "2",
        "told": ["bank"],
        "crime_reference": "",
    }
    form.update(changes)
    return form


def _url(world: World, tail: str = "") -> str:
    return f"/businesses/{world.business_a.pk}/incidents/{tail}"


def test_a_member_records_an_incident_and_sees_it_with_a_report_fraud_summary(
    world: World, client_as: Callable[[str], Client]
) -> None:
    client = client_as("member_a")
    form = _form()

    response = client.post(_url(world, "new/"), form)

    incident = Incident.objects.get()
    assert response.status_code == 302
    assert response["Location"] == _url(world, f"{incident.pk}/")
    page = client.get(response["Location"]).content.decode()
    assert form["summary"] in page
    assert "Money lost: £4,200.50" in page
    assert "Told our bank: Yes" in page
    assert "Copy this summary into the Report Fraud form" in page
    assert "Always check new bank details by phone" in page  # what moved up the plan


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"occurred_on_2": str(date.today().year + 1)}, "must be today or in the past"),  # noqa: DTZ011
        ({"losses_gbp": "-30"}, "Money lost must be 0 or more"),
        ({"losses_gbp": "lots"}, "Enter money lost as a number"),
        ({"crime_reference": "ABC123"}, "Enter a crime reference like NFRC250112345678"),
        ({"occurred_on_0": "31", "occurred_on_1": "2"}, "Enter a real date"),
        ({"occurred_on_2": "26"}, "Enter the year as 4 numbers"),
        ({"types": []}, "Tick at least one thing that happened"),
        ({"summary": "bad\x00text"}, "Remove unusual characters"),
    ],
)
def test_bad_input_gets_an_error_summary_naming_the_problem_and_nothing_is_saved(
    world: World, client_as: Callable[[str], Client], changes: dict[str, object], message: str
) -> None:
    response = client_as("member_a").post(_url(world, "new/"), _form(**changes))
    page = response.content.decode()

    assert response.status_code == 400
    assert "govuk-error-summary" in page
    assert message in page
    assert Incident.objects.count() == 0


def test_what_was_typed_is_kept_when_the_form_comes_back_with_an_error(
    world: World, client_as: Callable[[str], Client]
) -> None:
    form = _form(losses_gbp="-30")

    page = client_as("member_a").post(_url(world, "new/"), form).content.decode()

    assert str(form["summary"]) in page


def test_the_veris_download_validates_against_the_shipped_schema(
    world: World, client_as: Callable[[str], Client]
) -> None:
    incident = IncidentFactory(business=world.business_a, types=["ransomware", "personal-data"])

    response = client_as("member_a").get(_url(world, f"{incident.pk}/veris.json"))

    record = json.loads(response.content)
    assert response["Content-Disposition"] == f'attachment; filename="{incident.pk}.json"'
    assert validation_problems(record, veris_schema()) == []
    assert record["incident_id"] == str(incident.pk)
    assert details_of(incident).summary == record["summary"]


def test_sending_to_the_police_needs_the_box_ticked(
    world: World, client_as: Callable[[str], Client]
) -> None:
    incident = IncidentFactory(business=world.business_a)
    url = _url(world, f"{incident.pk}/send-to-police/")

    refused = client_as("member_a").post(url, {"partner": str(world.police_force.pk)})
    sent = client_as("member_a").post(url, {"partner": str(world.police_force.pk), "agree": "on"})

    assert refused.status_code == 400
    assert "Tick the box to agree" in refused.content.decode()
    assert sent.status_code == 302
    share = IncidentShare.objects.get()
    assert share.partner == world.police_force
    assert AuditEntry.objects.filter(action=AuditAction.INCIDENT_SHARED).count() == 1


def test_a_bank_cannot_be_chosen_as_a_police_force(
    world: World, client_as: Callable[[str], Client]
) -> None:
    incident = IncidentFactory(business=world.business_a)

    response = client_as("member_a").post(
        _url(world, f"{incident.pk}/send-to-police/"),
        {"partner": str(world.bank.pk), "agree": "on"},
    )

    assert response.status_code == 400
    assert IncidentShare.objects.count() == 0


def test_the_police_see_a_record_only_once_sent_and_each_read_is_audited(
    world: World, client_as: Callable[[str], Client]
) -> None:
    incident = IncidentFactory(business=world.business_a)
    police = client_as("police")
    url = f"/staff/incidents/{incident.pk}/"

    before = police.get(url)
    incident_share(incident=incident, partner=world.police_force, actor=world.people["member_a"])
    after = police.get(url)
    listed = police.get("/staff/incidents/").content.decode()

    assert before.status_code == 404
    assert after.status_code == 200
    assert details_of(incident).summary in after.content.decode()
    assert url in listed
    read = AuditEntry.objects.get(action=AuditAction.BUSINESS_DATA_VIEWED, target=url)
    assert read.business_id == world.business_a.pk
    assert read.actor_id == world.people["police"].pk


def test_the_police_list_of_sent_records_writes_one_audit_row_per_business_shown(
    world: World, client_as: Callable[[str], Client]
) -> None:
    for business in (world.business_a, world.business_a, world.business_b):
        incident = IncidentFactory(business=business)
        incident_share(
            incident=incident, partner=world.police_force, actor=world.people["member_a"]
        )

    client_as("police").get("/staff/incidents/")

    reads = AuditEntry.objects.filter(
        action=AuditAction.BUSINESS_DATA_VIEWED, target="/staff/incidents/"
    )
    assert sorted(str(r.business_id) for r in reads) == sorted(
        [str(world.business_a.pk), str(world.business_b.pk)]
    )
    assert {r.actor_id for r in reads} == {world.people["police"].pk}


def test_another_force_cannot_see_a_record_sent_to_one_force(world: World) -> None:
    incident = IncidentFactory(business=world.business_a)
    incident_share(incident=incident, partner=world.police_force, actor=world.people["member_a"])
    other_force = PartnerOrganisationFactory(name="Another force (test)")
    officer = PartnerMembershipFactory(
        organisation=other_force, user=UserFactory(role="police")
    ).user
    enrol_two_factor(officer)
    client = sign_in(Client(), officer)

    assert client.get(f"/staff/incidents/{incident.pk}/").status_code == 404
    assert str(incident.pk) not in client.get("/staff/incidents/").content.decode()


def test_the_plan_shows_what_moved_up_after_an_incident(
    world: World, client_as: Callable[[str], Client]
) -> None:
    attempt = assessment_start(business=world.business_a, actor=world.people["member_a"])
    answer_all(attempt, {"pay.bank-changes": ["reply"], "upd.router": ["no"]})
    assessment_complete(assessment=attempt, actor=world.people["member_a"])
    IncidentFactory(business=world.business_a, types=["payment-fraud"])

    page = client_as("member_a").get(f"/businesses/{world.business_a.pk}/health-check/plan/")

    text = page.content.decode()
    assert "Moved up after an incident or alert" in text
    moved = text.index("Moved up after an incident or alert")
    assert text.index("Always check new bank details by phone") < moved
    assert moved < text.index("Keep your router up to date")
