"""How many businesses an alert will reach, as staff are shown it before sending.

Counts are rounded to the nearest 10 and a count under 10 is never shown exactly, so a
preview cannot single out a handful of businesses (the disclosure rule in FACTS.md)."""

from __future__ import annotations

from dataclasses import dataclass

THRESHOLD = 10
ROUND_TO = 10


@dataclass(frozen=True, slots=True)
class Reach:
    code: str  # "fewer_than" or "about"
    count: int


def shown_reach(businesses: int) -> Reach:
    if businesses < THRESHOLD:
        return Reach("fewer_than", THRESHOLD)
    return Reach("about", max(THRESHOLD, ROUND_TO * round(businesses / ROUND_TO)))
