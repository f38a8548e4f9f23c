"""How many examples a property test tries.

All of them in `make test`. Under `make mutation` (which sets SMESHIELD_MUTATION) every
mutant runs the tests that cover it again, so a fifth of them (at least 10) keeps the run
within its 30 minutes (ADR 0031); a mutant the rules notice fails in the first few anyway."""

from __future__ import annotations

import os


def examples(count: int) -> int:
    if os.environ.get("SMESHIELD_MUTATION"):
        return max(10, count // 5)
    return count
