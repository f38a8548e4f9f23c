"""The reach shown before a partner alert is sent: rounded, never a small exact count."""

from __future__ import annotations

import pytest

from smeshield.domain.alerts.reach import Reach, shown_reach


@pytest.mark.parametrize(
    ("businesses", "shown"),
    [
        (0, Reach("fewer_than", 10)),
        (1, Reach("fewer_than", 10)),
        (9, Reach("fewer_than", 10)),
        (10, Reach("about", 10)),
        (14, Reach("about", 10)),
        (16, Reach("about", 20)),
        (1234, Reach("about", 1230)),
    ],
)
def test_given_a_count_of_businesses_then_the_preview_shows_it_rounded(
    businesses: int, shown: Reach
) -> None:
    assert shown_reach(businesses) == shown
