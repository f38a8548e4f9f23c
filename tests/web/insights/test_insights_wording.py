"""The insights data dictionary and the reasons a figure is hidden are shown in the
reader's language: on the dictionary page, in its CSV, and on the dashboard."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.utils import translation

from smeshield.domain.insights.disclosure import RULES
from smeshield.domain.insights.population import DATA_DICTIONARY as DOMAIN_DICTIONARY
from smeshield.insights.dictionary import DATA_DICTIONARY, RULE_MESSAGES
from tests.conftest import World
from tests.translation_fixture import TEST_LANGUAGE, install_test_language

pytestmark = pytest.mark.django_db


def test_the_translatable_dictionary_describes_exactly_the_domains_columns_and_rules() -> None:
    with translation.override("en-gb"):
        shown = {column: str(text) for column, text in DATA_DICTIONARY.items()}
        hidden_because = {name: str(text) for name, text in RULE_MESSAGES.items()}

    assert list(shown) == list(DOMAIN_DICTIONARY)
    assert shown["cyber_essentials"] == "Holds Cyber Essentials."
    assert shown["ctl_firewalls"] == "Has this control in place: firewalls."
    assert shown["barrier_cost"] == "Said this stops them: cost."
    assert shown["inc_payment_fraud"] == "Among incidents: payment fraud."
    assert hidden_because == {name: rule.message for name, rule in RULES.items()}


def test_given_another_language_then_the_dictionary_page_and_csv_are_in_it(
    world: World, client_as: Callable[[str], Client], tmp_path: Path, settings: Any
) -> None:
    install_test_language(
        tmp_path,
        settings,
        {
            "Holds Cyber Essentials.": "[xx] Holds Cyber Essentials.",
            "Has this control in place: {control}.": "[xx] Has in place: {control}.",
            "firewalls": "[xx] firewalls",
            "Hidden so that other hidden figures cannot be worked out from the totals.": (
                "[xx] Hidden for the totals."
            ),
        },
    )
    researcher = client_as("researcher")

    page = researcher.get("/insights/dictionary/", HTTP_ACCEPT_LANGUAGE=TEST_LANGUAGE)
    download = researcher.get(
        "/insights/dictionary/?format=csv", HTTP_ACCEPT_LANGUAGE=TEST_LANGUAGE
    )
    english = researcher.get("/insights/dictionary/?format=csv", HTTP_ACCEPT_LANGUAGE="en-gb")

    text = page.content.decode()
    assert "[xx] Holds Cyber Essentials." in text
    assert "[xx] Has in place: [xx] firewalls." in text
    assert "[xx] Hidden for the totals." in text
    assert "Holds Cyber Essentials (" not in text
    rows = {r["column"]: r["meaning"] for r in csv.DictReader(io.StringIO(download.text))}
    assert rows["cyber_essentials"] == "[xx] Holds Cyber Essentials."
    assert rows["ctl_firewalls"] == "[xx] Has in place: [xx] firewalls."
    assert rows["sector"] == "UK SIC 2007 section, A to U."  # no translation yet: English
    english_rows = {r["column"]: r["meaning"] for r in csv.DictReader(io.StringIO(english.text))}
    assert english_rows["cyber_essentials"] == "Holds Cyber Essentials."


def test_given_another_language_then_the_dashboard_says_why_figures_hide_in_it(
    world: World, client_as: Callable[[str], Client], tmp_path: Path, settings: Any
) -> None:
    install_test_language(
        tmp_path,
        settings,
        {
            "Hidden so that other hidden figures cannot be worked out from the totals.": (
                "[xx] Hidden for the totals."
            ),
        },
    )

    page = client_as("police").get("/insights/", HTTP_ACCEPT_LANGUAGE=TEST_LANGUAGE)

    assert page.status_code == 200
    assert "[xx] Hidden for the totals." in page.content.decode()
