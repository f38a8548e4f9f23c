"""Translating the content files: gettext, with the English text as the message id.

The content files (the health-check catalogues, the incident playbooks, the support
directory) are written in English. Their words people read are listed here, field by
field (``TRANSLATABLE``); ``python -m smeshield.content.translations`` (``make
content-messages``) writes every such string into ``content_messages.py`` as
``gettext_noop(...)``, so Django's ``makemessages`` puts them in the same ``django.po``
as the rest of the interface and translators see them with the file and field they
come from. A test fails when that module is out of date with the files.

Loaders keep the English (it is the message id, and what the domain reasons with).
The words are translated when shown, in the reader's language: templates with
``{% translate field %}``, Python with ``content_text``. With no translation for the
active language, gettext gives back the English. See ADR 0029.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from django.utils.translation import gettext

from smeshield.content import CONTENT_DIR

MODULE = CONTENT_DIR / "content_messages.py"

# Content file (glob, under CONTENT_DIR) -> the fields people read, as paths: a name per
# mapping level, "[]" for every item of a list.
TRANSLATABLE: dict[str, tuple[str, ...]] = {
    "healthcheck/*.yaml": (
        "catalogue.name",
        "areas[].name",
        "areas[].summary",
        "requirements[].statement",
        "requirements[].why",
        "questions[].text",
        "questions[].summary",
        "questions[].hint",
        "questions[].how_to_find_out",
        "questions[].options[].label",
        "questions[].options[].hint",
        "questions[].options[].summary",
        "actions[].title",
        "actions[].why",
        "actions[].steps[]",
        "actions[].free_tools[]",
        "offers[].label",
        "offers[].offer",
    ),
    "incidents/playbooks.yaml": (
        "contacts[].name",
        "contacts[].detail",
        "types[].title",
        "types[].signs",
        "types[].steps[]",
        "types[].gather[]",
    ),
    "directory/organisations.yaml": ("organisations[].services",),
}


@dataclass(frozen=True, slots=True)
class ContentString:
    text: str
    where: str  # "incidents/playbooks.yaml: types[0].steps[2]"


def _walk(node: Any, parts: list[str], where: str) -> Iterator[tuple[str, str]]:
    if not parts:
        if isinstance(node, str) and node.strip():
            yield node, where
        return
    head, rest = parts[0], parts[1:]
    name, is_list = (head[:-2], True) if head.endswith("[]") else (head, False)
    if name:
        if not isinstance(node, dict) or name not in node:
            return
        node, where = node[name], f"{where}.{name}" if where else name
    if not is_list:
        yield from _walk(node, rest, where)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _walk(item, rest, f"{where}[{index}]")


def strings_in(document: Any, paths: tuple[str, ...]) -> list[tuple[str, str]]:
    """Every string at the paths, with where it is, in path order then document order."""
    found: list[tuple[str, str]] = []
    for path in paths:
        found += _walk(document, [p for p in path.replace("[]", "[].").split(".") if p], "")
    return found


def content_strings(root: Path = CONTENT_DIR) -> list[ContentString]:
    """Every translatable string in the content files, each once (first place found)."""
    seen: dict[str, ContentString] = {}
    for pattern, paths in TRANSLATABLE.items():
        for file in sorted(root.glob(pattern)):
            document = yaml.safe_load(file.read_text(encoding="utf-8"))
            name = file.relative_to(root).as_posix()
            for text, where in strings_in(document, paths):
                seen.setdefault(text, ContentString(text, f"{name}: {where}"))
    return list(seen.values())


def module_source(strings: list[ContentString]) -> str:
    lines = [
        '"""Every translatable string in the content files, for makemessages.',
        "",
        "Written by ``make content-messages`` (smeshield.content.translations): do not edit.",
        '"""',
        "",
        "from django.utils.translation import gettext_noop",
        "",
        "MESSAGES = (",
    ]
    for item in strings:
        lines.append(f"    # {item.where}")
        lines.append(f"    gettext_noop({item.text!r}),")
    lines.append(")")
    return "\n".join(lines) + "\n"


def content_text(text: str) -> str:
    """A content string in the active language (the English when there is no translation)."""
    return gettext(text) if text else text


def main() -> int:
    MODULE.write_text(module_source(content_strings()), encoding="utf-8")
    sys.stdout.write(f"wrote {MODULE.relative_to(CONTENT_DIR.parent.parent.parent)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
