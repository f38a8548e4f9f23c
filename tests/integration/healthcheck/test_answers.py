"""Answers are stored exactly once per idempotency key, encrypted, and derived results follow."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from smeshield.domain.assessment.answers import InvalidAnswerError
from smeshield.healthcheck.models import Answer, AnswerSubmission, Assessment
from smeshield.healthcheck.selectors import assessment_state
from smeshield.healthcheck.services import (
    HealthCheckError,
    answer_record,
    assessment_complete,
    assessment_start,
)
from tests.conftest import World
from tests.integration.healthcheck.answering import answer_all

pytestmark = pytest.mark.django_db


def _record(
    attempt: Assessment, key: str, choices: list[str], question: str = "fw.router-password"
) -> bool:
    return answer_record(
        assessment=attempt,
        question_id=question,
        choices=choices,
        other=[],
        idempotency_key=key,
        actor=None,
    ).replayed


def test_the_same_key_and_answer_twice_stores_one_answer(world: World) -> None:
    attempt = assessment_start(business=world.business_a, actor=world.people["member_a"])
    assert _record(attempt, "key-0000001", ["yes"]) is False
    assert _record(attempt, "key-0000001", ["yes"]) is True
    assert Answer.objects.count() == AnswerSubmission.objects.count() == 1


def test_the_same_key_with_another_answer_is_refused_and_the_first_stands(world: World) -> None:
    attempt = assessment_start(business=world.business_a, actor=world.people["member_a"])
    _record(attempt, "key-0000002", ["yes"])
    with pytest.raises(HealthCheckError) as error:
        _record(attempt, "key-0000002", ["no"])
    assert error.value.code == "key_reused"
    assert "yes" in Answer.objects.get().value


def test_a_new_key_changes_the_answer(world: World) -> None:
    attempt = assessment_start(business=world.business_a, actor=world.people["member_a"])
    _record(attempt, "key-0000003", ["yes"])
    _record(attempt, "key-0000004", ["no"])
    assert assessment_state(attempt).answers["fw.router-password"].choices == ("no",)


def test_answers_are_encrypted_at_rest(world: World) -> None:
    attempt = assessment_start(business=world.business_a, actor=world.people["member_a"])
    _record(attempt, "key-0000005", ["no"])
    with connection.cursor() as cursor:
        cursor.execute("SELECT value FROM healthcheck_answer")
        (raw,) = cursor.fetchone()
    assert "choices" not in raw
    assert '"no"' not in raw


@pytest.mark.parametrize(
    ("question", "choices", "code"),
    [
        ("fw.router-password", ["maybe"], "unknown_option"),
        ("fw.router-password", ["yes", "no"], "choose_one"),
    ],
)
def test_answers_of_the_wrong_shape_are_refused(
    world: World, question: str, choices: list[str], code: str
) -> None:
    attempt = assessment_start(business=world.business_a, actor=world.people["member_a"])
    with pytest.raises(InvalidAnswerError) as error:
        _record(attempt, "key-0000006", choices, question)
    assert error.value.code == code
    assert Answer.objects.count() == AnswerSubmission.objects.count() == 0


def test_an_unknown_question_is_refused(world: World) -> None:
    attempt = assessment_start(business=world.business_a, actor=world.people["member_a"])
    with pytest.raises(HealthCheckError) as error:
        _record(attempt, "key-0000007", ["yes"], "no.such-question")
    assert error.value.code == "unknown_question"


def test_a_finished_attempt_is_closed_and_a_new_one_keeps_the_profile(world: World) -> None:
    first = assessment_start(business=world.business_a, actor=world.people["member_a"])
    answer_all(first)
    assessment_complete(assessment=first, actor=world.people["member_a"])
    with pytest.raises(HealthCheckError):
        _record(first, "key-0000008", ["no"])

    second = assessment_start(business=world.business_a, actor=world.people["member_a"])

    carried = set(Answer.objects.filter(assessment=second).values_list("question_id", flat=True))
    assert second.number == 2
    assert carried
    assert all(question_id.startswith("profile.") for question_id in carried)


def test_finishing_needs_every_question_on_the_path(world: World) -> None:
    attempt = assessment_start(business=world.business_a, actor=world.people["member_a"])
    _record(attempt, "key-0000009", ["yes"])
    with pytest.raises(HealthCheckError) as error:
        assessment_complete(assessment=attempt, actor=world.people["member_a"])
    assert error.value.code == "unanswered"


@pytest.mark.django_db(transaction=True)
def test_twenty_concurrent_identical_submissions_store_exactly_one(world: World) -> None:
    """SECURITY.md R1, on whichever database this run uses (PostgreSQL in make test)."""
    attempt = assessment_start(business=world.business_a, actor=world.people["member_a"])
    outcomes: list[object] = []
    barrier = threading.Barrier(20)

    def submit() -> None:
        try:
            barrier.wait()
            outcomes.append(_record(attempt, "same-key-for-all-20", ["yes"]))
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            outcomes.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert [o for o in outcomes if isinstance(o, Exception)] == []
    assert outcomes.count(False) == 1
    assert outcomes.count(True) == 19
    assert Answer.objects.count() == AnswerSubmission.objects.count() == 1
