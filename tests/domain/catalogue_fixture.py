"""The shipped catalogue, loaded once for domain tests (no database needed)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import yaml

from smeshield.domain.catalog.loader import build_catalogue
from smeshield.domain.catalog.model import Catalogue

CONTENT = Path(__file__).resolve().parents[2] / "src" / "smeshield" / "content" / "healthcheck"
CATALOGUE_FILE = CONTENT / "cyber-essentials-v3.2-willow.yaml"


def schema() -> dict[str, object]:
    loaded: dict[str, object] = json.loads((CONTENT / "catalogue.schema.json").read_text())
    return loaded


def document() -> dict[str, object]:
    loaded: dict[str, object] = yaml.safe_load(CATALOGUE_FILE.read_text())
    return loaded


@cache
def shipped_catalogue() -> Catalogue:
    return build_catalogue(document(), schema())
