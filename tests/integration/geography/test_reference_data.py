"""Postcode districts: built from public data, shipped, and loaded idempotently."""

from __future__ import annotations

import pytest

from smeshield.geography.models import PostcodeDistrict
from smeshield.geography.reference_files import (
    DISTRICTS_FILE,
    build_districts,
    build_map,
    read_districts,
    read_map,
    shared_data_dir,
)
from smeshield.geography.services import postcode_districts_load

SHARED_DATA = shared_data_dir()
NORTHERN_FORCES = {
    "Cleveland",
    "Durham",
    "Northumbria",
    "Cheshire",
    "Cumbria",
    "Greater Manchester",
    "Lancashire",
    "Merseyside",
    "Humberside",
    "North Yorkshire",
    "South Yorkshire",
    "West Yorkshire",
}


def test_the_shipped_file_is_exactly_what_the_public_sources_give() -> None:
    assert SHARED_DATA.is_dir(), f"the public data sets are expected at {SHARED_DATA}"
    assert build_districts(SHARED_DATA) == read_districts(DISTRICTS_FILE)


def test_the_shipped_map_is_exactly_what_the_boundaries_give() -> None:
    shipped = read_map()

    assert build_map(SHARED_DATA) == shipped
    assert len(shipped["areas"]) == 43
    assert "Contains OS data © Crown copyright" in shipped["attribution"]
    forces_in_districts = {d.police_force_name for d in read_districts(DISTRICTS_FILE)}
    assert {a["name"] for a in shipped["areas"]} <= forces_in_districts


@pytest.mark.parametrize(
    ("district", "force", "region"),
    [
        ("LS6", "West Yorkshire", "Yorkshire and The Humber"),
        ("NE6", "Northumbria", "North East"),
        ("TS1", "Cleveland", "North East"),
        ("DL1", "Durham", "North East"),
        ("CA1", "Cumbria", "North West"),
        ("M5", "Greater Manchester", "North West"),
        ("HU1", "Humberside", "Yorkshire and The Humber"),
        ("TD15", "Northumbria", "North East"),  # Berwick: a Scottish postcode area in England
        ("LN1", "Lincolnshire", "East Midlands"),
        ("CF10", "South Wales", "Wales"),
        ("EH1", "Police Scotland", "Scotland"),
        ("BT1", "Police Service of Northern Ireland", "Northern Ireland"),
    ],
)
def test_districts_land_in_the_right_force_and_region(
    district: str, force: str, region: str
) -> None:
    record = next(r for r in read_districts() if r.code == district)
    assert (record.police_force_name, record.region_name) == (force, region)


def test_the_north_of_england_is_policed_by_its_twelve_forces() -> None:
    northern = {"North East", "North West", "Yorkshire and The Humber"}
    forces = {r.police_force_name for r in read_districts() if r.region_name in northern}
    assert forces == NORTHERN_FORCES


@pytest.mark.django_db
def test_loading_twice_changes_nothing() -> None:
    records = read_districts()
    postcode_districts_load(records=records)
    first = list(PostcodeDistrict.objects.values_list("code", "police_force_code").order_by("code"))

    postcode_districts_load(records=records)

    assert (
        list(PostcodeDistrict.objects.values_list("code", "police_force_code").order_by("code"))
        == first
    )
    assert len(first) == len(records) > 2800
