"""System check: every policy name has a decider, and every URL names a registered one."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.core.checks import Error, register
from django.urls import URLPattern, URLResolver, get_resolver

from smeshield.kernel.access import declared_name, registered, unregistered_names


def _patterns(patterns: list[Any], prefix: str = "") -> Iterator[tuple[str, URLPattern]]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _patterns(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern), pattern


@register("access")
def policies_registered(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    errors = [
        Error(f"No decider is registered for the policy {name!r}.", id="access.E001")
        for name in unregistered_names()
    ]
    for route, pattern in _patterns(get_resolver().url_patterns):
        name = declared_name(pattern.callback)
        if name is not None and registered(name.value) is None:
            errors.append(
                Error(
                    f"The URL {route!r} names the policy {name.value!r}, which nobody registered.",
                    id="access.E002",
                )
            )
    return errors
