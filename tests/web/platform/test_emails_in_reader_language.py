"""Emails the worker sends are in each reader's own language (their saved choice), not in
whatever language the worker happens to run in. Expected words are the translators' own,
copied here from the catalogues."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from smeshield.alerts.services import advisory_fan_out, digest_send
from smeshield.domain.reasons import Reason
from smeshield.healthcheck.services import reminders_send
from smeshield.people import services as people
from tests.conftest import World
from tests.factories import AdvisoryFactory
from tests.integration.alerts.helpers import uses

pytestmark = pytest.mark.django_db


def _reads(world: World, who: str, language: str) -> None:
    person = world.people[who]
    person.language = language
    person.save(update_fields=["language"])


def test_given_an_owner_who_reads_polish_then_the_weekly_digest_is_in_polish(
    world: World,
) -> None:
    # Given the owner of business A reads Polish, and an important alert reached them
    _reads(world, "member_a", "pl")
    uses(world.business_a, ticked=["fortinet"])
    advisory_fan_out(advisory=AdvisoryFactory())

    # When the weekly digest goes out
    digest_send()

    # Then its subject is the Polish one
    (email,) = [m for m in mail.outbox if world.people["member_a"].email in m.to]
    assert email.subject == "Twoje cotygodniowe ostrzeżenia bezpieczeństwa: 1 do przejrzenia"


def test_given_a_mentor_who_reads_arabic_then_a_notice_email_is_in_arabic(world: World) -> None:
    _reads(world, "mentor", "ar")

    people.notify(
        user=world.people["mentor"],
        key="matched",
        message=Reason("people.business_matched"),
        url_name="mentor_home",
    )

    (email,) = mail.outbox
    assert email.subject == "تمت مطابقتك مع شركة. سترى خطتها بعد أن توافق."


def test_given_an_owner_who_reads_urdu_then_the_renewal_reminder_is_in_urdu(
    world: World, client_as: Callable[[str], Client]
) -> None:
    # Given an owner reading Urdu saved when their certificate ends
    _reads(world, "member_a", "ur")
    ends = timezone.localdate() + timedelta(days=100)
    client_as("member_a").post(
        f"/businesses/{world.business_a.pk}/health-check/certificate/",
        {"expires_on_0": ends.day, "expires_on_1": ends.month, "expires_on_2": ends.year},
    )
    mail.outbox.clear()

    # When the reminders go out 30 days before
    reminders_send(today=ends - timedelta(days=30))

    # Then the owner's reminder is in Urdu
    (email,) = [m for m in mail.outbox if world.people["member_a"].email in m.to]
    assert email.body.startswith("آپ کا Cyber Essentials سرٹیفکیٹ")


def test_given_no_saved_language_then_emails_stay_in_english(world: World) -> None:
    people.notify(
        user=world.people["mentor"],
        key="matched",
        message=Reason("people.business_matched"),
        url_name="mentor_home",
    )

    (email,) = mail.outbox
    assert email.subject.startswith("You have been matched with a business.")
