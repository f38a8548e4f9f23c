"""JSON read with limits checked before parsing: size, nesting depth, and number length.

Python's ``json`` module recurses once per nesting level (a file of 100,000 ``[`` raises
``RecursionError``) and turns any run of digits into an ``int`` (a 5,000-digit number
raises ``ValueError`` past the interpreter's conversion limit). Importers read files from
outside, so each file is measured first and refused with a reason a person can act on.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import numpy as np

# Strings are skipped when measuring depth: brackets inside them do not nest. An
# unterminated string runs to the end (so no quote is scanned from twice: linear time).
_STRING = re.compile(r'"(?:[^"\\]|\\.)*(?:"|\\?\Z)', re.DOTALL)
_OPEN = (ord("["), ord("{"))
_CLOSE = (ord("]"), ord("}"))


@dataclass(frozen=True)
class Limits:
    max_bytes: int
    max_depth: int = 64
    max_number_length: int = 40  # characters, sign and exponent included


class RefusedJsonError(ValueError):
    """The text is not JSON we will read; the message says why."""


def measured_depth(text: str) -> int:
    """The deepest nesting of arrays and objects (0 for a bare value)."""
    outside = _STRING.sub('""', text).encode("utf-8", errors="replace")
    codes = np.frombuffer(outside, dtype=np.uint8)
    if codes.size == 0:
        return 0
    steps = np.isin(codes, _OPEN).astype(np.int32) - np.isin(codes, _CLOSE).astype(np.int32)
    return int(max(0, np.cumsum(steps).max()))


def parse(data: bytes, limits: Limits) -> Any:
    """The JSON value in ``data``, or ``RefusedJsonError`` naming the limit or the fault."""
    if len(data) > limits.max_bytes:
        raise RefusedJsonError(f"the file is larger than {limits.max_bytes:,} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise RefusedJsonError(f"not UTF-8 text (byte {error.start})") from None
    depth = measured_depth(text)
    if depth > limits.max_depth:
        raise RefusedJsonError(f"nested {depth} levels deep; at most {limits.max_depth} allowed")

    def number(kind: type[int] | type[float]) -> Any:
        def convert(token: str) -> int | float:
            if len(token) > limits.max_number_length:
                raise RefusedJsonError(
                    f"a number {len(token):,} characters long; "
                    f"at most {limits.max_number_length} allowed"
                )
            return kind(token)

        return convert

    def constant(token: str) -> None:
        raise RefusedJsonError(f"{token} is not a JSON number")

    try:
        return json.loads(
            text, parse_int=number(int), parse_float=number(float), parse_constant=constant
        )
    except json.JSONDecodeError as error:
        raise RefusedJsonError(f"not valid JSON ({error})") from None
    except RecursionError:  # a safety net: the depth limit keeps well below it
        raise RefusedJsonError("nested too deeply") from None
