"""Partner alerts after they are sent: the author's organisation corrects the words or
withdraws the alert; businesses see the change, counts and digests follow."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core import mail
from django.test import Client

from smeshield.alerts.models import Advisory, Delivery
from smeshield.alerts.selectors import open_count
from smeshield.alerts.services import advisory_fan_out, digest_send, partner_alert_withdraw
from smeshield.audit.models import AuditAction, AuditEntry
from tests.conftest import World, enrol_two_factor, sign_in
from tests.factories import (
    AdvisoryFactory,
    DeliveryFactory,
    PartnerMembershipFactory,
    PartnerOrganisationFactory,
)

pytestmark = pytest.mark.django_db

WORDS = {
    "title": "Fake invoice emails aimed at builders",
    "what": "Criminals send fake invoices. They look like they come from a supplier.",
    "steps": "Phone the supplier on a number you know.\nDo not pay until you have checked.",
}
REASON = "It was a false alarm: the supplier sent those invoices."


def _police_alert(world: World) -> Advisory:
    return AdvisoryFactory(
        key="partner:one",
        source="partner",
        cve="",
        title="Fake invoices aimed at builders",
        what="Criminals send fake invoices.",
        steps=["Phone the supplier."],
        author=world.people["police"],
        organisation=world.police_force,
    )


def test_the_author_changes_the_words_and_the_business_reads_the_new_ones(
    world: World, client_as: Callable[[str], Client]
) -> None:
    # Given a police alert that reached business A
    advisory = _police_alert(world)
    delivery = DeliveryFactory(advisory=advisory, business=world.business_a)

    # When the police officer saves new words
    response = client_as("police").post(f"/staff/alerts/{advisory.pk}/edit/", WORDS)

    # Then the business's alert page shows them, and the change is audited with both
    assert response.status_code == 302
    page = (
        client_as("member_a")
        .get(f"/businesses/{world.business_a.pk}/alerts/{delivery.pk}/")
        .content.decode()
    )
    assert "Fake invoice emails aimed at builders" in page
    assert "Phone the supplier on a number you know." in page
    assert "Fake invoices aimed at builders<" not in page
    entry = AuditEntry.objects.get(action=AuditAction.ALERT_EDITED)
    assert entry.actor_id == world.people["police"].pk
    assert entry.data["before"]["title"] == "Fake invoices aimed at builders"
    assert entry.data["after"]["steps"] == [
        "Phone the supplier on a number you know.",
        "Do not pay until you have checked.",
    ]


def test_bad_new_words_are_refused_with_an_error_summary_and_nothing_changes(
    world: World, client_as: Callable[[str], Client]
) -> None:
    # Given a police alert
    advisory = _police_alert(world)

    # When the officer clears the title
    response = client_as("police").post(
        f"/staff/alerts/{advisory.pk}/edit/", {**WORDS, "title": ""}
    )

    # Then the page says what to fix in a GOV.UK error summary, and nothing is saved
    page = response.content.decode()
    assert response.status_code == 400
    assert "govuk-error-summary" in page
    assert "Enter a title" in page
    advisory.refresh_from_db()
    assert advisory.title == "Fake invoices aimed at builders"
    assert not AuditEntry.objects.filter(action=AuditAction.ALERT_EDITED).exists()


def test_withdrawing_takes_the_alert_out_of_the_inbox_and_the_open_count(
    world: World, client_as: Callable[[str], Client]
) -> None:
    # Given a police alert open in business A's inbox, beside another alert
    advisory = _police_alert(world)
    DeliveryFactory(advisory=advisory, business=world.business_a)
    DeliveryFactory(business=world.business_a)  # a KEV alert, still open
    assert open_count(business=world.business_a) == 2

    # When the officer withdraws it, with a reason
    confirm = client_as("police").get(f"/staff/alerts/{advisory.pk}/withdraw/")
    response = client_as("police").post(
        f"/staff/alerts/{advisory.pk}/withdraw/", {"reason": REASON}
    )

    # Then asking changed nothing; withdrawing took it out of the inbox and the count
    assert confirm.status_code == 200
    assert response.status_code == 302
    inbox = client_as("member_a").get(f"/businesses/{world.business_a.pk}/alerts/")
    assert "Fake invoices aimed at builders" not in inbox.content.decode()
    assert open_count(business=world.business_a) == 1
    entry = AuditEntry.objects.get(action=AuditAction.ALERT_WITHDRAWN)
    assert entry.reason == REASON
    assert entry.actor_id == world.people["police"].pk


def test_a_withdrawal_without_a_reason_is_refused_with_an_error_summary(
    world: World, client_as: Callable[[str], Client]
) -> None:
    # Given a police alert
    advisory = _police_alert(world)

    # When the officer withdraws it without saying why
    response = client_as("police").post(f"/staff/alerts/{advisory.pk}/withdraw/", {"reason": ""})

    # Then it is refused, and the alert stays
    assert response.status_code == 400
    assert "govuk-error-summary" in response.content.decode()
    assert "Say why you are withdrawing the alert" in response.content.decode()
    advisory.refresh_from_db()
    assert advisory.withdrawn_at is None


def test_the_next_digest_marks_an_emailed_alert_withdrawn_and_never_lists_it_as_active(
    world: World, client_as: Callable[[str], Client]
) -> None:
    # Given a police alert emailed in last week's digest, and one not yet emailed
    advisory = _police_alert(world)
    DeliveryFactory(advisory=advisory, business=world.business_a)
    digest_send()
    assert "Fake invoices aimed at builders" in str(mail.outbox[-1].body)
    unsent = AdvisoryFactory(
        key="partner:two",
        source="partner",
        title="Parcel text scam",
        author=world.people["police"],
        organisation=world.police_force,
    )
    DeliveryFactory(advisory=unsent, business=world.business_a)
    mail.outbox.clear()

    # When both are withdrawn and the weekly digest goes out
    police = client_as("police")
    police.post(f"/staff/alerts/{advisory.pk}/withdraw/", {"reason": REASON})
    police.post(f"/staff/alerts/{unsent.pk}/withdraw/", {"reason": REASON})
    digest_send()

    # Then the digest says the emailed one was withdrawn, and lists neither as active
    body = str(mail.outbox[-1].body)
    assert "Withdrawn: Fake invoices aimed at builders" in body
    assert REASON in body
    assert "Parcel text scam" not in body
    assert "to look at" not in mail.outbox[-1].subject
    # And the week after, nothing more is said about it
    mail.outbox.clear()
    digest_send()
    assert mail.outbox == []


def test_a_withdrawn_alert_reaches_no_new_business(world: World) -> None:
    # Given a withdrawn police alert aimed at every business
    advisory = _police_alert(world)
    Advisory.objects.filter(pk=advisory.pk).update(targeting={})
    partner_alert_withdraw(advisory=advisory, reason=REASON, actor=world.people["police"])

    # When it is fanned out (a task queued before the withdrawal)
    advisory_fan_out(advisory=Advisory.objects.get(pk=advisory.pk))

    # Then no business gets it
    assert not Delivery.objects.filter(advisory=advisory).exists()


def test_another_force_cannot_change_or_withdraw_the_alert(
    world: World, client_as: Callable[[str], Client]
) -> None:
    # Given a police alert, and an officer of another force
    advisory = _police_alert(world)
    other_force = PartnerOrganisationFactory(name="Another Police (test)")
    officer = PartnerMembershipFactory(organisation=other_force).user
    enrol_two_factor(officer)
    client = sign_in(Client(), officer)

    # When they try to open or post either page
    answers = [
        client.get(f"/staff/alerts/{advisory.pk}/edit/").status_code,
        client.post(f"/staff/alerts/{advisory.pk}/edit/", WORDS).status_code,
        client.post(f"/staff/alerts/{advisory.pk}/withdraw/", {"reason": REASON}).status_code,
    ]

    # Then the alert answers as if it did not exist, and is unchanged
    assert answers == [404, 404, 404]
    advisory.refresh_from_db()
    assert advisory.withdrawn_at is None
    assert advisory.title == "Fake invoices aimed at builders"
