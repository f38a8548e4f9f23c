"""All page text is marked for translation, and business-facing text is plain English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import textstat
from django.test import Client

SRC = Path(__file__).resolve().parents[3] / "src" / "smeshield"
TEMPLATES = sorted(p for p in SRC.rglob("templates/**/*.html"))
READING_GRADE_CEILING = 9  # Flesch-Kincaid, as the health-check issue sets

_TAG_BLOCKS = re.compile(
    r"{%\s*(blocktranslate|blocktrans)\b.*?{%\s*end(blocktranslate|blocktrans)\s*%}", re.S
)
_TEMPLATE_SYNTAX = re.compile(r"{%.*?%}|{{.*?}}|{#.*?#}", re.S)
_HTML = re.compile(r"<script.*?</script>|<style.*?</style>|<svg.*?</svg>|<[^>]+>", re.S)
_ALLOWED_LEFTOVERS = re.compile(r"^[\s\-–—:·,.()#!?/|&;0-9]*$")
# Text that is a name or code, not language.
NOT_LANGUAGE = {"sessionid", "csrftoken", "django_language", "index, follow", "noindex, nofollow"}


def _unmarked_text(template: Path) -> list[str]:
    text = template.read_text(encoding="utf-8")
    text = _TAG_BLOCKS.sub("", text)
    text = _TEMPLATE_SYNTAX.sub("", text)
    text = _HTML.sub("\n", text)
    lines = [line.strip() for line in text.splitlines()]
    return [
        line
        for line in lines
        if line
        and not _ALLOWED_LEFTOVERS.match(line)
        and line not in NOT_LANGUAGE
        and not line.startswith("&")
    ]


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: str(p.relative_to(SRC)))
def test_every_template_marks_its_text_for_translation(template: Path) -> None:
    assert _unmarked_text(template) == []


def _visible_text(html: str) -> str:
    main = html.split('id="main-content">', 1)[-1].split("</main>", 1)[0]
    return " ".join(_HTML.sub(" ", main).split())


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    ["/", "/privacy/", "/cookies/", "/accessibility/", "/account/sign-in/", "/account/sign-up/"],
)
def test_business_facing_pages_read_at_grade_9_or_below(path: str) -> None:
    text = _visible_text(Client().get(path).content.decode())
    assert len(text.split()) > 10
    assert textstat.flesch_kincaid_grade(text) <= READING_GRADE_CEILING, text
