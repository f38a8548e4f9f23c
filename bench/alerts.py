"""Matching advisories to a million inventories: the inverted index against a naive scan.

Inventories: 1,000,000 synthetic businesses (20,000 with --quick), each naming 3-15
products as people write them ("O365", "FORTIGATE", "windows 11"), drawn with a skewed
popularity from a 2,000-identity vocabulary (the shipped one, topped up with synthetic
products). Advisories: the real CISA KEV catalogue (1,404 entries).

Cases: building the index (names normalised once per spelling), matching one advisory,
matching the whole catalogue, peak memory, and the per-advisory ratio against a naive
scan (normalise every name of every inventory) run in this process on a 10,000-inventory
sample and scaled to the full size.
"""

from __future__ import annotations

import json
import resource
import time

import numpy as np
import yaml
from harness import REPO, arguments, emit, median, percentile

from smeshield.domain.alerts.advisories import kev_advisories
from smeshield.domain.alerts.matching import Inventory, InventoryIndex, naive_matches
from smeshield.domain.products.build import vocabulary_from
from smeshield.domain.products.vocabulary import Vocabulary

BENCH = "alerts"
CONTENT = REPO / "src" / "smeshield" / "content"
IDENTITIES = 2000


def vocabulary_of(size: int) -> tuple[Vocabulary, dict[str, object]]:
    kev = json.loads((CONTENT / "kev" / "known_exploited_vulnerabilities.json").read_text())
    curated = yaml.safe_load((CONTENT / "products" / "curated.yaml").read_text())
    pairs = [(e["vendorProject"], e["product"]) for e in kev["vulnerabilities"]]
    shipped = vocabulary_from(curated, pairs)
    extra = size - len(shipped.identities)
    pairs += [(f"Vendor{n // 7}", f"Product {n}") for n in range(max(0, extra))]
    return vocabulary_from(curated, pairs), kev


def spellings(vocabulary: Vocabulary) -> tuple[list[str], np.ndarray]:
    """Ways people write each product, and how popular each spelling is."""
    names: list[str] = []
    weights: list[float] = []
    for rank, identity in enumerate(vocabulary.identities, start=1):
        forms = {identity.name, identity.name.upper(), identity.name.lower(), *identity.aliases[:4]}
        forms.add(f" {identity.product}  ")
        popularity = 1.0 / rank**0.9  # curated, common products first: they are the popular ones
        for form in sorted(forms):
            names.append(form)
            weights.append(popularity / len(forms))
    chance = np.asarray(weights)
    return names, chance / chance.sum()


def inventories(count: int, names: list[str], chance: np.ndarray, seed: int) -> list[list[str]]:
    rng = np.random.default_rng(seed)
    sizes = rng.integers(3, 16, size=count)
    picked = np.asarray(names, dtype=object)[
        rng.choice(len(names), size=int(sizes.sum()), p=chance)
    ]
    flat = picked.tolist()
    ends = np.cumsum(sizes).tolist()
    starts = [0, *ends[:-1]]
    return [flat[start:end] for start, end in zip(starts, ends, strict=True)]


def _timed(index: InventoryIndex, advisory: object) -> float:
    started = time.perf_counter()
    index.affected(advisory)  # type: ignore[arg-type]
    return time.perf_counter() - started


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    args = arguments(__doc__ or "")
    size = 20_000 if args.quick else 1_000_000
    sample_size = 2_000 if args.quick else 10_000
    vocabulary, kev = vocabulary_of(IDENTITIES)
    advisories, problems = kev_advisories(kev, vocabulary)
    if problems:
        raise SystemExit(f"the KEV catalogue did not read cleanly: {problems[0]}")
    names, chance = spellings(vocabulary)
    businesses = [f"b{n}" for n in range(size)]
    lists = inventories(size, names, chance, seed=2026)
    case = (
        f"{size:,} inventories x {len(advisories):,} KEV advisories, "
        f"{len(vocabulary.identities):,} identities"
    )

    started = time.perf_counter()
    index = InventoryIndex.from_columns(businesses, lists, vocabulary)
    build = time.perf_counter() - started
    emit(BENCH, case, metric="build_index", value=build, unit="s", target="<= 5", meets=build <= 5)

    per_advisory = []
    affected = 0
    started = time.perf_counter()
    for advisory in advisories:
        one = time.perf_counter()
        rows, _ = index.affected(advisory)
        per_advisory.append(time.perf_counter() - one)
        affected += len(rows)
    whole = time.perf_counter() - started
    one_ms = median(per_advisory) * 1000
    worst_ms = percentile(per_advisory, 0.99) * 1000
    emit(
        BENCH,
        case,
        metric="match_one_advisory_median",
        value=one_ms,
        unit="ms",
        target="<= 5",
        meets=one_ms <= 5,
    )
    emit(
        BENCH,
        case,
        metric="match_one_advisory_p99",
        value=worst_ms,
        unit="ms",
        target="report",
        meets=True,
    )
    emit(
        BENCH,
        case,
        metric="match_whole_catalogue",
        value=whole,
        unit="s",
        target="<= 10",
        meets=whole <= 10,
    )
    emit(
        BENCH,
        case,
        metric="matches_found",
        value=affected,
        unit="business-advisory pairs",
        target="report",
        meets=True,
    )

    # Baseline: a naive scan of a sample, every name normalised each time, scaled up.
    sample = [Inventory(businesses[n], tuple(lists[n])) for n in range(sample_size)]
    sample_index = InventoryIndex(sample, vocabulary)
    chosen = [
        a for a in advisories if a.targeting.identities & {"microsoft:windows", "fortinet:fortios"}
    ][:3]
    chosen += advisories[:: max(1, len(advisories) // 7)][:7]
    naive_seconds: list[float] = []
    ratios: list[float] = []
    for advisory in chosen:
        started = time.perf_counter()
        scanned = naive_matches(advisory, sample, vocabulary)
        naive_seconds.append(time.perf_counter() - started)
        if sorted(m.business for m in scanned) != sorted(
            m.business for m in sample_index.matches(advisory)
        ):  # the same answer, or the comparison means nothing
            raise SystemExit(f"index and scan disagree on {advisory.key}")
        # The same advisory on the full index, timed the same way.
        indexed = min(_timed(index, advisory) for _ in range(3))
        ratios.append(naive_seconds[-1] * (size / sample_size) / indexed)
    naive_full = median(naive_seconds) * (size / sample_size)
    ratio = median(ratios)
    emit(
        BENCH,
        case,
        metric="naive_scan_per_advisory_scaled",
        value=naive_full,
        unit="s",
        target="report",
        meets=True,
    )
    emit(
        BENCH,
        case,
        metric="ratio_vs_naive_scan",
        value=ratio,
        unit="x",
        target=">= 1000",
        meets=ratio >= 1000,
    )
    peak = peak_rss_mb()
    emit(
        BENCH,
        case,
        metric="peak_memory",
        value=peak,
        unit="MB",
        target="<= 2048",
        meets=peak <= 2048,
    )


if __name__ == "__main__":
    main()
