"""Where each field of a YAML content file is, so a refusal can name the file, line and field.

Parsing a string is not I/O: the caller reads the file and passes its text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

FieldPath = tuple[str | int, ...]


def field_name(path: FieldPath) -> str:
    """``("questions", 3, "options", 0, "summary")`` -> ``questions[3].options[0].summary``."""
    name = ""
    for part in path:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name or "(top)"


@dataclass(frozen=True, slots=True)
class Located:
    """A parsed document with the line of every field (1-based)."""

    document: Any
    source: str = ""
    lines: Mapping[FieldPath, int] = field(default_factory=dict)

    def line_of(self, path: FieldPath) -> int | None:
        """The line of the field, else of the nearest enclosing field that has one."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return None

    def where(self, path: FieldPath) -> str:
        parts = [self.source] if self.source else []
        line = self.line_of(path)
        if line is not None:
            parts.append(f"line {line}")
        parts.append(f"field {field_name(path)}")
        return ", ".join(parts)


def _walk(node: yaml.Node, path: FieldPath, lines: dict[FieldPath, int]) -> None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            child = (*path, str(key.value))
            lines[child] = key.start_mark.line + 1
            _walk(value, child, lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = (*path, index)
            lines[child] = item.start_mark.line + 1
            _walk(item, child, lines)


def parse_located(text: str, source: str = "") -> Located:
    """Parse YAML text, keeping the line of every key and list item."""
    document = yaml.safe_load(text)
    lines: dict[FieldPath, int] = {(): 1}
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    if node is not None:
        _walk(node, (), lines)
    return Located(document, source, lines)
