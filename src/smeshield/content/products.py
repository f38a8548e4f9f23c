"""The shipped product vocabulary: the curated identities plus the names in the KEV snapshot."""

from __future__ import annotations

import json
from functools import cache

import yaml

from smeshield.content import CONTENT_DIR
from smeshield.domain.products.build import vocabulary_from
from smeshield.domain.products.recognition import Lexicon, lexicon_from
from smeshield.domain.products.vocabulary import Vocabulary

KEV = CONTENT_DIR / "kev" / "known_exploited_vulnerabilities.json"
CURATED_PRODUCTS = CONTENT_DIR / "products" / "curated.yaml"


@cache
def vocabulary() -> Vocabulary:
    curated = yaml.safe_load(CURATED_PRODUCTS.read_text(encoding="utf-8"))
    kev = json.loads(KEV.read_text(encoding="utf-8"))
    pairs = [(entry["vendorProject"], entry["product"]) for entry in kev["vulnerabilities"]]
    return vocabulary_from(curated, pairs)


RECOGNITION = CONTENT_DIR / "products" / "recognition.yaml"


@cache
def lexicon() -> Lexicon:
    """How free text about products is read (descriptive words, devices, with sources)."""
    return lexicon_from(yaml.safe_load(RECOGNITION.read_text(encoding="utf-8")))
