"""The people list pages read the database a fixed number of times, however many rows they
show (issue 11.6): first measured with a few rows, then held to that count with many more."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from smeshield.audit.models import AuditAction, AuditEntry
from smeshield.audit.selectors import audit_chain_problems
from smeshield.domain.roles import ConsentScope
from smeshield.healthcheck.models import Assessment
from smeshield.people.models import LearningSet, MeetingNote, MentorshipStatus
from tests.conftest import World
from tests.factories import (
    ConsentFactory,
    HelpRequestFactory,
    LearningSetFactory,
    MentoringSessionFactory,
    MentorProfileFactory,
    MentorshipFactory,
    SetMeetingFactory,
    SetMemberFactory,
)

pytestmark = pytest.mark.django_db

# No list page needs more than this many queries, whatever it shows.
CEILING = 30


def _finished_check(business: Any, number: int, met: int) -> None:
    """A finished health check's kept summary: what the progress rows read."""
    Assessment.objects.create(
        business=business,
        catalogue_version="test",
        number=number,
        completed_at=timezone.now(),
        requirements_met=met,
        requirements_applicable=20,
    )


def _queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def _held_constant(
    client: Client, url: str, add_rows: Callable[[int], None], assert_max: Any
) -> int:
    add_rows(2)
    few = _queries(client, url)
    add_rows(6)
    with assert_max(few):
        assert client.get(url).status_code == 200
    assert few <= CEILING
    return few


def test_given_a_mentor_with_many_businesses_then_their_home_page_reads_a_fixed_number_of_times(
    world: World, client_as: Callable[[str], Client], django_assert_max_num_queries: Any
) -> None:
    mentor = world.people["mentor"]
    profile = MentorProfileFactory(user=mentor, capacity=20)

    def add(count: int) -> None:
        for number in range(count):
            mentorship = MentorshipFactory(mentor=profile, status=MentorshipStatus.ACTIVE)
            if number % 2:
                ConsentFactory(
                    business=mentorship.business, scope=ConsentScope.MENTOR, mentor=mentor
                )

    _held_constant(client_as("mentor"), "/mentor/", add, django_assert_max_num_queries)
    # The consenting half were read, and each read audited once.
    assert AuditEntry.objects.filter(action=AuditAction.BUSINESS_DATA_VIEWED).count() == 1 + 4
    assert audit_chain_problems() == []


def test_given_a_set_with_many_sharing_members_then_its_page_reads_a_fixed_number_of_times(
    world: World, client_as: Callable[[str], Client], django_assert_max_num_queries: Any
) -> None:
    learning_set = LearningSetFactory(facilitator=world.people["facilitator"])
    SetMeetingFactory(learning_set=learning_set)

    def add(count: int) -> None:
        for number in range(count):
            member = SetMemberFactory(learning_set=learning_set, share_progress=number % 2 == 0)
            _finished_check(member.business, 1, 5)
            _finished_check(member.business, 2, 9)

    url = f"/staff/learning-sets/{learning_set.pk}/"
    _held_constant(client_as("facilitator"), url, add, django_assert_max_num_queries)

    page = client_as("facilitator").get(url).content.decode()
    assert page.count("5 to 9 of 20 protections") == 4


def test_given_a_business_in_many_sets_then_its_sets_page_reads_a_fixed_number_of_times(
    world: World, client_as: Callable[[str], Client], django_assert_max_num_queries: Any
) -> None:
    def add(count: int) -> None:
        for _ in range(count):
            learning_set: LearningSet = LearningSetFactory()
            mine = SetMemberFactory(learning_set=learning_set, business=world.business_a)
            other = SetMemberFactory(learning_set=learning_set, share_progress=True)
            _finished_check(other.business, 1, 3)
            _finished_check(other.business, 2, 4)
            meeting = SetMeetingFactory(learning_set=learning_set)
            MeetingNote.objects.create(meeting=meeting, member=mine, commitments=["Back up weekly"])

    url = f"/businesses/{world.business_a.pk}/learning-sets/"
    _held_constant(client_as("member_a"), url, add, django_assert_max_num_queries)

    page = client_as("member_a").get(url).content.decode()
    assert page.count("Back up weekly") == 8
    assert page.count("from 3 to 4 of 20 protections") == 8


def test_given_many_sessions_to_sign_off_then_the_page_reads_a_fixed_number_of_times(
    world: World, client_as: Callable[[str], Client], django_assert_max_num_queries: Any
) -> None:
    profile = MentorProfileFactory(supervisor=world.people["facilitator"])

    def add(count: int) -> None:
        for _ in range(count):
            MentoringSessionFactory(mentorship=MentorshipFactory(mentor=profile))

    _held_constant(client_as("facilitator"), "/supervision/", add, django_assert_max_num_queries)


def test_given_many_sets_and_mentors_then_the_staff_lists_read_a_fixed_number_of_times(
    world: World, client_as: Callable[[str], Client], django_assert_max_num_queries: Any
) -> None:
    def add_sets(count: int) -> None:
        for _ in range(count):
            SetMemberFactory(
                learning_set=LearningSetFactory(facilitator=world.people["facilitator"])
            )

    def add_mentors(count: int) -> None:
        for _ in range(count):
            MentorshipFactory(mentor=MentorProfileFactory())
            HelpRequestFactory()

    facilitator, admin = client_as("facilitator"), client_as("admin")
    _held_constant(facilitator, "/staff/learning-sets/", add_sets, django_assert_max_num_queries)
    _held_constant(admin, "/staff/mentors/", add_mentors, django_assert_max_num_queries)
