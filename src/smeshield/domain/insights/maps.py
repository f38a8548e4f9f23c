"""A map of police force areas as SVG paths: projected, simplified, drawn on the server.

Longitude and latitude are projected equirectangularly, with longitude scaled by the
cosine of the middle latitude (good enough for England and Wales). Rings are simplified
with Ramer-Douglas-Peucker so the whole map is a few tens of kilobytes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Point = tuple[float, float]


@dataclass(frozen=True)
class MapArea:
    code: str
    name: str
    path: str  # SVG path data


@dataclass(frozen=True)
class AreaMap:
    width: int
    height: int
    areas: tuple[MapArea, ...]


def _distance_to_segment(p: Point, a: Point, b: Point) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    if dx == dy == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def simplify(points: Sequence[Point], tolerance: float) -> list[Point]:
    """Ramer-Douglas-Peucker, iteratively (rings can have thousands of points)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        furthest, index = 0.0, first
        for i in range(first + 1, last):
            d = _distance_to_segment(points[i], points[first], points[last])
            if d > furthest:
                furthest, index = d, i
        if furthest > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def _rings(geometry: Mapping[str, Any]) -> list[list[Point]]:
    polygons = (
        [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    )
    return [[(float(x), float(y)) for x, y, *_ in ring] for polygon in polygons for ring in polygon]


def area_map(
    features: Sequence[Mapping[str, Any]],
    code_field: str,
    name_field: str,
    width: int = 600,
    tolerance: float = 1.2,
) -> AreaMap:
    """SVG paths for each area, fitted to ``width`` pixels (tolerance in pixels)."""
    all_points = [p for f in features for ring in _rings(f["geometry"]) for p in ring]
    west, east = min(p[0] for p in all_points), max(p[0] for p in all_points)
    south, north = min(p[1] for p in all_points), max(p[1] for p in all_points)
    squash = math.cos(math.radians((south + north) / 2))
    scale = width / ((east - west) * squash)
    height = math.ceil((north - south) * scale)

    def project(point: Point) -> Point:
        return ((point[0] - west) * squash * scale, (north - point[1]) * scale)

    areas = []
    for feature in features:
        parts = []
        for ring in _rings(feature["geometry"]):
            points = simplify([project(p) for p in ring], tolerance)
            if len(points) >= 4:
                parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in points) + "Z")
        props = feature["properties"]
        areas.append(MapArea(str(props[code_field]), str(props[name_field]), "".join(parts)))
    return AreaMap(width, height, tuple(sorted(areas, key=lambda a: a.name)))
