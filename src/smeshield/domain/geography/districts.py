"""Postcode districts and the places they belong to, merged from public sources.

``merge_districts`` joins three open data sets (see ``content/reference/README.md``):
district centres and regions (gibbs/uk-postcodes, CC0), local authorities
(futurematik/postcodes, ISC, ONS data under OGL v3) and police force area
boundaries (ONS, OGL v3). It is pure: callers read the files and pass the rows in.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from smeshield.domain.geography.areas import Area, km_between, place

# Police force areas outside England and Wales have no polygon in the ONS file.
SCOTLAND_FORCE = ("S23000009", "Police Scotland")
NORTHERN_IRELAND_FORCE = ("N99999999", "Police Service of Northern Ireland")

# English regions are made of whole police force areas, so a district's region
# follows from its force. (gibbs/uk-postcodes' own region labels put some
# Lincolnshire districts in Yorkshire, so they are not used for England.)
REGIONS: Mapping[str, str] = {
    "E12000001": "North East",
    "E12000002": "North West",
    "E12000003": "Yorkshire and The Humber",
    "E12000004": "East Midlands",
    "E12000005": "West Midlands",
    "E12000006": "East of England",
    "E12000007": "London",
    "E12000008": "South East",
    "E12000009": "South West",
}
_FORCES_BY_REGION: Mapping[str, tuple[int, ...]] = {
    "E12000001": (7, 8, 13),  # Northumbria, Durham, Cleveland
    "E12000002": (2, 3, 4, 5, 6),  # Cumbria, Lancashire, Merseyside, Greater Manchester, Cheshire
    "E12000003": (9, 10, 11, 12),  # North, West and South Yorkshire, Humberside
    "E12000004": (18, 19, 20, 21, 22),  # Derbyshire, Notts, Lincs, Leics, Northants
    "E12000005": (14, 15, 16, 17),  # West Midlands, Staffordshire, West Mercia, Warwickshire
    "E12000006": (23, 24, 25, 26, 27, 28),  # Cambs, Norfolk, Suffolk, Beds, Herts, Essex
    "E12000007": (1, 34),  # Metropolitan Police, City of London
    "E12000008": (29, 30, 31, 32, 33),  # Thames Valley, Hampshire, Surrey, Kent, Sussex
    "E12000009": (35, 36, 37, 38, 39),  # Devon & Cornwall, Avon and Somerset, Glos, Wilts, Dorset
}
REGION_OF_FORCE: Mapping[str, str] = {
    f"E230000{number:02d}": region
    for region, numbers in _FORCES_BY_REGION.items()
    for number in numbers
}
NATIONS: Mapping[str, tuple[str, str]] = {
    "Wales": ("W92000004", "Wales"),
    "Scotland": ("S92000003", "Scotland"),
    "Northern Ireland": ("N92000002", "Northern Ireland"),
    "Guernsey": ("L93000001", "Channel Islands"),
    "Jersey": ("L93000001", "Channel Islands"),
    "Isle of Man": ("M83000003", "Isle of Man"),
}
COUNTRY_BY_CODE: Mapping[str, str] = {
    "ENG": "England",
    "WLS": "Wales",
    "SCT": "Scotland",
    "NIR": "Northern Ireland",
    "GG": "Guernsey",
    "JE": "Jersey",
    "IM": "Isle of Man",
}
# Coastal centres can fall just outside the generalised boundaries; beyond this
# distance from every force a district is not placed in one.
MAX_PLACEMENT_KM = 15.0


@dataclass(frozen=True, slots=True)
class DistrictRecord:
    """One postcode district and the areas it belongs to."""

    code: str
    town: str
    local_authority: str
    region_code: str
    region_name: str
    country: str
    police_force_code: str
    police_force_name: str
    latitude: float
    longitude: float
    urban_rural: str = ""  # "urban", "rural", or "" when we cannot tell


def _country(row: Mapping[str, str]) -> str | None:
    for column in ("country", "country_string"):
        country = COUNTRY_BY_CODE.get(row.get(column, "").strip())
        if country:
            return country
    return None


def _place(
    country: str, point: tuple[float, float], forces: list[Area]
) -> tuple[str, tuple[str, str], tuple[str, str]] | None:
    """(country, force, region) for a district centre, or None when it cannot be placed."""
    if country in {"England", "Wales", "Scotland"}:
        placement = place(point, forces)
        inside = placement is not None and placement.distance_km == 0
        near = placement is not None and placement.distance_km <= MAX_PLACEMENT_KM
        # A centre inside an England or Wales force is there, whatever the postcode area says
        # (TD15, Berwick-upon-Tweed, is in England); a Scottish centre merely near one is not.
        if placement is not None and (inside or (near and country != "Scotland")):
            force = (placement.area.code, placement.area.name)
            if force[0].startswith("W"):
                return "Wales", force, NATIONS["Wales"]
            region = REGION_OF_FORCE[force[0]]
            return "England", force, (region, REGIONS[region])
    if country == "Scotland":
        return country, SCOTLAND_FORCE, NATIONS[country]
    if country == "Northern Ireland":
        return country, NORTHERN_IRELAND_FORCE, NATIONS[country]
    if country in NATIONS and country != "Wales":
        return country, ("", ""), NATIONS[country]
    return None


def merge_districts(
    centres: Iterable[Mapping[str, str]],
    local_authorities: Mapping[str, str],
    forces: list[Area],
) -> list[DistrictRecord]:
    """Merge district centres with local authority names and police force areas.

    ``centres`` are rows of gibbs/uk-postcodes (postcode, latitude, longitude, town,
    region, country, country_string); ``local_authorities`` maps district to local
    authority. Rows without coordinates or that cannot be placed are skipped.
    """
    records: list[DistrictRecord] = []
    for row in centres:
        country = _country(row)
        if country is None or not row["latitude"] or not row["longitude"]:
            continue
        latitude, longitude = float(row["latitude"]), float(row["longitude"])
        placed = _place(country, (longitude, latitude), forces)
        if placed is None:
            continue
        country, (force_code, force_name), (region_code, region_name) = placed
        code = row["postcode"].strip().upper()
        records.append(
            DistrictRecord(
                code=code,
                town=row["town"].strip() or row["region"].strip(),
                local_authority=local_authorities.get(code, row["region"].strip()),
                region_code=region_code,
                region_name=region_name,
                country=country,
                police_force_code=force_code,
                police_force_name=force_name,
                latitude=latitude,
                longitude=longitude,
            )
        )
    records.sort(key=lambda record: record.code)
    return records


# --- Urban or rural ---------------------------------------------------------------------
# The open data has no rural-urban class per district, so we estimate one: a district's
# area is taken as a circle whose radius is half the mean distance to its four nearest
# district centres, and a district with at least 25 active postcodes per km² counts as
# urban. Checked by hand against known places (LS1, NE6, M5, CA1 urban; HX7, YO62, LA22,
# TD15 rural). It is an estimate for statistics and targeting, labelled as such.
URBAN_POSTCODES_PER_KM2 = 25.0
NEIGHBOURS = 4
MIN_AREA_KM2 = 0.25
_CELL_DEGREES = 0.5


def _nearest_distances(points: list[tuple[float, float]], k: int) -> list[list[float]]:
    """For each (latitude, longitude), the distances in km to its k nearest other points."""
    grid: dict[tuple[int, int], list[int]] = {}
    for index, (lat, lon) in enumerate(points):
        grid.setdefault((int(lat // _CELL_DEGREES), int(lon // _CELL_DEGREES)), []).append(index)
    result: list[list[float]] = []
    for index, (lat, lon) in enumerate(points):
        cell = (int(lat // _CELL_DEGREES), int(lon // _CELL_DEGREES))
        ring = 1
        while True:
            found = [
                km_between((lon, lat), (points[j][1], points[j][0]))
                for dy in range(-ring, ring + 1)
                for dx in range(-ring, ring + 1)
                for j in grid.get((cell[0] + dy, cell[1] + dx), ())
                if j != index
            ]
            # Enough neighbours, and the ring is wide enough that none nearer is missed.
            if (len(found) >= k and sorted(found)[k - 1] <= ring * _CELL_DEGREES * 55) or ring > 8:
                result.append(sorted(found)[:k])
                break
            ring += 1
    return result


def classify_urban_rural(
    records: list[DistrictRecord], active_postcodes: Mapping[str, int]
) -> list[DistrictRecord]:
    """Records with ``urban_rural`` estimated from postcode density (see above)."""
    distances = _nearest_distances([(r.latitude, r.longitude) for r in records], NEIGHBOURS)
    classified: list[DistrictRecord] = []
    for record, nearest in zip(records, distances, strict=True):
        count = active_postcodes.get(record.code)
        label = ""
        if count and nearest:
            radius = sum(nearest) / len(nearest) / 2
            area = max(math.pi * radius * radius, MIN_AREA_KM2)
            label = "urban" if count / area >= URBAN_POSTCODES_PER_KM2 else "rural"
        classified.append(replace(record, urban_rural=label))
    return classified
