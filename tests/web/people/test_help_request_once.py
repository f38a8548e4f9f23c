"""One open request for a mentor per business, whoever asks and however fast (issue 11.3).

The database's conditional unique constraint decides; the person who loses sees a GOV.UK
error saying they already asked, and the request that won is kept untouched."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable

import pytest
from django.db import IntegrityError, connection, transaction
from django.test import Client

from smeshield.audit.models import AuditAction, AuditEntry
from smeshield.people import services
from smeshield.people.models import HelpRequest, RequestStatus
from smeshield.people.selectors import plan_actions
from smeshield.people.services import PeopleError
from tests.conftest import World, sign_in
from tests.factories import HelpRequestFactory, MembershipFactory
from tests.integration.healthcheck.answering import finish

ALREADY_ASKED = "You already asked for a mentor. We will tell you when we find one."
GAPS = {"bk.tested": ["no"], "upd.router": ["no"], "uac.two-step": ["some"]}


def _error_summary(html: str) -> str:
    match = re.search(r'govuk-error-summary__list">(.*?)</ul>', html, re.S)
    assert match, "no error summary"
    return " ".join(re.sub(r"<[^>]+>", " ", match.group(1)).split())


@pytest.mark.django_db
def test_given_an_open_request_when_the_database_gets_a_second_one_then_it_refuses_it(
    world: World,
) -> None:
    HelpRequestFactory(business=world.business_a)

    with pytest.raises(IntegrityError), transaction.atomic():
        HelpRequestFactory(business=world.business_a)

    HelpRequestFactory(business=world.business_a, status=RequestStatus.CLOSED)
    HelpRequestFactory(business=world.business_b)
    assert HelpRequest.objects.filter(status=RequestStatus.OPEN).count() == 2


@pytest.mark.django_db
def test_given_an_open_request_when_a_colleague_asks_again_then_they_are_told_and_one_is_kept(
    world: World,
) -> None:
    first = HelpRequestFactory(business=world.business_a, action_ids=["first-ask"])
    colleague = MembershipFactory(business=world.business_a).user

    with pytest.raises(PeopleError) as refused:
        services.help_request_create(
            business=world.business_a,
            action_ids=["second-ask"],
            needs=["backups"],
            language="",
            remote_ok=True,
            actor=colleague,
        )

    assert refused.value.message == ALREADY_ASKED
    assert list(HelpRequest.objects.values_list("pk", "action_ids")) == [(first.pk, ["first-ask"])]
    assert not AuditEntry.objects.filter(action=AuditAction.HELP_REQUESTED).exists()


@pytest.mark.django_db
def test_given_an_open_request_when_asking_on_the_page_then_a_govuk_error_says_so(
    world: World, client_as: Callable[[str], Client]
) -> None:
    finish(world.business_a, GAPS)
    planned = [p.action.id for p in plan_actions(business=world.business_a)]
    HelpRequestFactory(business=world.business_a, action_ids=planned[:1])

    response = client_as("member_a").post(
        f"/businesses/{world.business_a.pk}/mentoring/", {"actions": planned[1:2]}
    )

    assert response.status_code == 400
    assert _error_summary(response.content.decode()) == ALREADY_ASKED
    assert HelpRequest.objects.get().action_ids == planned[:1]


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite lets one writer in at a time, so threads queue on its lock instead of "
    "racing on the constraint; the constraint itself is tested on both databases above",
)
def test_given_ten_people_asking_at_the_same_moment_then_exactly_one_request_is_stored(
    world: World,
) -> None:
    finish(world.business_a, GAPS)
    planned = [p.action.id for p in plan_actions(business=world.business_a)]
    clients = [
        sign_in(Client(), MembershipFactory(business=world.business_a).user) for _ in range(10)
    ]
    url = f"/businesses/{world.business_a.pk}/mentoring/"
    barrier = threading.Barrier(len(clients))
    answers: list[tuple[int, str]] = []
    errors: list[BaseException] = []

    def ask(client: Client) -> None:
        try:
            barrier.wait()
            response = client.post(url, {"actions": planned[:1]})
            answers.append((response.status_code, response.content.decode()))
        except BaseException as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=ask, args=(client,)) for client in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert sorted(status for status, _html in answers) == [302] + [400] * 9
    assert {_error_summary(html) for status, html in answers if status == 400} == {ALREADY_ASKED}
    assert HelpRequest.objects.filter(business=world.business_a).count() == 1
    assert AuditEntry.objects.filter(action=AuditAction.HELP_REQUESTED).count() == 1
