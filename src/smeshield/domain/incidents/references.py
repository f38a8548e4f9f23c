"""Crime reference numbers: the formats we recognise, so typos are caught early.

- Report Fraud (and Action Fraud before December 2025): NFRC and 12 digits, NFRC250112345678.
- Police Scotland: PS-, the date, and 4 digits, PS-20251204-0042.
- Local police crime numbers: force number / crime number / year, 13/123456/25.
"""

from __future__ import annotations

import re

_FORMATS = (
    re.compile(r"^NFRC\d{12}$"),
    re.compile(r"^PS-\d{8}-\d{4}$"),
    re.compile(r"^\d{1,3}/\d{3,8}/\d{2}$"),
)


def tidy_reference(text: str) -> str:
    return "".join(text.split()).upper()


def is_crime_reference(text: str) -> bool:
    tidy = tidy_reference(text)
    return any(pattern.match(tidy) for pattern in _FORMATS)
