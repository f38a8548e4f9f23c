"""Reminders are sent once per period by the task; a re-check shows what got better,
what got worse and what is new in the standard."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from smeshield.healthcheck import tasks
from smeshield.healthcheck.models import ActionProgress, ActionStatus, Assessment, Reminder
from smeshield.healthcheck.selectors import progress_since_last
from smeshield.healthcheck.services import (
    action_status_set,
    assessment_complete,
    assessment_start,
    certificate_record,
    reminders_send,
)
from tests.conftest import World
from tests.integration.healthcheck.answering import answer_all, finish
from tests.web.page_text import main_text

pytestmark = pytest.mark.django_db


def test_given_a_check_11_months_ago_then_one_reminder_however_often_the_job_runs(
    world: World, client_as: Callable[[str], Client]
) -> None:
    done = finish(world.business_a)
    a_year_ago = timezone.now() - timedelta(days=340)
    Assessment.objects.filter(pk=done.pk).update(completed_at=a_year_ago)
    mail.outbox.clear()

    first = reminders_send()
    again = reminders_send()

    assert (first, again) == (1, 0)
    assert Reminder.objects.get(business=world.business_a).kind == "recheck"
    assert len(mail.outbox) == 1
    assert "nearly a year since your last health check" in mail.outbox[0].body
    page = client_as("member_a").get(f"/businesses/{world.business_a.pk}/health-check/")
    assert "nearly a year since your last health check" in main_text(page.content.decode())


def test_given_a_certificate_ending_in_20_days_then_a_renewal_reminder(world: World) -> None:
    certificate_record(
        business=world.business_a,
        expires_on=timezone.localdate() + timedelta(days=20),
        actor=world.people["member_a"],
    )
    assert reminders_send() == 1
    assert Reminder.objects.get(business=world.business_a).kind == "certificate"
    assert reminders_send() == 0


def test_given_ill_do_it_15_days_ago_then_the_task_reminds_once(world: World) -> None:
    finish(world.business_a, {"bk.tested": ["no"]})
    action_status_set(
        business=world.business_a,
        action_id="test-backups",
        status=ActionStatus.DOING,
        actor=world.people["member_a"],
    )
    ActionProgress.objects.filter(action_id="test-backups").update(
        updated_at=timezone.now() - timedelta(days=15)
    )
    mail.outbox.clear()

    assert tasks.send_reminders.call() == 1
    assert tasks.send_reminders.call() == 0
    assert "Check you can get files back from your backup" in mail.outbox[0].body


def test_given_a_recent_check_and_no_certificate_then_nothing_is_sent(world: World) -> None:
    finish(world.business_a)
    assert reminders_send(today=timezone.localdate()) == 0


def test_a_recheck_shows_better_worse_and_new_in_the_standard(
    world: World, client_as: Callable[[str], Client]
) -> None:
    owner = world.people["member_a"]
    first = assessment_start(business=world.business_a, actor=owner, today=date(2026, 3, 1))
    answer_all(first, {"bk.tested": ["no"]})
    assessment_complete(assessment=first, actor=owner)
    second = assessment_start(business=world.business_a, actor=owner)
    answer_all(second, {"ph.awareness": ["no"]})
    assessment_complete(assessment=second, actor=owner)

    progress = progress_since_last(attempt=second)

    assert progress is not None
    assert [r.id for r in progress.better] == ["ncsc.bk.tested"]
    assert [r.id for r in progress.worse] == ["ncsc.ph.awareness"]
    assert {"ce.scope.cloud", "ce.scope.every-device"} <= {r.id for r in progress.new_in_standard}
    page = client_as("member_a").get(
        f"/businesses/{world.business_a.pk}/health-check/{second.pk}/results/"
    )
    text = main_text(page.content.decode())
    assert "Since your last check" in text
    assert "New in the standard" in text
