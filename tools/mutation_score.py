"""Print the mutation score of each module `make mutation` mutated, and overall.

Reads mutmut's result files (mutants/**/*.py.meta). A mutant counts as caught when a
test failed on it (killed), it ran too long (timeout: the tests noticed something) or the
type checker refused it; it counts against the score when it survived or no test ran it.
Exit status 1 when the overall score is below --fail-under (default 0: report only).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

CAUGHT = {"killed", "timeout", "caught by type check", "segfault"}
MISSED = {"survived", "no tests"}
STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests",
          34: "skipped", 36: "timeout", 37: "caught by type check", -24: "timeout",
          24: "timeout", 152: "timeout", 255: "timeout", -11: "segfault", -9: "segfault",
          None: "not checked"}  # fmt: skip


def _status(code: int | None) -> str:
    return STATUS.get(code, "suspicious")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mutants", type=Path, default=Path("mutants"))
    parser.add_argument("--fail-under", type=float, default=0.0)
    parser.add_argument("--survivors", action="store_true", help="list every surviving mutant")
    args = parser.parse_args()
    metas = sorted(args.mutants.glob("src/**/*.py.meta"))
    if not metas:
        print("No mutmut results: run 'make mutation' first.", file=sys.stderr)
        return 2
    total: Counter[str] = Counter()
    survivors: list[str] = []
    print(f"{'module':<44} {'caught':>6} {'missed':>6} {'score':>7}")
    for meta in metas:
        module = str(meta.relative_to(args.mutants / "src")).removesuffix(".meta")
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        counts = Counter(_status(code) for code in codes.values())
        total += counts
        caught = sum(counts[s] for s in CAUGHT)
        missed = sum(counts[s] for s in MISSED)
        survivors += [name for name, code in codes.items() if _status(code) in MISSED]
        score = 100 * caught / (caught + missed) if caught + missed else 100.0
        other = {s: n for s, n in counts.items() if s not in CAUGHT | MISSED}
        note = f"  (also {other})" if other else ""
        print(f"{module:<44} {caught:>6} {missed:>6} {score:>6.1f}%{note}")
    caught = sum(total[s] for s in CAUGHT)
    missed = sum(total[s] for s in MISSED)
    overall = 100 * caught / (caught + missed) if caught + missed else 100.0
    print(f"{'overall':<44} {caught:>6} {missed:>6} {overall:>6.1f}%")
    if args.survivors:
        print("\nSurvivors (see one with: uv run mutmut show NAME):")
        for name in sorted(survivors):
            print(f"  {name}")
    if overall < args.fail_under:
        print(f"Mutation score {overall:.1f}% is below {args.fail_under}%.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
