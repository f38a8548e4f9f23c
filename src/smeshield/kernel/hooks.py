"""Read hooks: how a lower app's page or selector includes figures that an app above it owns.

The lower app names a hook point and asks it; apps above register a contributor in their
``AppConfig.ready()``. Reads only: a contributor returns values and changes nothing
(writes that follow an event go through ``smeshield.kernel.events``). See
docs/decisions/0021.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

Contributor = Callable[..., Any]

# Requirements made urgent, for the plan: ``(business=...) -> dict[str, date]``
PLAN_URGENCY = "healthcheck.plan_urgency"
# Figures on the business's home page: ``(business=...) -> dict[str, Any]``
BUSINESS_HOME = "businesses.home"

# Who helps with an alert the owner asked help with:
# ``(business=..., advisory_key=...) -> AlertHelp | None`` (a dict: helper, url, added)
ALERT_HELP = "alerts.help"

_contributors: defaultdict[str, list[Contributor]] = defaultdict(list)


def contribute(point: str, contributor: Contributor) -> None:
    """Register a contributor once (``ready()`` may run more than once in tests)."""
    if contributor not in _contributors[point]:
        _contributors[point].append(contributor)


def contributions(point: str, **arguments: Any) -> list[Any]:
    """Every registered contributor's answer, in registration order."""
    return [contributor(**arguments) for contributor in _contributors[point]]
