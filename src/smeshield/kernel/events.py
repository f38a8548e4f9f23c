"""On-commit events: how one app's change starts another app's work without importing it.

The app where something happened publishes a named event with plain values
(ids, codes), inside its transaction::

    events.publish(events.HEALTH_CHECK_FINISHED, business_id=..., assessment_id=...)

Apps that react register a listener in their ``AppConfig.ready()``::

    events.listen(events.HEALTH_CHECK_FINISHED, on_health_check_finished)

Listeners run once the transaction commits (immediately when there is none), so a
rolled-back change starts nothing. Each listener runs in its own ``on_commit``
callback, in the order they registered. See docs/decisions/0021.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from django.db import transaction

Listener = Callable[..., object]

# The events published today, so a typo in a name is an import error, not silence.
HEALTH_CHECK_FINISHED = "healthcheck.finished"  # business_id, assessment_id
# An owner said "I need help" on an alert: business_id, user_id, delivery_id,
# advisory_key, advisory_title, requirements (people opens or adds to a help request)
ALERT_NEED_HELP = "alerts.need_help"
# A figure released outside insights (what works): user_id, dataset, where, query, suppressed
FIGURES_RELEASED = "insights.figures_released"

_listeners: defaultdict[str, list[Listener]] = defaultdict(list)


def listen(name: str, listener: Listener) -> None:
    """Run ``listener(**payload)`` after each commit that published ``name`` (once per
    listener, however many times ``ready()`` runs)."""
    if listener not in _listeners[name]:
        _listeners[name].append(listener)


def listeners(name: str) -> tuple[Listener, ...]:
    return tuple(_listeners[name])


def publish(name: str, **payload: Any) -> None:
    """Schedule every listener of ``name`` to run after the current transaction commits."""
    for listener in _listeners[name]:
        transaction.on_commit(functools.partial(listener, **payload))
