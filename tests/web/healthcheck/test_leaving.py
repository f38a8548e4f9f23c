"""Nothing lost on leaving: "Save and come back later" submits and keeps a valid answer,
refuses an invalid one on the page, and the question count does not jump."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable

import pytest
from django.test import Client

from smeshield.content import catalogues as content
from smeshield.healthcheck.models import Answer
from tests.conftest import World
from tests.web.healthcheck.walker import best_answer, question_id_of
from tests.web.page_text import main_text

pytestmark = pytest.mark.django_db

COUNT = re.compile(r"Question (\d+) of (about )?(\d+)")


def _start(client: Client, world: World) -> str:
    return client.post(f"/businesses/{world.business_a.pk}/health-check/start/").url


def _body(answer: list[str], **extra: str) -> dict[str, object]:
    return {
        "answer": answer,
        "idempotency_key": uuid.uuid4().hex,
        "catalogue_version": content.current_catalogue().version,
        **extra,
    }


def test_given_a_ticked_answer_when_saving_for_later_then_it_is_kept_and_we_leave(
    world: World, client_as: Callable[[str], Client]
) -> None:
    client = client_as("member_a")
    url = _start(client, world)

    left = client.post(url, _body(["remote", "personal-data"], later="1"))

    assert left.status_code == 302
    assert left.url == f"/businesses/{world.business_a.pk}/health-check/"
    stored = json.loads(Answer.objects.get(question_id="profile.how-you-work").value)
    assert stored["choices"] == ["remote", "personal-data"]
    resumed = client_as("member_a").post(f"/businesses/{world.business_a.pk}/health-check/start/")
    assert question_id_of(resumed.url) == "profile.online-services"


def test_given_an_invalid_answer_when_saving_for_later_then_nothing_is_saved_and_it_says_so(
    world: World, client_as: Callable[[str], Client]
) -> None:
    client = client_as("member_a")
    url = _start(client, world)

    page = client.post(url, _body(["none", "remote"], later="1"))

    assert page.status_code == 400
    text = main_text(page.content.decode())
    assert "Your answer on this page is not saved yet" in text
    assert "cannot be ticked with other answers" in text
    assert not Answer.objects.filter(question_id="profile.how-you-work").exists()


def test_given_nothing_ticked_when_saving_for_later_then_we_leave_with_nothing_saved(
    world: World, client_as: Callable[[str], Client]
) -> None:
    client = client_as("member_a")
    url = _start(client, world)

    left = client.post(url, _body([], later="1"), follow=True)

    assert left.redirect_chain[-1][0] == f"/businesses/{world.business_a.pk}/health-check/"
    assert "nothing to save" in main_text(left.content.decode())
    assert not Answer.objects.exists()


def test_the_save_later_control_is_a_submit_button_in_the_form(
    world: World, client_as: Callable[[str], Client]
) -> None:
    client = client_as("member_a")
    html = client.get(_start(client, world)).content.decode()
    start = html.index('<form method="post" novalidate>')
    form = html[start : html.index("</form>", start)]
    later = r'<button type="submit" name="later" value="1"[^>]*>\s*Save and come back later'
    assert re.search(later, form)


def test_given_every_page_walked_then_the_count_within_each_part_never_changes(
    world: World, client_as: Callable[[str], Client]
) -> None:
    client = client_as("member_a")
    catalogue = content.current_catalogue()
    url = _start(client, world)
    seen: dict[bool, set[str]] = {True: set(), False: set()}
    numbers: dict[bool, list[int]] = {True: [], False: []}
    while (question_id := question_id_of(url)) is not None:
        question = catalogue.question(question_id)
        assert question is not None
        match = COUNT.search(main_text(client.get(url).content.decode()))
        assert match is not None, url
        assert match.group(2) is None  # never "about" on the normal path
        seen[question.is_profile].add(match.group(3))
        numbers[question.is_profile].append(int(match.group(1)))
        url = client.post(url, _body(best_answer(question))).url

    profile_questions = sum(1 for q in catalogue.questions if q.is_profile)
    assert seen[True] == {str(profile_questions)}
    assert len(seen[False]) == 1
    assert numbers[True] == list(range(1, profile_questions + 1))
    assert numbers[False] == list(range(1, len(numbers[False]) + 1))
