"""The shipped product vocabulary and KEV snapshot, loaded once for domain tests."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from smeshield.domain.products.build import vocabulary_from
from smeshield.domain.products.recognition import Recogniser, lexicon_from
from smeshield.domain.products.vocabulary import Vocabulary

CONTENT = Path(__file__).resolve().parents[2] / "src" / "smeshield" / "content"
KEV_FILE = CONTENT / "kev" / "known_exploited_vulnerabilities.json"


@cache
def kev_document() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(KEV_FILE.read_text(encoding="utf-8"))
    return loaded


@cache
def shipped_vocabulary() -> Vocabulary:
    curated = yaml.safe_load((CONTENT / "products" / "curated.yaml").read_text(encoding="utf-8"))
    pairs = [(e["vendorProject"], e["product"]) for e in kev_document()["vulnerabilities"]]
    return vocabulary_from(curated, pairs)


@cache
def shipped_recogniser() -> Recogniser:
    """The recogniser the app and the bulk command build, from the shipped files."""
    document = yaml.safe_load((CONTENT / "products" / "recognition.yaml").read_text("utf-8"))
    return Recogniser(shipped_vocabulary(), lexicon_from(document))
