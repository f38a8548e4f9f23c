"""Reasons: every code the project can produce has one message, and it reads as it should.

The domain and the services say things as Reason(code, params); smeshield.kernel.wording
words them in the reader's language when they are shown.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path
from typing import Any

import pytest
from django.utils import translation

import smeshield
from smeshield.domain.reasons import Reason, ReasonCode, ReasonError
from smeshield.kernel.wording import MESSAGES, UnknownReasonError, render, render_stored
from tests.translation_fixture import TEST_LANGUAGE, install_test_language

PLACEHOLDER = re.compile(r"%\((\w+)\)s")
SKIPPED = (".migrations", ".config.settings", ".config.wsgi", ".config.asgi", "__main__")


def _every_reason_code() -> dict[str, ReasonCode]:
    """Every ReasonCode defined at module level anywhere in smeshield."""
    codes: dict[str, ReasonCode] = {}
    for module_info in pkgutil.walk_packages(smeshield.__path__, "smeshield."):
        if any(part in module_info.name for part in SKIPPED):
            continue
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            if isinstance(value, ReasonCode):
                codes[value.code] = value
    return codes


CODES = _every_reason_code()


def test_the_walk_finds_the_codes_of_every_feature_that_gives_reasons() -> None:
    assert {
        "alerts.uses_product",
        "alerts.for_businesses_like_yours",
        "mentoring.knows_about",
        "assessment.answer_summary",
        "incidents.call_bank_first",
        "people.set_meets",
    } <= set(CODES)


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_has_a_message_with_the_same_placeholders(code: str) -> None:
    message = MESSAGES.get(code)

    assert message is not None, f"no message for {code} in smeshield/kernel/wording.py"
    assert set(PLACEHOLDER.findall(message.text)) == set(CODES[code].params)
    assert message.translate | message.moments | message.lowercase <= set(CODES[code].params)


def test_every_message_belongs_to_a_code_something_can_produce() -> None:
    assert set(MESSAGES) - set(CODES) == set()


@pytest.mark.parametrize(
    ("reason", "english"),
    [
        (Reason("alerts.uses_product", {"name": "O365"}), "You told us you use O365."),
        (
            Reason("alerts.uses_product_as", {"name": "FortiGate", "identity": "Fortinet FortiOS"}),
            "You told us you use FortiGate (Fortinet FortiOS).",
        ),
        (
            Reason(
                "alerts.for_businesses_like_yours",
                {
                    "kinds": (
                        Reason("alerts.kind_sector", {"sector": "Property"}),
                        Reason("alerts.kind_size_band", {"size_band": "micro"}),
                        Reason("alerts.kind_place", {"place": "Durham"}),
                    )
                },
            ),
            "It is for businesses like yours (Property; micro businesses; Durham).",
        ),
        (
            Reason(
                "mentoring.knows_about",
                {
                    "skills": (
                        Reason("mentoring.skill", {"name": "Backing up your data"}),
                        Reason("mentoring.skill", {"name": "Firewalls"}),
                    )
                },
            ),
            "knows about backing up your data, firewalls",
        ),
        (
            Reason("people.set_meets", {"when": "2026-12-04T18:00:00+00:00"}),
            "Your learning set meets on 4 December 2026 at 18:00.",
        ),
        (
            Reason("people.session_signed_off", {"day": "2026-11-30"}),
            "Your supervisor signed off your session of 30 November 2026.",
        ),
        (
            Reason("assessment.answer_summary", {"summary": "Router updates are off"}),
            "Router updates are off",
        ),
    ],
)
def test_a_reason_reads_in_plain_english(reason: Reason, english: str) -> None:
    with translation.override("en-gb"):
        assert render(reason) == english


def test_a_stored_reason_reads_the_same_as_the_reason_it_came_from() -> None:
    reason = Reason(
        "alerts.for_businesses_like_yours",
        {"kinds": (Reason("alerts.kind_place", {"place": "Cleveland"}),)},
    )

    assert Reason.from_json(reason.as_json()) == reason
    assert render_stored(reason.as_json()) == "It is for businesses like yours (Cleveland)."


def test_a_code_refuses_parameters_it_does_not_take() -> None:
    code = ReasonCode("test.two", ("a", "b"))

    with pytest.raises(ReasonError, match=r"takes \['a', 'b'\], was given \['a'\]"):
        code(a="1")


def test_a_code_without_a_message_is_refused_not_shown_as_a_code() -> None:
    with pytest.raises(UnknownReasonError):
        render(Reason("no.such.code"))


def test_a_reason_is_worded_in_the_language_active_when_it_is_shown(
    tmp_path: Path, settings: Any
) -> None:
    install_test_language(
        tmp_path,
        settings,
        {
            "You told us you use %(name)s (%(identity)s).": "[xx] %(identity)s: %(name)s.",
            "Property": "[xx] Property",
            "It is for businesses like yours (%(kinds)s).": "[xx] For you (%(kinds)s).",
        },
    )
    stored = Reason("alerts.uses_product_as", {"name": "FortiGate", "identity": "FortiOS"})
    targeted = Reason(
        "alerts.for_businesses_like_yours",
        {"kinds": (Reason("alerts.kind_sector", {"sector": "Property"}),)},
    )

    with translation.override(TEST_LANGUAGE):
        assert render(stored) == "[xx] FortiOS: FortiGate."
        assert render(targeted) == "[xx] For you ([xx] Property)."
        untranslated = render(Reason("alerts.for_every_business"))
    with translation.override("en-gb"):
        assert render(stored) == "You told us you use FortiGate (FortiOS)."

    assert untranslated == "It is for every business."  # no translation: the English
