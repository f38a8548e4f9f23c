"""The incident playbooks and the VERIS schema, read once per process."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import yaml

from smeshield.content import CONTENT_DIR
from smeshield.content.catalogues import all_catalogues
from smeshield.domain.incidents.playbooks import Playbooks, build_playbooks

PLAYBOOKS = CONTENT_DIR / "incidents" / "playbooks.yaml"
PLAYBOOKS_SCHEMA = CONTENT_DIR / "incidents" / "playbooks.schema.json"
VERIS_SCHEMA = CONTENT_DIR / "veris" / "verisc-merged.json"


@cache
def playbooks() -> Playbooks:
    requirement_ids = {r.id for catalogue in all_catalogues() for r in catalogue.requirements}
    return build_playbooks(
        yaml.safe_load(PLAYBOOKS.read_text(encoding="utf-8")),
        json.loads(PLAYBOOKS_SCHEMA.read_text(encoding="utf-8")),
        requirement_ids,
    )


@cache
def veris_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(VERIS_SCHEMA.read_text(encoding="utf-8"))
    return schema
