"""A business takes the health check through the pages: one question per page, saved as it goes."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from django.test import Client

from smeshield.content import catalogues
from smeshield.healthcheck.models import Answer, AnswerSubmission, Assessment
from tests.conftest import World
from tests.web.healthcheck.walker import answer_everything, best_answer, question_id_of

pytestmark = pytest.mark.django_db


def test_given_best_practice_answers_when_finished_then_the_business_looks_ready(
    world: World, client_as: Callable[[str], Client]
) -> None:
    client = client_as("member_a")
    check_url = answer_everything(client, world.business_a.pk)
    assert client.get(check_url).status_code == 200

    response = client.post(check_url)

    attempt = Assessment.objects.get(business=world.business_a)
    assert response.url == f"/businesses/{world.business_a.pk}/health-check/{attempt.pk}/results/"
    assert attempt.ready_for_cyber_essentials is True
    results = client.get(response.url).content.decode()
    assert "You look ready to apply for Cyber Essentials" in results
    assert "Where this comes from" in results
    plan = client.get(f"/businesses/{world.business_a.pk}/health-check/plan/").content.decode()
    assert "every protection we ask about in place" in plan


def test_even_the_longest_path_fits_in_15_minutes(
    world: World, client_as: Callable[[str], Client]
) -> None:
    client = client_as("member_a")
    answer_everything(client, world.business_a.pk)
    answered = Answer.objects.filter(assessment__business=world.business_a).count()
    # v3.3 asks about scope and splits the 14-day rule: about 18 seconds a question.
    assert 25 <= answered <= 50


def test_no_cloud_services_means_no_cloud_2_step_questions(
    world: World, client_as: Callable[[str], Client]
) -> None:
    def no_cloud(question):  # type: ignore[no-untyped-def]
        if question.id == "profile.online-services":
            return ["none"]
        return best_answer(question)

    answer_everything(client_as("member_a"), world.business_a.pk, no_cloud)
    asked = set(Answer.objects.values_list("question_id", flat=True))
    assert "uac.two-step" not in asked
    assert "ph.filtering" not in asked
    assert "sc.unlock" in asked


def test_closing_the_tab_loses_nothing_and_another_device_carries_on(
    world: World, client_as: Callable[[str], Client]
) -> None:
    first_device = client_as("member_a")
    url = first_device.post(f"/businesses/{world.business_a.pk}/health-check/start/").url
    catalogue = catalogues.current_catalogue()
    first_device.post(
        url,
        {
            "answer": ["remote"],
            "idempotency_key": uuid.uuid4().hex,
            "catalogue_version": catalogue.version,
        },
    )

    second_device = client_as("member_a")
    resumed = second_device.post(f"/businesses/{world.business_a.pk}/health-check/start/")

    assert Assessment.objects.count() == 1
    assert question_id_of(resumed.url) == "profile.online-services"


def test_a_double_submit_stores_one_answer_and_a_changed_resubmit_is_refused(
    world: World, client_as: Callable[[str], Client]
) -> None:
    client = client_as("member_a")
    url = client.post(f"/businesses/{world.business_a.pk}/health-check/start/").url
    version = catalogues.current_catalogue().version
    body = {"answer": ["remote"], "idempotency_key": "k" * 32, "catalogue_version": version}

    client.post(url, body)
    client.post(url, body)
    refused = client.post(url, {**body, "answer": ["others"]}, follow=True)

    stored = Answer.objects.get(question_id="profile.how-you-work")
    assert AnswerSubmission.objects.count() == 1
    assert "remote" in stored.value
    assert b"We kept the answer you gave first" in refused.content


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ([], "Tick at least one answer"),
        (["bogus"], "Select answers from the list"),
        (["none", "remote"], "cannot be ticked with other answers"),
        (["not_sure", "remote"], "on its own"),
    ],
)
def test_bad_answers_get_a_clear_error_and_stored_answers_are_untouched(
    world: World, client_as: Callable[[str], Client], answer: list[str], message: str
) -> None:
    client = client_as("member_a")
    url = client.post(f"/businesses/{world.business_a.pk}/health-check/start/").url
    version = catalogues.current_catalogue().version

    response = client.post(
        url, {"answer": answer, "idempotency_key": uuid.uuid4().hex, "catalogue_version": version}
    )

    assert response.status_code == 400
    assert b"govuk-error-summary" in response.content
    assert message in response.content.decode()
    assert Answer.objects.count() == 0


def test_an_unknown_question_sends_the_user_back_to_the_right_page(
    world: World, client_as: Callable[[str], Client]
) -> None:
    client = client_as("member_a")
    url = client.post(f"/businesses/{world.business_a.pk}/health-check/start/").url
    wrong = url.replace("profile.how-you-work", "no.such-question")
    response = client.post(wrong, {"answer": ["yes"], "idempotency_key": uuid.uuid4().hex})
    assert response.status_code == 302
    assert response.url == url
    assert Answer.objects.count() == 0


def test_a_stale_page_from_another_catalogue_version_is_not_saved(
    world: World, client_as: Callable[[str], Client]
) -> None:
    client = client_as("member_a")
    url = client.post(f"/businesses/{world.business_a.pk}/health-check/start/").url
    response = client.post(
        url, {"answer": ["remote"], "idempotency_key": uuid.uuid4().hex, "catalogue_version": "3.1"}
    )
    assert response.status_code == 302
    assert response.url == url
    assert Answer.objects.count() == 0


def test_another_business_cannot_open_this_attempt(
    world: World, client_as: Callable[[str], Client]
) -> None:
    url = client_as("member_a").post(f"/businesses/{world.business_a.pk}/health-check/start/").url
    attempt = Assessment.objects.get()
    as_b = client_as("member_b")
    assert as_b.get(url).status_code == 404
    disguised = f"/businesses/{world.business_b.pk}/health-check/{attempt.pk}/results/"
    assert as_b.get(disguised).status_code == 404
