"""Guessing is throttled per account, and an attacker cannot lock a person out for long (S8)."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.test import Client
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _person() -> str:
    user = UserFactory(email="target@example.com")
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    return user.email


def _ask_for_code(email: str, ip: str = "198.51.100.7", **headers: str) -> int:
    response = Client(REMOTE_ADDR=ip).post(reverse("account_login"), {"email": email}, **headers)
    return response.status_code


def test_given_many_code_requests_for_one_account_then_they_are_throttled_then_recover() -> None:
    email = _person()
    with time_machine.travel("2026-11-27 09:00 +0000", tick=False) as traveller:
        sent = [_ask_for_code(email, ip=f"203.0.113.{n}") for n in range(8)]
        assert sent[:5] == [302] * 5
        assert sent[5:] == [200] * 3  # the page explains, no code is sent
        assert len(mail.outbox) == 5

        traveller.shift(timedelta(minutes=16))  # the cool-off is 15 minutes

        assert _ask_for_code(email) == 302
    assert len(mail.outbox) == 6


def test_a_spoofed_forwarded_for_header_does_not_escape_the_limit() -> None:
    email = _person()
    statuses = [_ask_for_code(email, HTTP_X_FORWARDED_FOR=f"10.0.0.{n}") for n in range(7)]
    assert statuses.count(302) == 5


def test_each_code_allows_three_tries_so_guessing_is_bounded_per_hour() -> None:
    """At most 5 codes per 15 minutes x 3 tries = 60 guesses an hour (S8: at most 100)."""
    email = _person()
    client = Client()
    client.post(reverse("account_login"), {"email": email})
    for _ in range(3):
        response = client.post(reverse("account_confirm_login_code"), {"code": "AAAA-AAAA"})
    assert response.status_code == 302  # the code is used up; back to asking for a new one
    assert client.get(reverse("account_confirm_login_code")).status_code == 302
