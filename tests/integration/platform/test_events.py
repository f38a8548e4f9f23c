"""On-commit events: listeners run once the writer's transaction commits, never on rollback."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import transaction

from smeshield.kernel import events

NAME = "tests.something_happened"


@pytest.fixture
def heard() -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    def listener(**payload: Any) -> None:
        calls.append(payload)

    events.listen(NAME, listener)
    events.listen(NAME, listener)  # a second ready() registers nothing twice
    yield calls
    events._listeners.pop(NAME, None)


@pytest.mark.django_db
def test_given_a_committed_transaction_then_each_listener_runs_once_with_the_payload(
    heard: list[dict[str, Any]], django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        events.publish(NAME, business_id="b-1")
        assert heard == []  # not before the commit

    assert heard == [{"business_id": "b-1"}]


@pytest.mark.django_db(transaction=True)
def test_given_a_rolled_back_transaction_then_no_listener_runs(
    heard: list[dict[str, Any]],
) -> None:
    def failing_write() -> None:
        with transaction.atomic():
            events.publish(NAME, business_id="b-1")
            raise RuntimeError("the write failed")

    with pytest.raises(RuntimeError):
        failing_write()

    assert heard == []


def test_given_the_apps_are_ready_then_alerts_listens_for_a_finished_health_check() -> None:
    names = {listener.__name__ for listener in events.listeners(events.HEALTH_CHECK_FINISHED)}

    assert names == {"on_health_check_finished"}
