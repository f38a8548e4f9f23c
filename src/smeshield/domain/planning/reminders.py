"""When to remind a business, each reminder once per period (so a job run twice, or
every hour, sends nothing more).

- re-check: 11 months after the last finished check (once per check);
- certificate: from 30 days before a recorded Cyber Essentials certificate expires
  (once per expiry date);
- commitment: 14 days after an action marked "I'll do it" that is still open (once per
  time it was marked).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

RECHECK_MONTHS = 11
CERTIFICATE_DAYS_BEFORE = 30
COMMITMENT_DAYS = 14


class ReminderKind(StrEnum):
    RECHECK = "recheck"
    CERTIFICATE = "certificate"
    COMMITMENT = "commitment"


@dataclass(frozen=True, slots=True)
class Due:
    kind: ReminderKind
    period: str  # with the business and kind, unique: the reminder is sent once for it
    params: dict[str, str] = field(default_factory=dict)


def months_after(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_reminders(
    *,
    today: date,
    last_check: date | None,
    certificate_expires: date | None,
    commitments: Iterable[tuple[str, date]] = (),
) -> list[Due]:
    """The reminders due today; ``commitments`` are (action id, day it was marked)."""
    due: list[Due] = []
    if last_check is not None and today >= months_after(last_check, RECHECK_MONTHS):
        due.append(Due(ReminderKind.RECHECK, last_check.isoformat()))
    if certificate_expires is not None and (
        certificate_expires - timedelta(days=CERTIFICATE_DAYS_BEFORE)
        <= today
        <= certificate_expires
    ):
        due.append(
            Due(
                ReminderKind.CERTIFICATE,
                certificate_expires.isoformat(),
                {"expires": certificate_expires.isoformat()},
            )
        )
    for action_id, since in commitments:
        if today >= since + timedelta(days=COMMITMENT_DAYS):
            due.append(
                Due(
                    ReminderKind.COMMITMENT,
                    f"{action_id}:{since.isoformat()}",
                    {"action": action_id},
                )
            )
    return due
