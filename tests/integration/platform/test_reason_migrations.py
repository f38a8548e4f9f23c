"""The migrations read the sentences and links stored before reasons were codes back into
codes, parameters and URL names (ADR 0028, 0030)."""

from __future__ import annotations

import importlib
from datetime import datetime
from typing import Any

import pytest
from django.utils import timezone

alerts_0003: Any = importlib.import_module("smeshield.alerts.migrations.0003_reason_as_code")
people_0002: Any = importlib.import_module(
    "smeshield.people.migrations.0002_notices_and_reasons_as_codes"
)


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        (
            "You told us you use FortiGate firewall (Fortinet FortiOS).",
            {
                "code": "alerts.uses_product_as",
                "params": {"name": "FortiGate firewall", "identity": "Fortinet FortiOS"},
            },
        ),
        ("You told us you use O365.", {"code": "alerts.uses_product", "params": {"name": "O365"}}),
        ("It is for every business.", {"code": "alerts.for_every_business", "params": {}}),
        (
            "It is for businesses like yours (micro businesses; Cleveland).",
            {
                "code": "alerts.for_businesses_like_yours",
                "params": {
                    "kinds": [
                        {"code": "alerts.kind_size_band", "params": {"size_band": "micro"}},
                        {"code": "alerts.kind_place", "params": {"place": "Cleveland"}},
                    ]
                },
            },
        ),
        ("Something nobody wrote.", {"code": "alerts.matched", "params": {}}),
    ],
)
def test_an_old_delivery_sentence_becomes_its_code(sentence: str, reason: dict[str, Any]) -> None:
    assert alerts_0003.reason_from_sentence(sentence) == reason


def test_an_old_meeting_notice_keeps_its_time_as_an_iso_date_time() -> None:
    found = people_0002.notice_from_text("Your learning set meets on 4 December 2026 at 18:00.")

    assert found["code"] == "people.set_meets"
    when = timezone.localtime(datetime.fromisoformat(found["params"]["when"]))
    assert (when.year, when.month, when.day, when.hour, when.minute) == (2026, 12, 4, 18, 0)


@pytest.mark.parametrize(
    ("text", "code", "params"),
    [
        (
            "We found you a mentor. Agree to share your plan to get started.",
            "people.mentor_found",
            {},
        ),
        ("A mentoring session is waiting for your sign-off.", "people.sign_off_waiting", {}),
        (
            "Your supervisor signed off your session of 30 November 2026.",
            "people.session_signed_off",
            {"day": "2026-11-30"},
        ),
        ("Hello from nowhere", "people.notice", {}),
    ],
)
def test_an_old_notice_becomes_its_code(text: str, code: str, params: dict[str, str]) -> None:
    assert people_0002.notice_from_text(text) == {"code": code, "params": params}


def test_an_old_link_becomes_its_url_name_and_arguments_and_a_dead_one_is_dropped() -> None:
    mentorship = "0b6f5a52-8f5e-4d55-9a59-1f2a3b4c5d6e"

    assert people_0002.target_of(f"/mentor/mentorships/{mentorship}/") == (
        "mentor_mentorship",
        {"mentorship_id": mentorship},
    )
    assert people_0002.target_of("/supervision/") == ("supervision", {})
    assert people_0002.target_of("/no/such/page/") == ("", {})


def test_old_mentor_reasons_become_codes() -> None:
    assert people_0002.mentor_reason("knows about firewalls, backups") == {
        "code": "mentoring.knows_about",
        "params": {
            "skills": [
                {"code": "mentoring.skill", "params": {"name": "firewalls"}},
                {"code": "mentoring.skill", "params": {"name": "backups"}},
            ]
        },
    }
    assert people_0002.mentor_reason("speaks Urdu") == {
        "code": "mentoring.speaks",
        "params": {"language": "Urdu"},
    }
