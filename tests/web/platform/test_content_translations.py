"""The content files' words go through gettext: collected for translators, shown in the
reader's language, and in English where there is no translation yet (ADR 0029)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from django.test import Client

from smeshield.content.translations import (
    MODULE,
    TRANSLATABLE,
    content_strings,
    module_source,
    strings_in,
)
from tests.translation_fixture import TEST_LANGUAGE, install_test_language

CONTENT = Path(__file__).resolve().parents[3] / "src" / "smeshield" / "content"
PLAYBOOKS = yaml.safe_load((CONTENT / "incidents" / "playbooks.yaml").read_text())
RANSOMWARE = next(t for t in PLAYBOOKS["types"] if t["id"] == "ransomware")


def test_the_strings_at_each_path_are_found_in_document_order_with_where_they_are() -> None:
    document = {
        "types": [
            {"title": "One", "steps": ["First", "Second"]},
            {"title": "Two", "steps": [], "code": "not words"},
        ]
    }

    found = strings_in(document, ("types[].title", "types[].steps[]", "types[].missing"))

    assert found == [
        ("One", "types[0].title"),
        ("Two", "types[1].title"),
        ("First", "types[0].steps[0]"),
        ("Second", "types[0].steps[1]"),
    ]


def test_the_collected_messages_are_up_to_date_with_the_content_files() -> None:
    assert MODULE.read_text(encoding="utf-8") == module_source(content_strings()), (
        "a content file changed: run `make content-messages` and commit content_messages.py"
    )


@pytest.mark.parametrize(
    ("pattern", "path"), [(p, path) for p, paths in TRANSLATABLE.items() for path in paths]
)
def test_every_listed_field_still_names_words_in_its_file(pattern: str, path: str) -> None:
    documents = [yaml.safe_load(f.read_text()) for f in sorted(CONTENT.glob(pattern))]

    assert documents, f"no content file matches {pattern}"
    assert any(strings_in(d, (path,)) for d in documents), f"{pattern}: {path} finds nothing"


def test_the_words_people_read_are_collected_and_codes_are_not() -> None:
    texts = {item.text for item in content_strings()}

    assert RANSOMWARE["title"] in texts
    assert set(RANSOMWARE["steps"]) <= texts
    assert "Firewalls" in texts  # an area's name
    assert "ransomware" not in texts  # an id
    assert "0300 123 2040" not in texts  # a phone number


@pytest.mark.django_db
def test_a_playbook_page_is_shown_in_the_readers_language_and_in_english_where_untranslated(
    tmp_path: Path, settings: Any
) -> None:
    first, second = RANSOMWARE["steps"][:2]
    install_test_language(
        tmp_path, settings, {RANSOMWARE["title"]: "[xx] Locked files", first: "[xx] Unplug it."}
    )

    page = Client().get("/help/ransomware/", HTTP_ACCEPT_LANGUAGE=TEST_LANGUAGE)
    english = Client().get("/help/ransomware/", HTTP_ACCEPT_LANGUAGE="en-gb")

    html = page.content.decode()
    assert "[xx] Locked files" in html
    assert "[xx] Unplug it." in html
    assert second in html  # no translation yet: the English
    assert first in english.content.decode()
    assert "[xx]" not in english.content.decode()
