"""People lists cost the same number of queries for twenty rows as for one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from tests.conftest import World
from tests.factories import LearningSetFactory, MentorProfileFactory
from tests.web.query_counts import constant_queries, count_of

pytestmark = pytest.mark.django_db


def test_the_mentor_list_queries_do_not_grow_with_the_mentors(
    world: World, client_as: Callable[[str], Client], django_assert_max_num_queries: Any
) -> None:
    constant_queries(
        django_assert_max_num_queries,
        client_as("admin"),
        "/staff/mentors/",
        lambda n: MentorProfileFactory(),
        rows_shown=count_of('href="/staff/mentors/{uuid}/vetting/"'),
    )


def test_the_learning_sets_list_queries_do_not_grow_with_the_sets(
    world: World, client_as: Callable[[str], Client], django_assert_max_num_queries: Any
) -> None:
    facilitator = world.people["facilitator"]
    constant_queries(
        django_assert_max_num_queries,
        client_as("facilitator"),
        "/staff/learning-sets/",
        lambda n: LearningSetFactory(facilitator=facilitator, name=f"Builders set {n}"),
        rows_shown=count_of(r"Builders set \d+"),
    )
