"""Compiling the catalogues (ADR 0063): only what is missing or older than its .po, and a
broken catalogue stops with msgfmt's reason; PDFs in Urdu and Arabic name local fonts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from smeshield.healthcheck.pdf import pdf_font_css
from smeshield.kernel.message_catalogues import (
    CompileError,
    compile_catalogues,
    stale_catalogues,
)

GOOD = (
    'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Yes"\nmsgstr "Tak"\n'
)


def _po(root: Path, language: str, text: str) -> Path:
    po = root / language / "LC_MESSAGES" / "django.po"
    po.parent.mkdir(parents=True)
    po.write_text(text, encoding="utf-8")
    return po


def test_missing_and_older_catalogues_are_compiled_and_fresh_ones_left(tmp_path: Path) -> None:
    # Given two catalogues, never compiled
    pl = _po(tmp_path, "pl", GOOD)
    ur = _po(tmp_path, "ur", GOOD.replace("Tak", "ہاں"))
    # When compiled; then both .mo are written, and nothing is stale after
    assert compile_catalogues(tmp_path) == [pl.with_suffix(".mo"), ur.with_suffix(".mo")]
    assert stale_catalogues(tmp_path) == []
    assert compile_catalogues(tmp_path) == []
    # And when the Polish .po changes after its .mo, only it is compiled again
    later = pl.with_suffix(".mo").stat().st_mtime + 10
    os.utime(pl, (later, later))
    assert compile_catalogues(tmp_path) == [pl.with_suffix(".mo")]


def test_a_broken_catalogue_stops_with_msgfmts_reason(tmp_path: Path) -> None:
    # Given a catalogue whose translation drops a python-format placeholder
    _po(
        tmp_path,
        "ar",
        GOOD + '\n#, python-format\nmsgid "Hello %(name)s"\nmsgstr "مرحبا %(nom)s"\n',
    )
    # When compiled; then it stops, naming the file
    with pytest.raises(CompileError, match=r"ar/LC_MESSAGES/django\.po"):
        compile_catalogues(tmp_path)


@pytest.mark.parametrize(
    ("language", "file"),
    [
        ("ur", "noto-nastaliq-urdu-arabic-400-normal.woff2"),
        ("ar", "noto-naskh-arabic-arabic-700-normal.woff2"),
    ],
)
def test_urdu_and_arabic_pdfs_use_the_vendored_font_files(language: str, file: str) -> None:
    css = pdf_font_css(language)
    uri = next(part for part in css.split('"') if part.endswith(file))
    assert uri.startswith("file:///")
    assert Path(uri.removeprefix("file://")).is_file()


@pytest.mark.parametrize("language", ["en-gb", "pl", None])
def test_other_pdfs_add_no_font(language: str | None) -> None:
    assert pdf_font_css(language) == ""
