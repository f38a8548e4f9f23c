"""Owners tell us when their Cyber Essentials certificate ends; the renewal reminder follows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from smeshield.audit.models import AuditAction, AuditEntry
from smeshield.healthcheck.models import Certificate
from smeshield.healthcheck.services import reminders_send
from tests.conftest import World
from tests.web.page_text import main_text

pytestmark = pytest.mark.django_db


def _url(world: World) -> str:
    return f"/businesses/{world.business_a.pk}/health-check/certificate/"


def _date(day: date) -> dict[str, str]:
    return {
        "expires_on_0": str(day.day),
        "expires_on_1": str(day.month),
        "expires_on_2": str(day.year),
    }


def test_given_an_end_date_when_the_owner_saves_it_then_it_is_kept_audited_and_shown(
    world: World, client_as: Callable[[str], Client]
) -> None:
    ends = timezone.localdate() + timedelta(days=200)
    client = client_as("member_a")

    saved = client.post(_url(world), _date(ends))
    page = main_text(client.get(_url(world)).content.decode())

    assert saved.status_code == 302
    stored = Certificate.objects.get(business=world.business_a)
    assert stored.expires_on == ends
    assert stored.recorded_by == world.people["member_a"]
    audited = AuditEntry.objects.get(action=AuditAction.CERTIFICATE_RECORDED)
    assert audited.business_id == world.business_a.pk
    assert f"Your certificate ends on {ends:%-d %B %Y}" in page


@pytest.mark.parametrize(
    ("days_from_today", "message"),
    [
        (0, "The end date must be in the future"),
        (-30, "The end date must be in the future"),
        (401, "A certificate lasts one year"),
    ],
)
def test_given_an_end_date_that_cannot_be_right_then_the_page_says_why_and_keeps_nothing(
    world: World, client_as: Callable[[str], Client], days_from_today: int, message: str
) -> None:
    ends = timezone.localdate() + timedelta(days=days_from_today)

    response = client_as("member_a").post(_url(world), _date(ends))

    assert response.status_code == 400
    assert "govuk-error-summary" in response.content.decode()
    assert message in response.content.decode()
    assert not Certificate.objects.exists()


def test_given_no_real_date_then_the_error_names_the_field_and_nothing_is_kept(
    world: World, client_as: Callable[[str], Client]
) -> None:
    response = client_as("member_a").post(
        _url(world), {"expires_on_0": "31", "expires_on_1": "2", "expires_on_2": "2027"}
    )

    body = response.content.decode()
    assert response.status_code == 400
    assert "Enter a real date" in body
    assert 'href="#id_expires_on_0"' in body or 'href="#id_expires_on"' in body
    assert not Certificate.objects.exists()


def test_given_a_certificate_saved_on_the_page_then_the_owner_is_reminded_30_days_before(
    world: World, client_as: Callable[[str], Client]
) -> None:
    ends = timezone.localdate() + timedelta(days=100)
    client_as("member_a").post(_url(world), _date(ends))
    mail.outbox.clear()

    reminders_send(today=ends - timedelta(days=30))
    reminders_send(today=ends - timedelta(days=29))  # the same period: nothing more

    about_renewal = [m for m in mail.outbox if "certificate ends on" in m.body]
    assert len(about_renewal) == 1
    assert f"{ends:%-d %B %Y}" in about_renewal[0].body
