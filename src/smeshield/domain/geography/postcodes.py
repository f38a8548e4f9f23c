"""UK postcodes: tidy what people type, check its shape, find its district.

The shape rules follow the Royal Mail format (outward code of 2-4 characters,
inward code of a digit and two letters), including the special case GIR 0AA.
A postcode can have the right shape and still not exist; the district lookup
against reference data is what confirms it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OUTWARD = r"(?:[A-Z]{1,2}[0-9][A-Z0-9]?)"
_INWARD = r"(?:[0-9][ABD-HJLNP-UW-Z]{2})"
_FULL = re.compile(rf"^(?P<outward>{_OUTWARD}) ?(?P<inward>{_INWARD})$")
_OUTWARD_ONLY = re.compile(rf"^{_OUTWARD}$")
_SPACES = re.compile(r"\s+")
MAX_INPUT_LENGTH = 16


class InvalidPostcodeError(ValueError):
    """Raised when text cannot be a UK postcode; ``reason`` says why in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Postcode:
    """A well-formed postcode, upper case with one space: ``LS1 4AP``."""

    outward: str
    inward: str

    def __str__(self) -> str:
        return f"{self.outward} {self.inward}"

    @property
    def district(self) -> str:
        """The postcode district (outward code), e.g. ``LS1``."""
        return self.outward


def parse_postcode(text: str) -> Postcode:
    """Tidy and check a full postcode; raise ``InvalidPostcodeError`` when it is not one."""
    if len(text) > MAX_INPUT_LENGTH:
        raise InvalidPostcodeError("too_long")
    compact = _SPACES.sub("", text).upper()
    if not compact:
        raise InvalidPostcodeError("empty")
    if compact == "GIR0AA":
        return Postcode("GIR", "0AA")
    match = _FULL.match(f"{compact[:-3]} {compact[-3:]}") if len(compact) > 3 else None
    if match is None:
        raise InvalidPostcodeError("wrong_shape")
    return Postcode(match["outward"], match["inward"])


def is_outward_code(text: str) -> bool:
    """True when the text is the shape of a postcode district such as ``LS1`` or ``EC1A``."""
    return bool(_OUTWARD_ONLY.match(text.strip().upper()))
