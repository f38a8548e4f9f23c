"""Walk every URL pattern of the service and give each a concrete path to request."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RegexPattern, RoutePattern

_ROUTE_PART = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")
_REGEX_GROUP = re.compile(r"\(\?P<(?P<name>\w+)>(?P<body>[^)]*)\)")


@dataclass(frozen=True)
class WalkedUrl:
    route: str  # the pattern as written, e.g. "businesses/<uuid:business_id>/"
    path: str  # a concrete path to request
    callback: Callable[..., Any]


def _sample(name: str, converter: str | None, samples: Mapping[str, str]) -> str:
    if name in samples:
        return samples[name]
    if converter == "int" or name.endswith("type_id"):
        return "1"
    return str(uuid.uuid4())


def _concrete(pattern: RoutePattern | RegexPattern, samples: Mapping[str, str]) -> str:
    text = str(pattern)
    if isinstance(pattern, RoutePattern):
        return _ROUTE_PART.sub(lambda m: _sample(m["name"], m["converter"], samples), text)

    def group(match: re.Match[str]) -> str:
        body = match["body"]
        if "|" in body:  # a list of alternatives: take the first
            return body.split("|")[0]
        return _sample(match["name"], None, samples)

    text = _REGEX_GROUP.sub(group, text)
    return text.removeprefix("^").removesuffix("$").replace("\\", "")


def walk_urls(
    samples: Mapping[str, str], by_route: Mapping[str, Mapping[str, str]] | None = None
) -> Iterator[WalkedUrl]:
    """Every URL pattern in the project, with a concrete path built from ``samples``.

    ``by_route`` gives a route its own values where one name means different things
    (a share link's token is not an unsubscribe token).
    """
    overrides = by_route or {}

    def walk(patterns: list[Any], route: str, path: str) -> Iterator[WalkedUrl]:
        for pattern in patterns:
            here_route = route + str(pattern.pattern)
            values = {**samples, **overrides.get(here_route, {})}
            here_path = path + _concrete(pattern.pattern, values)
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, here_route, here_path)
            elif isinstance(pattern, URLPattern):
                yield WalkedUrl(here_route, "/" + here_path, pattern.callback)

    yield from walk(get_resolver().url_patterns, "", "")
