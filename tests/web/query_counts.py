"""Query counts that do not grow with the rows on a page: one row, count; twenty, same bound.

``constant_queries`` makes one row, warms the page once (sessions, caches, content files),
counts the queries of the next request, adds nineteen rows and asserts, with
pytest-django's ``django_assert_max_num_queries``, that twenty rows need no more queries
than one. ``contains`` names something each row shows, so the page really lists them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

ROWS = 20


def constant_queries(
    django_assert_max_num_queries: Any,
    client: Client,
    url: str,
    add_row: Callable[[int], object],
    *,
    rows_shown: Callable[[bytes], int] | None = None,
    headers: dict[str, str] | None = None,
) -> int:
    """Assert the page at ``url`` costs as many queries for 20 rows as for 1; return it."""
    headers = headers or {}
    add_row(0)
    assert client.get(url, **headers).status_code == 200  # warm-up
    with CaptureQueriesContext(connection) as one:
        response = client.get(url, **headers)
    assert response.status_code == 200
    if rows_shown is not None:
        assert rows_shown(response.content) == 1
    for n in range(1, ROWS):
        add_row(n)
    with django_assert_max_num_queries(len(one)):
        response = client.get(url, **headers)
    assert response.status_code == 200
    if rows_shown is not None:
        assert rows_shown(response.content) == ROWS
    return len(one)


UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


def count_of(pattern: str) -> Callable[[bytes], int]:
    """How many times a pattern each row carries (``{uuid}`` for any id) is on the page."""
    compiled = re.compile(pattern.replace("{uuid}", UUID))
    return lambda content: len(set(compiled.findall(content.decode())))
