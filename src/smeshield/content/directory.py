"""The shipped directory of trusted support organisations, with each entry's defaults applied."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml
from django.utils.translation import gettext_noop

from smeshield.content import CONTENT_DIR

DIRECTORY = CONTENT_DIR / "directory" / "organisations.yaml"

# The languages an organisation (or a mentor) can help in, by their English names: the
# directory's "languages" field must use these. Shown translated (gettext_noop marks them).
LANGUAGES = (
    gettext_noop("English"),
    gettext_noop("Urdu"),
    gettext_noop("Punjabi"),
    gettext_noop("Polish"),
    gettext_noop("Arabic"),
    gettext_noop("Bengali"),
    gettext_noop("Romanian"),
    gettext_noop("Chinese"),
    gettext_noop("Welsh"),
)


class DirectoryError(ValueError):
    """The directory file says something the loader cannot accept."""


def _languages(entry: dict[str, Any], default: Any) -> list[str]:
    """The entry's languages: a non-empty list of names from ``LANGUAGES``."""
    languages = entry.get("languages", default)
    if not isinstance(languages, list) or not languages:
        raise DirectoryError(f"{entry['name']}: languages must be a list of at least one")
    unknown = [x for x in languages if x not in LANGUAGES]
    if unknown:
        raise DirectoryError(
            f"{entry['name']}: unknown languages {unknown}; use names from {list(LANGUAGES)}"
        )
    return list(languages)


@dataclass(frozen=True)
class DirectoryEntry:
    """One organisation: what it offers (``described``) and who last checked it, and when."""

    name: str
    described: dict[str, Any]
    verified_by: str
    verified_on: date
    review_by: date


def directory_entries(path: Path = DIRECTORY) -> list[DirectoryEntry]:
    document: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    defaults = document["defaults"]
    entries = []
    for entry in document["organisations"]:
        verified_on = entry.get("verified_on", defaults["verified_on"])
        review_by = verified_on + timedelta(days=30 * int(defaults["review_months"]))
        described = {
            "kind": entry["kind"],
            "services": entry["services"],
            "cost": entry["cost"],
            "languages": _languages(entry, defaults["languages"]),
            "national": bool(entry.get("national", False)),
            "regions": entry.get("regions", []),
            "police_force_areas": entry.get("police_force_areas", []),
            "needs": entry.get("needs", []),
            "website": entry["website"],
        }
        entries.append(
            DirectoryEntry(
                name=entry["name"],
                described=described,
                verified_by=entry.get("verified_by", defaults["verified_by"]),
                verified_on=verified_on,
                review_by=review_by,
            )
        )
    return entries
