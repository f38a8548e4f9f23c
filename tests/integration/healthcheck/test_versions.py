"""Versions over time: an attempt is marked against the catalogue in force when it
started, keeps it to the end, and a re-check afterwards says what the new one changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from django.test import Client

from smeshield.healthcheck.selectors import assessment_state, standard_changes
from smeshield.healthcheck.services import assessment_complete, assessment_start
from tests.conftest import World
from tests.integration.healthcheck.answering import answer_all
from tests.web.page_text import main_text

pytestmark = pytest.mark.django_db


def _willow_attempt_finished(world: World):  # type: ignore[no-untyped-def]
    owner = world.people["member_a"]
    attempt = assessment_start(business=world.business_a, actor=owner, today=date(2026, 3, 1))
    answer_all(attempt)
    return assessment_complete(assessment=attempt, actor=owner)


def test_given_a_new_owner_today_then_the_check_is_danzell(world: World) -> None:
    attempt = assessment_start(business=world.business_a, actor=world.people["member_a"])
    assert attempt.catalogue_version == "3.3"


def test_given_a_start_before_28_april_2026_then_willow_and_it_finishes_under_willow(
    world: World,
) -> None:
    finished = _willow_attempt_finished(world)
    assert finished.catalogue_version == "3.2"
    state = assessment_state(finished)
    assert state.catalogue.version == "3.2"
    assert state.verdicts.of("ce.upd.fourteen-days") is not None
    assert state.verdicts.of("ce.upd.os-fourteen-days") is None
    assert state.verdicts.ready_for_cyber_essentials


def test_given_the_first_day_of_danzell_then_a_new_attempt_is_danzell(world: World) -> None:
    attempt = assessment_start(
        business=world.business_a, actor=world.people["member_a"], today=date(2026, 4, 28)
    )
    assert attempt.catalogue_version == "3.3"


def test_given_a_willow_check_then_the_changes_for_this_business_are_listed(world: World) -> None:
    _willow_attempt_finished(world)
    changed = standard_changes(business=world.business_a)
    assert changed is not None
    assert changed.version == "3.3"
    ids = [c.requirement.id for c in changed.changes]
    # The answering profile uses Microsoft 365, so the 2-step rule applies; automatic fails first.
    assert set(ids[:3]) == {
        "ce.uac.mfa-every-cloud",
        "ce.upd.os-fourteen-days",
        "ce.upd.apps-fourteen-days",
    }
    assert {"ce.scope.cloud", "ce.scope.every-device", "ce.uac.sign-in"} <= set(ids)


def test_given_a_willow_check_then_the_overview_says_how_many_things_changed(
    world: World, client_as: Callable[[str], Client]
) -> None:
    _willow_attempt_finished(world)
    changed = standard_changes(business=world.business_a)
    assert changed is not None
    page = client_as("member_a").get(f"/businesses/{world.business_a.pk}/health-check/")
    text = main_text(page.content.decode())
    assert "Cyber Essentials changed on 28 April 2026" in text
    assert f"{len(changed.changes)} things are now checked differently for your business" in text
    assert "This alone fails Cyber Essentials" in text


def test_given_a_danzell_check_then_no_change_is_announced(world: World) -> None:
    owner = world.people["member_a"]
    attempt = assessment_start(business=world.business_a, actor=owner)
    answer_all(attempt)
    assessment_complete(assessment=attempt, actor=owner)
    assert standard_changes(business=world.business_a) is None
