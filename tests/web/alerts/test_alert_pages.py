"""Alert pages: the inbox and one alert in plain words, answers, one-click unsubscribe,
partner alerts with their checks, and the admin's relevance and curation pages."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
import textstat
from django.test import Client

from smeshield.alerts.models import Advisory, Delivery, EmailOptOut, InventoryItem
from smeshield.alerts.services import advisory_fan_out, unsubscribe_token
from smeshield.kernel.encryption import lookup_hash
from tests.conftest import World
from tests.factories import AdvisoryFactory, DeliveryFactory
from tests.integration.alerts.helpers import uses

pytestmark = pytest.mark.django_db


def _main_text(html: str) -> str:
    main = html.split('id="main-content">', 1)[-1].split("</main>", 1)[0]
    main = re.sub(r'<details class="govuk-details".*?</details>', "", main, flags=re.S)
    main = re.sub(r"</(h\d|li|p|label|legend|strong|a)>", ". ", main)
    return re.sub(r"(\.\s*){2,}", ". ", " ".join(re.sub(r"<[^>]+>", " ", main).split()))


def test_the_inbox_and_the_alert_say_what_why_what_to_do_and_by_when(
    world: World, client_as: Callable[[str], Client]
) -> None:
    uses(world.business_a, ticked=["windows"], typed=["FortiGate"])
    advisory_fan_out(advisory=AdvisoryFactory(known_ransomware=True, severity="critical"))
    delivery = Delivery.objects.get()
    client = client_as("member_a")

    inbox = client.get(f"/businesses/{world.business_a.pk}/alerts/").content.decode()
    page = client.get(f"/businesses/{world.business_a.pk}/alerts/{delivery.pk}/").content.decode()

    assert "You told us you use FortiGate (Fortinet FortiOS)." in inbox
    assert "Act now" in inbox
    assert "Used to lock files for a ransom" in page
    assert "Install every update it offers" in page
    assert f"Do it by {delivery.due_on.day} " in page
    text = _main_text(page).replace("Fortinet FortiOS", "it").replace("FortiGate", "it")
    assert textstat.flesch_kincaid_grade(text) <= 9, text


def test_an_answer_is_saved_and_need_help_shows_where_to_get_it(
    world: World, client_as: Callable[[str], Client]
) -> None:
    delivery = DeliveryFactory(business=world.business_a)
    url = f"/businesses/{world.business_a.pk}/alerts/{delivery.pk}/"
    client = client_as("member_a")

    refused = client.post(url, {"feedback": "maybe"})
    saved = client.post(url, {"feedback": "need_help"}, follow=True)

    assert refused.status_code == 400
    assert "Select an answer from the list" in refused.content.decode()
    delivery.refresh_from_db()
    assert delivery.feedback == "need_help"
    assert "Cyber Resilience Centre" in saved.content.decode()


def test_another_business_cannot_open_the_alert(
    world: World, client_as: Callable[[str], Client]
) -> None:
    delivery = DeliveryFactory(business=world.business_a)

    response = client_as("member_b").get(f"/businesses/{world.business_b.pk}/alerts/{delivery.pk}/")

    assert response.status_code == 404


def test_one_click_unsubscribe_works_from_a_mail_app_without_a_csrf_token(world: World) -> None:
    token = unsubscribe_token(world.people["member_a"], world.business_a)
    mail_app = Client(enforce_csrf_checks=True)

    asked = mail_app.get(f"/alerts/unsubscribe/{token}/")
    done = mail_app.post(f"/alerts/unsubscribe/{token}/", {"List-Unsubscribe": "One-Click"})

    assert asked.status_code == 200
    assert done.status_code == 200
    assert EmailOptOut.objects.filter(user=world.people["member_a"]).count() == 1


def _alert_form(**changes: object) -> dict[str, object]:
    form: dict[str, object] = {
        "title": "Fake invoice emails aimed at builders",
        "what": "Criminals send fake invoices to builders. They ask you to pay a new account.",
        "steps": "Check new bank details by phone.\nCall your bank at once if you paid.",
        "kind": "payment-fraud",
        "severity": "high",
        "sectors": ["F"],
    }
    form.update(changes)
    return form


def test_police_write_an_alert_that_reaches_the_businesses_it_targets(
    world: World,
    client_as: Callable[[str], Client],
    django_capture_on_commit_callbacks: Callable[..., Any],
) -> None:
    police = client_as("police")
    preview = police.post("/staff/alerts/new/", _alert_form())
    assert Advisory.objects.count() == 0  # nothing goes out before the preview is confirmed
    with django_capture_on_commit_callbacks(execute=True):  # the fan-out task, once committed
        response = police.post("/staff/alerts/new/", {**_alert_form(), "confirm": "1"})

    page = preview.content.decode()
    assert "This is what businesses will see" in page
    assert "Check new bank details by phone." in page
    assert "It will reach fewer than 10 businesses." in page  # two: never shown exactly
    assert response.status_code == 302
    advisory = Advisory.objects.get(source="partner")
    assert advisory.requirements[:2] == ["fraud.bank-changes", "fraud.two-checks"]
    assert set(Delivery.objects.values_list("business_id", flat=True)) == {
        world.business_a.pk,
        world.business_b.pk,
    }


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {
                "what": (
                    "Organisational stakeholders should operationalise comprehensive "
                    "verification methodologies, notwithstanding administrative inconvenience."
                )
            },
            "This reads at school grade",
        ),
        (
            {"products": "Microsoft 365\nSuperSecretWidget"},
            "We do not know the product “SuperSecretWidget”",
        ),
        ({"steps": "\n".join(f"Step {n}." for n in range(6))}, "Give 5 steps or fewer"),
        ({"sectors": ["Z"]}, "Select answers from the list"),
        ({"title": ""}, "Enter a title"),
    ],
)
def test_a_partner_alert_with_a_problem_is_not_sent_and_says_what_to_fix(
    world: World, client_as: Callable[[str], Client], changes: dict[str, object], message: str
) -> None:
    response = client_as("police").post("/staff/alerts/new/", _alert_form(**changes))

    assert response.status_code == 400
    assert message in response.content.decode()
    assert Advisory.objects.count() == 0


def test_admins_see_relevance_by_source_and_teach_unknown_names(
    world: World, client_as: Callable[[str], Client]
) -> None:
    uses(world.business_a, ticked=["windows"], typed=["Tillpoint EPOS"])
    DeliveryFactory(business=world.business_a, feedback="done")
    DeliveryFactory(business=world.business_b, feedback="not_relevant")
    admin = client_as("admin")

    relevance = _main_text(admin.get("/staff/alerts/relevance/").content.decode())
    unknown = admin.get("/staff/alerts/unknown-products/").content.decode()
    taught = admin.post(
        "/staff/alerts/unknown-products/", {"name": "Tillpoint EPOS", "product": "FortiGate"}
    )

    assert "CISA Known Exploited Vulnerabilities 2 1 1 0 50%" in relevance
    assert "Tillpoint EPOS" in unknown
    assert taught.status_code == 302
    assert (
        InventoryItem.objects.get(name_hash=lookup_hash("Tillpoint EPOS")).identity_id
        == "fortinet:fortios"
    )
