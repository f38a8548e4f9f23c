"""Staff must set up and use two-step sign-in before anything else (S6, S7, S9)."""

from __future__ import annotations

import re
import time
from datetime import timedelta

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from smeshield.accounts import totp
from smeshield.accounts.models import TotpDevice
from smeshield.audit.models import AuditAction, AuditEntry
from smeshield.domain.roles import Role
from tests.conftest import World, current_code, sign_in
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_given_a_new_police_officer_when_they_open_any_page_then_they_must_enrol_first() -> None:
    officer = UserFactory(role=Role.POLICE)
    client = sign_in(Client(), officer, second_factor=False)

    for path in ("/dashboard/", "/staff/", "/account/", "/admin/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response.url.startswith("/account/two-factor/")

    page = client.get("/account/two-factor/")
    assert page.status_code == 200
    assert b"Set up two-step sign-in" in page.content
    assert b"<svg" in page.content  # the QR code, drawn inline


def test_given_the_enrolment_page_when_the_right_code_is_typed_then_codes_show_once() -> None:
    officer = UserFactory(role=Role.POLICE)
    client = sign_in(Client(), officer, second_factor=False)
    client.get("/account/two-factor/")
    secret = TotpDevice.objects.get(user=officer).secret

    response = client.post(
        "/account/two-factor/", {"code": current_code(secret), "next": "/staff/"}
    )

    assert response.status_code == 200
    codes = re.findall(rb"<li>([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})</li>", response.content)
    assert len(codes) == 10
    assert "no-store" in response.headers["Cache-Control"]
    assert client.get("/staff/").status_code == 200


def test_given_a_wrong_code_then_the_error_summary_names_the_field() -> None:
    officer = UserFactory(role=Role.POLICE)
    client = sign_in(Client(), officer, second_factor=False)
    client.get("/account/two-factor/")

    response = client.post("/account/two-factor/", {"code": "123456"})

    assert response.status_code == 200
    assert b"govuk-error-summary" in response.content
    assert b'href="#id_code"' in response.content
    assert (
        AuditEntry.objects.filter(action=AuditAction.MFA_REJECTED, actor_id=officer.pk).count() == 1
    )


def test_given_an_enrolled_officer_when_they_sign_in_again_then_they_give_a_code(
    world: World,
) -> None:
    officer = world.people["police"]
    secret = TotpDevice.objects.get(user=officer).secret
    client = sign_in(Client(), officer, second_factor=False)
    assert client.get("/staff/").url == "/account/two-factor/?next=%2Fstaff%2F"

    response = client.post(
        "/account/two-factor/", {"code": current_code(secret), "next": "/staff/"}
    )

    assert response.status_code == 302
    assert response.url == "/staff/"
    assert client.get("/staff/").status_code == 200


def test_a_business_person_never_needs_a_second_factor(world: World) -> None:
    client = sign_in(Client(), world.people["member_a"])
    assert client.get(reverse("account")).status_code == 200
    assert client.get("/account/two-factor/").status_code == 302


def test_a_next_address_on_another_site_is_never_followed(world: World) -> None:
    officer = world.people["police"]
    secret = TotpDevice.objects.get(user=officer).secret
    client = sign_in(Client(), officer, second_factor=False)
    response = client.post(
        "/account/two-factor/", {"code": current_code(secret), "next": "https://evil.example/"}
    )
    assert response.url == reverse("home")


def test_staff_sessions_end_after_30_idle_minutes(world: World) -> None:
    with time_machine.travel("2026-11-27 09:00 +0000", tick=False) as traveller:
        client = sign_in(Client(), world.people["police"])
        assert client.get("/staff/").status_code == 200
        traveller.shift(timedelta(minutes=29))
        assert client.get("/staff/").status_code == 200
        traveller.shift(timedelta(minutes=31))

        response = client.get("/staff/")

    assert response.status_code == 302
    assert response.url.startswith("/account/sign-in/")
    assert AuditEntry.objects.filter(action=AuditAction.SESSION_EXPIRED).exists()


def test_staff_sessions_end_after_12_hours_however_busy(world: World) -> None:
    with time_machine.travel("2026-11-27 09:00 +0000", tick=False) as traveller:
        client = sign_in(Client(), world.people["police"])
        for _ in range(12 * 3 + 1):  # a request every 20 minutes for over 12 hours
            traveller.shift(timedelta(minutes=20))
            response = client.get("/staff/")
    assert response.status_code == 302
    assert response.url.startswith("/account/sign-in/")


def test_signing_out_ends_the_session_on_the_server(world: World) -> None:
    client = sign_in(Client(), world.people["member_a"])
    session_key = client.session.session_key
    client.post(reverse("account_logout"))

    from django.contrib.sessions.models import Session

    assert not Session.objects.filter(session_key=session_key).exists()
    assert client.get(reverse("account")).status_code == 302


def test_the_totp_step_helper_agrees_with_the_clock() -> None:
    assert totp.time_step(time.time()) > 0
