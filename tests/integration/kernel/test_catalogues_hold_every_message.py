"""Every message the code marks for translation is in the committed catalogues.

`make translations-check` proves each catalogue entry is translated; this proves no marked
message is missing from the catalogues altogether (someone added a string and never ran
`make messages`). It extracts afresh from a copy of the source, so the real catalogues are
never touched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings
from tools.translations_check import read_po

SOURCE = Path(__file__).resolve().parents[3] / "src" / "smeshield"
LANGUAGES = ("pl", "ur", "ar")


def _messages(po: Path) -> set[tuple[str | None, str]]:
    return {(e.msgctxt, e.msgid) for e in read_po(po) if not e.is_header}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str | None, str]]:
    copy = tmp_path_factory.mktemp("source") / "smeshield"
    shutil.copytree(SOURCE, copy, ignore=shutil.ignore_patterns("locale", "static", "__pycache__"))
    locale = copy / "locale"
    locale.mkdir()
    with pytest.MonkeyPatch.context() as patch, override_settings(LOCALE_PATHS=[locale]):
        patch.chdir(copy)
        call_command("makemessages", locale=["pl"], no_obsolete=True, verbosity=0)
    return _messages(locale / "pl" / "LC_MESSAGES" / "django.po")


@pytest.mark.parametrize("language", LANGUAGES)
def test_given_the_source_today_then_every_marked_message_is_in_the_catalogue(
    extracted: set[tuple[str | None, str]], language: str
) -> None:
    committed = _messages(SOURCE / "locale" / language / "LC_MESSAGES" / "django.po")

    missing = sorted(extracted - committed, key=lambda m: (m[0] or "", m[1]))

    assert len(extracted) > 1000  # the extraction really read the templates and the code
    assert missing == [], f"run `make messages`, then translate: {missing[:10]}"
