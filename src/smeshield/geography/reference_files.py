"""Reading and writing the shipped reference files (I/O around the pure domain)."""

from __future__ import annotations

import csv
import dataclasses
import json
import os
from pathlib import Path
from typing import Any

from smeshield.domain.geography.areas import areas_from_geojson
from smeshield.domain.geography.districts import (
    DistrictRecord,
    classify_urban_rural,
    merge_districts,
)
from smeshield.domain.insights.maps import area_map

REFERENCE_DIR = Path(__file__).resolve().parents[1] / "content" / "reference"
REPO_ROOT = Path(__file__).resolve().parents[3]
DISTRICTS_FILE = REFERENCE_DIR / "postcode_districts.csv"
MAP_FILE = REFERENCE_DIR / "police_force_areas_map.json"
BOUNDARIES = ("police-force-areas", "police_force_areas_dec2020_ew.geojson")
FIELDS = [field.name for field in dataclasses.fields(DistrictRecord)]


def shared_data_dir() -> Path:
    """Where the public data sets are: $SMESHIELD_SHARED_DATA, else ../shared/data.

    A clone elsewhere than beside ``shared/`` can point the variable at the folder;
    ``/work/shared/data`` is tried last, where this project's machines keep it.
    """
    candidates = [
        os.environ.get("SMESHIELD_SHARED_DATA", ""),
        str(REPO_ROOT.parent / "shared" / "data"),
        "/work/shared/data",
    ]
    for candidate in candidates:
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return Path(candidates[1])


def build_districts(shared_data: Path) -> list[DistrictRecord]:
    """Merge the public source files under ``shared_data`` into district records."""
    with (shared_data / "uk-outcodes-gibbs" / "postcodes.csv").open(encoding="utf-8") as handle:
        centres = list(csv.DictReader(handle))
    local_authorities: dict[str, str] = {}
    active_postcodes: dict[str, int] = {}
    futurematik = shared_data / "uk-postcode-districts-futurematik" / "districts.csv"
    with futurematik.open(encoding="utf-8") as handle:
        rows = csv.reader(handle)
        next(rows)  # header; the unnamed local-authority column follows 'name'
        for row in rows:
            code = row[0].strip().upper()
            local_authorities[code] = row[7].strip()
            if row[9].strip().isdigit():
                active_postcodes[code] = int(row[9])
    geojson = json.loads(
        (shared_data / "police-force-areas" / "police_force_areas_dec2020_ew.geojson").read_text(
            encoding="utf-8"
        )
    )
    forces = areas_from_geojson(geojson["features"], "PFA20CD", "PFA20NM")
    return classify_urban_rural(
        merge_districts(centres, local_authorities, forces), active_postcodes
    )


def write_districts(records: list[DistrictRecord], path: Path = DISTRICTS_FILE) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        for record in records:
            writer.writerow(dataclasses.asdict(record))


def read_districts(path: Path = DISTRICTS_FILE) -> list[DistrictRecord]:
    with path.open(encoding="utf-8") as handle:
        return [
            DistrictRecord(
                code=row["code"],
                town=row["town"],
                local_authority=row["local_authority"],
                region_code=row["region_code"],
                region_name=row["region_name"],
                country=row["country"],
                police_force_code=row["police_force_code"],
                police_force_name=row["police_force_name"],
                latitude=float(row["latitude"]),
                longitude=float(row["longitude"]),
                urban_rural=row["urban_rural"],
            )
            for row in csv.DictReader(handle)
        ]


def build_map(shared_data: Path) -> dict[str, object]:
    """The police force areas as simplified SVG paths (for the insights map)."""
    geojson = json.loads((shared_data.joinpath(*BOUNDARIES)).read_text(encoding="utf-8"))
    built = area_map(geojson["features"], "PFA20CD", "PFA20NM")
    return {
        "source": "ONS Police Force Areas (December 2020), generalised",
        "attribution": (
            "Source: Office for National Statistics licensed under the Open Government "
            "Licence v.3.0. Contains OS data © Crown copyright and database right 2020."
        ),
        "width": built.width,
        "height": built.height,
        "areas": [{"code": a.code, "name": a.name, "path": a.path} for a in built.areas],
    }


def write_map(data: dict[str, object], path: Path = MAP_FILE) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")


def read_map(path: Path = MAP_FILE) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded
