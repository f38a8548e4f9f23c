"""The text inside a page's <main>, as one line of words (tags become spaces)."""

from __future__ import annotations

import re

_TAG = re.compile(r"<[^>]+>")


def main_text(html: str) -> str:
    main = html.split('id="main-content">', 1)[-1].split("</main>", 1)[0]
    return " ".join(_TAG.sub(" ", main).split())
