"""Delivery: each alert reaches a business at most once, with its reason; critical alerts
are emailed at once and the rest weekly; retries and concurrent workers add nothing."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection

from smeshield.alerts.models import Advisory, Delivery, Feedback, InventoryItem
from smeshield.alerts.selectors import urgent_requirements
from smeshield.alerts.services import (
    advisory_fan_out,
    deliver_batch,
    delivery_feedback,
    digest_send,
    email_opt_out,
    product_alias_add,
    unsubscribe_token,
)
from smeshield.domain.alerts.advisories import Targeting
from smeshield.healthcheck.selectors import assessment_state
from smeshield.kernel.encryption import lookup_hash
from tests.conftest import World
from tests.factories import (
    AdvisoryFactory,
    BusinessFactory,
    MembershipFactory,
    PostcodeDistrictFactory,
)
from tests.integration.alerts.helpers import uses

pytestmark = pytest.mark.django_db


def test_a_business_that_typed_fortigate_gets_the_fortios_alert_with_its_reason(
    world: World,
) -> None:
    uses(world.business_a, ticked=["windows"], typed=["FortiGate firewall"])
    uses(world.business_b, ticked=["windows"])
    advisory = AdvisoryFactory(severity="critical")

    advisory_fan_out(advisory=advisory)

    delivery = Delivery.objects.get()
    assert delivery.business == world.business_a
    assert delivery.reason == {
        "code": "alerts.uses_product_as",
        "params": {"name": "FortiGate firewall", "identity": "Fortinet FortiOS"},
    }
    (email,) = mail.outbox
    assert email.to == [world.people["member_a"].email]
    assert "You told us you use FortiGate firewall" in email.body
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_retried_batch_delivers_and_emails_nothing_more(world: World) -> None:
    uses(world.business_a, ticked=["fortinet"])
    advisory = AdvisoryFactory(severity="critical")

    first = deliver_batch(advisory=advisory, business_ids=[world.business_a.pk])
    again = deliver_batch(advisory=advisory, business_ids=[world.business_a.pk])

    assert len(first) == 1
    assert again == []
    assert Delivery.objects.count() == 1
    assert len(mail.outbox) == 1


def test_important_alerts_wait_for_the_weekly_digest_which_sends_once(world: World) -> None:
    uses(world.business_a, ticked=["fortinet", "windows"])
    advisory_fan_out(advisory=AdvisoryFactory())
    advisory_fan_out(
        advisory=AdvisoryFactory(
            targeting={"identities": ["microsoft:windows"]},
            product_names={"microsoft:windows": "Microsoft Windows"},
        )
    )
    assert mail.outbox == []

    assert digest_send() == 1
    assert digest_send() == 0

    (email,) = mail.outbox
    assert "There are 2 security alerts" in email.body


def test_one_click_unsubscribe_stops_the_emails_but_not_the_inbox(world: World) -> None:
    uses(world.business_a, ticked=["fortinet"])
    member = world.people["member_a"]
    assert email_opt_out(token=unsubscribe_token(member, world.business_a)) is not None

    advisory_fan_out(advisory=AdvisoryFactory(severity="critical"))

    assert Delivery.objects.filter(business=world.business_a).count() == 1
    assert mail.outbox == []


def test_a_tampered_unsubscribe_token_does_nothing(world: World) -> None:
    token = unsubscribe_token(world.people["member_a"], world.business_a)

    assert email_opt_out(token=token[:-2] + "xx") is None
    assert (
        email_opt_out(token=unsubscribe_token(world.people["member_b"], world.business_a)) is None
    )


def test_a_partner_alert_reaches_only_the_sector_and_force_it_names(world: World) -> None:
    builders = world.business_a  # sector F (construction), in the force area below
    cafe = BusinessFactory(sector="I", district=world.business_a.district)
    MembershipFactory(business=cafe)
    BusinessFactory(
        sector="F", district=PostcodeDistrictFactory(code="TS1", police_force_name="Cleveland")
    )
    force = world.business_a.district.police_force_name
    advisory = AdvisoryFactory(
        source="partner",
        targeting=Targeting(sectors=frozenset({"F"}), police_forces=frozenset({force})).as_dict(),
        product_names={},
    )

    advisory_fan_out(advisory=advisory)

    delivered_to = set(Delivery.objects.values_list("business_id", flat=True))
    assert delivered_to == {builders.pk, world.business_b.pk}  # both builders in the area
    delivery = Delivery.objects.get(business=builders)
    assert delivery.reason == {
        "code": "alerts.for_businesses_like_yours",
        "params": {
            "kinds": [
                {
                    "code": "alerts.kind_sector",
                    "params": {"sector": "Construction and building trades"},
                },
                {"code": "alerts.kind_place", "params": {"place": force}},
            ]
        },
    }


def test_an_open_alert_moves_the_update_action_up_until_it_is_done(world: World) -> None:
    attempt = uses(world.business_a, ticked=["fortinet"])
    advisory_fan_out(advisory=AdvisoryFactory())

    assert "ce.upd.fourteen-days" in urgent_requirements(business=world.business_a)
    delivery_feedback(delivery=Delivery.objects.get(), feedback=Feedback.DONE)
    assert urgent_requirements(business=world.business_a) == {}
    assert not any(p.made_urgent for p in assessment_state(attempt).plan.actions)


def test_names_people_type_are_kept_and_an_admin_can_teach_one(world: World) -> None:
    uses(world.business_a, ticked=["windows"], typed=["O365", "Tillpoint EPOS"])

    items = dict(InventoryItem.objects.values_list("name_as_written", "identity_id"))
    assert items["O365"] == "microsoft:microsoft-365"
    assert items["Tillpoint EPOS"] == ""

    changed = product_alias_add(
        name="Tillpoint EPOS", identity_id="fortinet:fortios", actor=world.people["admin"]
    )

    assert changed == 1
    assert (
        InventoryItem.objects.get(name_hash=lookup_hash("Tillpoint EPOS")).identity_id
        == "fortinet:fortios"
    )


def test_the_stix_export_of_sent_alerts_passes_the_validator(world: World, tmp_path: Path) -> None:
    from stix2validator import ValidationOptions, validate_file

    uses(world.business_a, ticked=["fortinet"])
    advisory_fan_out(advisory=AdvisoryFactory())
    out = tmp_path / "sent.json"

    call_command("alerts", "export-stix", "--out", str(out))

    result = validate_file(str(out), ValidationOptions(strict=False))
    assert result.is_valid
    assert '"name": "CVE-2099-' in out.read_text()


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL")
def test_concurrent_workers_deliver_and_email_each_alert_exactly_once(world: World) -> None:
    """SECURITY.md R3's "side effects exactly once", with 8 workers racing on one batch."""
    businesses = [world.business_a, world.business_b]
    for business in businesses:
        uses(business, ticked=["fortinet"])
    critical = AdvisoryFactory(severity="critical")
    weekly = AdvisoryFactory()
    errors: list[BaseException] = []
    barrier = threading.Barrier(8)

    def worker(advisory: Advisory, then_digest: bool) -> None:
        try:
            barrier.wait()
            deliver_batch(advisory=advisory, business_ids=[b.pk for b in businesses])
            if then_digest:
                digest_send()
        except BaseException as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(critical, False)) for _ in range(4)]
    threads += [threading.Thread(target=worker, args=(weekly, True)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert Delivery.objects.filter(advisory=critical).count() == 2
    assert Delivery.objects.filter(advisory=weekly).count() == 2
    digest_send()
    subjects = sorted(message.subject.split(":")[0] for message in mail.outbox)
    assert subjects == [
        "Act now",
        "Act now",
        "Your weekly security alerts",
        "Your weekly security alerts",
    ]
