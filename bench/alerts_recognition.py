"""Recognising products in lists written the way owners write them, scored by the set's
own ``score.py`` against the real KEV catalogue.

Two matchers run in this process on the same set: ours (the recogniser the bulk command
and the web use) and a plain token matcher as the baseline (a line matches an advisory
when one of its words, three letters or more and not a common English word, is a word of
the advisory's vendor or product name). Each prints recall of product families and the
share of matches that are false alarms (targets: recall >= 95%, false alarms <= 2%).

The set is ``sme-inventories-dev`` under $SMESHIELD_SHARED_DATA (else ../shared/data or
/work/shared/data); ``--set DIR`` scores another set in the same format (the held-out one).
``--quick`` is the same run: the set is small.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml
from harness import REPO, emit

from smeshield.domain.alerts.advisories import kev_advisories
from smeshield.domain.alerts.matching import InventoryIndex
from smeshield.domain.products.build import vocabulary_from
from smeshield.domain.products.recognition import Recogniser, lexicon_from

BENCH = "alerts_recognition"
CONTENT = REPO / "src" / "smeshield" / "content"
KEV = CONTENT / "kev" / "known_exploited_vulnerabilities.json"
COMMON_WORDS = frozenset(
    [
        "and",
        "the",
        "for",
        "our",
        "with",
        "from",
        "all",
        "old",
        "new",
        "web",
        "server",
        "software",
        "system",
        "systems",
        "multiple",
        "products",
        "devices",
        "device",
        "service",
        "services",
    ]
)
SCORE_LINE = re.compile(
    r"recall (?P<recall>[\d.]+)% \((?P<found>\d+)/(?P<total>\d+)\); "
    r"false alarms (?P<bad>\d+)/(?P<matches>\d+)"
)


def default_set() -> Path:
    for candidate in (
        os.environ.get("SMESHIELD_SHARED_DATA", ""),
        str(REPO.parent / "shared" / "data"),
        "/work/shared/data",
    ):
        if candidate and (Path(candidate) / "sme-inventories-dev").is_dir():
            return Path(candidate) / "sme-inventories-dev"
    return REPO.parent / "shared" / "data" / "sme-inventories-dev"


def inventories(path: Path) -> tuple[list[str], list[list[str]]]:
    businesses, names = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            businesses.append(str(record["business"]))
            names.append([str(p) for p in record["products"]])
    return businesses, names


def ours(document: dict[str, Any], businesses: list[str], names: list[list[str]]) -> Iterator[str]:
    """Exactly what ``smeshield alerts match`` does, without Django."""
    curated = yaml.safe_load((CONTENT / "products" / "curated.yaml").read_text("utf-8"))
    lexicon = lexicon_from(yaml.safe_load((CONTENT / "products" / "recognition.yaml").read_text()))
    pairs = [(e["vendorProject"], e["product"]) for e in document["vulnerabilities"]]
    vocabulary = vocabulary_from(curated, pairs)
    advisories, _problems = kev_advisories(document, vocabulary)
    index = InventoryIndex.from_columns(
        businesses, names, Recogniser(vocabulary, lexicon, strict=False)
    )
    for advisory in advisories:
        for match in index.matches(advisory):
            yield json.dumps({"advisory": advisory.cve, "business": match.business})


def _words(text: str) -> set[str]:
    return {
        w for w in re.findall(r"[a-z0-9+]+", text.lower()) if len(w) >= 3 and w not in COMMON_WORDS
    }


def token_baseline(
    document: dict[str, Any], businesses: list[str], names: list[list[str]]
) -> Iterator[str]:
    """The plain token matcher: any shared word between a line and an advisory's names."""
    typed = [set().union(*(_words(n) for n in lines)) if lines else set() for lines in names]
    for entry in document["vulnerabilities"]:
        words = _words(f"{entry['vendorProject']} {entry['product']}")
        for business, said in zip(businesses, typed, strict=True):
            if words & said:
                yield json.dumps({"advisory": entry["cveID"], "business": business})


def score(data: Path, lines: Iterable[str]) -> dict[str, float]:
    """Run the set's own scorer on the match lines and read its summary line."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
        out.writelines(line + "\n" for line in lines)
    try:
        result = subprocess.run(  # noqa: S603 - our interpreter, the set's own script
            [
                sys.executable,
                str(data / "score.py"),
                str(KEV),
                str(data / "expected.json"),
                out.name,
            ],
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        Path(out.name).unlink()
    found = SCORE_LINE.search(result.stdout)
    if found is None:
        raise SystemExit(f"score.py said nothing we can read: {result.stdout}{result.stderr}")
    matches = int(found["matches"])
    return {
        "recall": int(found["found"]) / int(found["total"]),
        "false_alarms": int(found["bad"]) / matches if matches else 0.0,
        "matches": matches,
        "missed": float(int(found["total"]) - int(found["found"])),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="Same run (the set is small).")
    parser.add_argument("--set", type=Path, default=None, help="A set folder like the dev one.")
    options = parser.parse_args()
    data = options.set or default_set()
    if not (data / "score.py").is_file():
        print(f"no inventories set at {data}; skipped", file=sys.stderr)
        return
    document = json.loads(KEV.read_text(encoding="utf-8"))
    businesses, names = inventories(data / "inventories.jsonl")
    case_set = data.name
    for case, matcher in (("ours", ours), ("token_baseline", token_baseline)):
        started = time.perf_counter()
        figures = score(data, matcher(document, businesses, names))
        seconds = time.perf_counter() - started
        recall_ok = figures["recall"] >= 0.95
        alarms_ok = figures["false_alarms"] <= 0.02
        emit(
            BENCH,
            f"{case_set}/{case}",
            metric="recall",
            value=figures["recall"],
            unit="share of product families",
            target=">= 0.95",
            meets=recall_ok,
        )
        emit(
            BENCH,
            f"{case_set}/{case}",
            metric="false_alarms",
            value=figures["false_alarms"],
            unit="share of matches",
            target="<= 0.02",
            meets=alarms_ok,
        )
        emit(
            BENCH,
            f"{case_set}/{case}",
            metric="matches",
            value=figures["matches"],
            unit="matches",
            target="informational",
            meets=True,
        )
        emit(
            BENCH,
            f"{case_set}/{case}",
            metric="seconds",
            value=seconds,
            unit="s",
            target="informational",
            meets=True,
        )


if __name__ == "__main__":
    main()
