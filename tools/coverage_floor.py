"""Fail the build when line or branch coverage of src/ falls below its floor.

coverage.py's own --fail-under mixes lines and branches into one number; the floors we
hold are separate (90% of lines, 85% of branches), so this reads `coverage json` totals.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("report", type=Path, help="the file `coverage json -o` wrote")
    parser.add_argument("--lines", type=float, default=90.0, help="floor for lines, in %%")
    parser.add_argument("--branches", type=float, default=85.0, help="floor for branches, in %%")
    parser.add_argument("--worst", type=int, default=0, help="also list the N least-covered files")
    args = parser.parse_args()
    report = json.loads(args.report.read_text(encoding="utf-8"))
    totals = report["totals"]
    lines = 100 * totals["covered_lines"] / max(totals["num_statements"], 1)
    branches = 100 * totals["covered_branches"] / max(totals["num_branches"], 1)
    print(
        f"Coverage of src/: lines {lines:.1f}% ({totals['covered_lines']}/"
        f"{totals['num_statements']}), branches {branches:.1f}% ({totals['covered_branches']}/"
        f"{totals['num_branches']}); floors {args.lines:.0f}% and {args.branches:.0f}%."
    )
    if args.worst:
        files = report["files"]

        def missed(name: str) -> int:
            s = files[name]["summary"]
            return int(s["missing_lines"] + s["num_branches"] - s["covered_branches"])

        for name in sorted(files, key=missed, reverse=True)[: args.worst]:
            s = files[name]["summary"]
            print(
                f"  {name}: {s['missing_lines']} lines and "
                f"{s['num_branches'] - s['covered_branches']} branches not run"
            )
    failed = []
    if lines < args.lines:
        failed.append(f"lines {lines:.1f}% < {args.lines:.0f}%")
    if branches < args.branches:
        failed.append(f"branches {branches:.1f}% < {args.branches:.0f}%")
    if failed:
        print("Coverage below the floor: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
