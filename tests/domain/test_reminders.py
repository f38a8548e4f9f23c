"""When reminders fall due: 11 months after a check, 30 days before a certificate ends,
14 days after "I'll do it"; each keyed by its period so it is sent once."""

from __future__ import annotations

from datetime import date

from smeshield.domain.planning.reminders import ReminderKind, due_reminders, months_after


def test_eleven_months_after_31_march_is_the_end_of_february() -> None:
    assert months_after(date(2026, 3, 31), 11) == date(2027, 2, 28)


def test_given_a_check_11_months_ago_then_a_recheck_is_due_once_for_that_check() -> None:
    early = due_reminders(
        today=date(2026, 12, 31), last_check=date(2026, 2, 1), certificate_expires=None
    )
    due = due_reminders(
        today=date(2027, 1, 1), last_check=date(2026, 2, 1), certificate_expires=None
    )
    assert early == []
    assert [(d.kind, d.period) for d in due] == [(ReminderKind.RECHECK, "2026-02-01")]


def test_given_a_certificate_then_the_reminder_starts_30_days_before_it_ends() -> None:
    ends = date(2027, 3, 31)
    assert due_reminders(today=date(2027, 2, 28), last_check=None, certificate_expires=ends) == []
    due = due_reminders(today=date(2027, 3, 1), last_check=None, certificate_expires=ends)
    assert [(d.kind, d.period) for d in due] == [(ReminderKind.CERTIFICATE, "2027-03-31")]
    assert due_reminders(today=date(2027, 4, 1), last_check=None, certificate_expires=ends) == []


def test_given_ill_do_it_then_the_reminder_comes_after_14_days() -> None:
    marked = [("test-backups", date(2026, 11, 1))]
    assert (
        due_reminders(
            today=date(2026, 11, 14), last_check=None, certificate_expires=None, commitments=marked
        )
        == []
    )
    due = due_reminders(
        today=date(2026, 11, 15), last_check=None, certificate_expires=None, commitments=marked
    )
    assert [(d.kind, d.period) for d in due] == [
        (ReminderKind.COMMITMENT, "test-backups:2026-11-01")
    ]
