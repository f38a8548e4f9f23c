"""Which boundary a point falls in: ray casting over GeoJSON-style polygons.

Used to place each postcode district's centre in a police force area. Boundaries
are generalised, so a coastal centre can fall just outside every polygon; the
nearest boundary is then used and the distance is reported.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

Point = tuple[float, float]  # (longitude, latitude)
Ring = Sequence[Point]


Box = tuple[float, float, float, float]  # min longitude, min latitude, max longitude, max latitude


def _box(polygons: tuple[tuple[Ring, ...], ...]) -> Box:
    xs = [x for polygon in polygons for x, _ in polygon[0]]
    ys = [y for polygon in polygons for _, y in polygon[0]]
    return min(xs), min(ys), max(xs), max(ys)


@dataclass(frozen=True, slots=True)
class Area:
    """A named area made of one or more polygons; each polygon is an outer ring and holes.

    ``box`` is the bounding box, worked out once, so most areas are ruled out cheaply.
    """

    code: str
    name: str
    polygons: tuple[tuple[Ring, ...], ...]
    box: Box = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "box", _box(self.polygons))


@dataclass(frozen=True, slots=True)
class Placement:
    """The area a point belongs to; ``distance_km`` is 0 when it lies inside."""

    area: Area
    distance_km: float


def _in_ring(point: Point, ring: Ring) -> bool:
    x, y = point
    inside = False
    count = len(ring)
    j = count - 1
    for i in range(count):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def contains(area: Area, point: Point) -> bool:
    """True when the point lies inside one of the area's polygons (and not in a hole)."""
    for polygon in area.polygons:
        outer, *holes = polygon
        if _in_ring(point, outer) and not any(_in_ring(point, hole) for hole in holes):
            return True
    return False


def km_between(a: Point, b: Point) -> float:
    """Distance in km between two (longitude, latitude) points."""
    # Equirectangular approximation: accurate to well under 1% at UK distances.
    mean_lat = math.radians((a[1] + b[1]) / 2)
    dx = math.radians(b[0] - a[0]) * math.cos(mean_lat)
    dy = math.radians(b[1] - a[1])
    return 6371.0 * math.hypot(dx, dy)


def _distance_to_segment(p: Point, a: Point, b: Point) -> float:
    scale = math.cos(math.radians(p[1]))
    ax, ay, bx, by = a[0] * scale, a[1], b[0] * scale, b[1]
    px, py = p[0] * scale, p[1]
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    nearest = ((ax + t * dx) / scale, ay + t * dy)
    return km_between(p, nearest)


def distance_km(area: Area, point: Point) -> float:
    """Distance from the point to the area's nearest outer boundary (0 when inside)."""
    if contains(area, point):
        return 0.0
    best = math.inf
    for polygon in area.polygons:
        ring = polygon[0]
        for i in range(len(ring) - 1):
            best = min(best, _distance_to_segment(point, ring[i], ring[i + 1]))
    return best


def place(point: Point, areas: Iterable[Area]) -> Placement | None:
    """The area containing the point, else the nearest one; ``None`` with no areas."""
    candidates = list(areas)
    for area in candidates:
        min_x, min_y, max_x, max_y = area.box
        if min_x <= point[0] <= max_x and min_y <= point[1] <= max_y and contains(area, point):
            return Placement(area, 0.0)
    if not candidates:
        return None
    nearest = min(candidates, key=lambda area: distance_km(area, point))
    return Placement(nearest, distance_km(nearest, point))


def areas_from_geojson(
    features: Iterable[dict[str, object]], code_key: str, name_key: str
) -> list[Area]:
    """Build areas from GeoJSON features with Polygon or MultiPolygon geometry."""
    result: list[Area] = []
    for feature in features:
        properties = feature["properties"]
        geometry = feature["geometry"]
        if not isinstance(properties, dict) or not isinstance(geometry, dict):
            raise ValueError("each feature needs 'properties' and 'geometry' objects")
        coordinates = geometry["coordinates"]
        kind = geometry["type"]
        raw_polygons = [coordinates] if kind == "Polygon" else coordinates
        polygons = tuple(
            tuple(tuple((float(x), float(y)) for x, y, *_ in ring) for ring in polygon)
            for polygon in raw_polygons
        )
        result.append(Area(str(properties[code_key]), str(properties[name_key]), polygons))
    return result
