"""Urdu and Arabic PDFs embed the vendored Noto fonts and read right to left (ADR 0064)."""

from __future__ import annotations

import re
import subprocess
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client

from smeshield.incidents.views import _checklist_pdf

pytestmark = pytest.mark.django_db

# One word in each script, so the PDF has Arabic-script text to set (the real catalogues
# are the translators'; this test does not depend on them).
WORDS = {"ur": "چیک لسٹ", "ar": "قائمة التحقق"}


@pytest.fixture(autouse=True)
def _arabic_script_words(tmp_path: Path, settings: Any) -> Iterator[None]:
    """Catalogues translating "Checklist" into Urdu and Arabic, ahead of ours."""
    for language, word in WORDS.items():
        folder = tmp_path / "locale" / language / "LC_MESSAGES"
        folder.mkdir(parents=True)
        po = folder / "django.po"
        po.write_text(
            f'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
            f'msgid "Checklist"\nmsgstr "{word}"\n',
            encoding="utf-8",
        )
        subprocess.run(  # noqa: S603 - a fixed tool on a file this test wrote
            ["/usr/bin/msgfmt", "--check", "-o", str(po.with_suffix(".mo")), str(po)],
            check=True,
        )
    settings.LOCALE_PATHS = [tmp_path / "locale", *settings.LOCALE_PATHS]
    _checklist_pdf.cache_clear()
    yield
    _checklist_pdf.cache_clear()


def _font_names(pdf: bytes) -> set[str]:
    """The names of the fonts a PDF embeds (its /BaseFont entries, subset tags dropped)."""
    names = set(re.findall(rb"/BaseFont\s*/([A-Za-z0-9+_-]+)", pdf))
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            names |= set(re.findall(rb"/BaseFont\s*/([A-Za-z0-9+_-]+)", zlib.decompress(stream)))
        except zlib.error:
            continue
    return {name.decode().split("+")[-1] for name in names}


@pytest.mark.parametrize(
    ("language", "font"), [("ur", "Noto-Nastaliq-Urdu"), ("ar", "Noto-Naskh-Arabic")]
)
def test_an_arabic_script_checklist_pdf_embeds_its_noto_font(language: str, font: str) -> None:
    # Given a reader whose language is Urdu (or Arabic)
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    # When they download a help checklist as PDF
    pdf = client.get("/help/payment-fraud/checklist.pdf")
    # Then the PDF embeds that Noto font
    assert pdf.status_code == 200
    assert any(name.startswith(font) for name in _font_names(pdf.content)), _font_names(pdf.content)


def test_an_english_checklist_pdf_embeds_no_noto_font() -> None:
    # Given an English reader; when they download the checklist
    pdf = Client().get("/help/payment-fraud/checklist.pdf")
    # Then no Noto font is in it
    assert not any(name.startswith("Noto") for name in _font_names(pdf.content))
