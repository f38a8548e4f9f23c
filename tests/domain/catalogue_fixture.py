"""The shipped catalogue, loaded once for domain tests (no database needed)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import yaml

from smeshield.domain.catalog.loader import build_catalogue, build_catalogues
from smeshield.domain.catalog.locations import Located, parse_located
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


@cache
def shipped_catalogues() -> tuple[Catalogue, ...]:
    """Every shipped revision, checked together, oldest first."""
    located = [
        parse_located(path.read_text(), source=path.name) for path in sorted(CONTENT.glob("*.yaml"))
    ]
    return build_catalogues(located, schema())


def located_document(name: str) -> Located:
    path = CONTENT / name
    return parse_located(path.read_text(), source=path.name)


DANZELL_FILE = "cyber-essentials-v3.3-danzell.yaml"
WILLOW_FILE = CATALOGUE_FILE.name
