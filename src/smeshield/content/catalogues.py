"""Loading the health check's catalogues.

Catalogues live in ``content/healthcheck/*.yaml`` (one file per dated revision) and
are checked against ``catalogue.schema.json`` and their own cross-references. They
are read once per process.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path

from smeshield.content import CONTENT_DIR
from smeshield.domain.catalog.loader import build_catalogue, build_catalogues
from smeshield.domain.catalog.locations import Located, parse_located
from smeshield.domain.catalog.model import Catalogue

HEALTHCHECK = CONTENT_DIR / "healthcheck"
SCHEMA = HEALTHCHECK / "catalogue.schema.json"


def catalogue_files() -> list[Path]:
    return sorted(HEALTHCHECK.glob("*.yaml"))


def _located(path: Path) -> Located:
    return parse_located(path.read_text(encoding="utf-8"), source=path.name)


def load_catalogue_file(path: Path) -> Catalogue:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return build_catalogue(_located(path), schema)


def load_catalogue_files(paths: list[Path]) -> tuple[Catalogue, ...]:
    """The revisions in these files, oldest first, checked together (dates must not overlap)."""
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return build_catalogues([_located(path) for path in paths], schema)


@cache
def all_catalogues() -> tuple[Catalogue, ...]:
    """Every catalogue revision, oldest first."""
    return load_catalogue_files(catalogue_files())


def catalogue(version: str) -> Catalogue:
    for candidate in all_catalogues():
        if candidate.version == version:
            return candidate
    raise LookupError(f"no health-check catalogue version {version}")


def current_catalogue(today: date | None = None) -> Catalogue:
    """The revision in force today; after the newest one ends, the newest still serves."""
    day = today or date.today()  # noqa: DTZ011 - a calendar date, not a moment
    in_force = [c for c in all_catalogues() if c.in_force_on(day)]
    return in_force[-1] if in_force else all_catalogues()[-1]
