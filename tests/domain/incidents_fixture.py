"""The shipped playbooks and VERIS schema, loaded once for domain tests (no database)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from smeshield.domain.incidents.playbooks import Playbooks, build_playbooks
from smeshield.geography.reference_files import shared_data_dir
from tests.domain.catalogue_fixture import shipped_catalogue

CONTENT = Path(__file__).resolve().parents[2] / "src" / "smeshield" / "content"
SHARED_DATA = shared_data_dir()
VCDB_FIXTURES = SHARED_DATA / "vcdb-fixtures"
VCDB_SAMPLE = SHARED_DATA / "vcdb-sample-verisr" / "veris_sample_1000_flat.csv"


def playbooks_document() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(
        (CONTENT / "incidents" / "playbooks.yaml").read_text(encoding="utf-8")
    )
    return loaded


def playbooks_schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        (CONTENT / "incidents" / "playbooks.schema.json").read_text(encoding="utf-8")
    )
    return loaded


@cache
def shipped_playbooks() -> Playbooks:
    requirement_ids = {r.id for r in shipped_catalogue().requirements}
    return build_playbooks(playbooks_document(), playbooks_schema(), requirement_ids)


@cache
def veris_schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        (CONTENT / "veris" / "verisc-merged.json").read_text(encoding="utf-8")
    )
    return loaded
