"""Placing a point in an area: inside, in a hole, or nearest when just outside."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from smeshield.domain.geography.areas import Area, contains, distance_km, place

SQUARE = ((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.0, 0.0))
HOLE = ((0.4, 0.4), (0.6, 0.4), (0.6, 0.6), (0.4, 0.6), (0.4, 0.4))
EAST = tuple((x + 2.0, y) for x, y in SQUARE)

WEST_AREA = Area("W", "West", ((SQUARE, HOLE),))
EAST_AREA = Area("E", "East", ((EAST,),))


@given(st.floats(0.01, 0.39), st.floats(0.01, 0.99))
def test_a_point_inside_the_ring_and_outside_the_hole_is_contained(x: float, y: float) -> None:
    assert contains(WEST_AREA, (x, y))
    assert place((x, y), [EAST_AREA, WEST_AREA]).area.code == "W"  # type: ignore[union-attr]


def test_a_point_in_the_hole_is_not_contained() -> None:
    assert not contains(WEST_AREA, (0.5, 0.5))


def test_a_point_just_outside_goes_to_the_nearest_area_with_its_distance() -> None:
    placement = place((1.2, 0.5), [WEST_AREA, EAST_AREA])
    assert placement is not None
    assert placement.area.code == "W"
    assert 20 < placement.distance_km < 25  # 0.2 degrees of longitude at the equator
    assert distance_km(WEST_AREA, (0.2, 0.2)) == 0.0


def test_with_no_areas_nothing_is_placed() -> None:
    assert place((0.0, 0.0), []) is None
