"""Compiling the message catalogues: each ``django.po`` to the ``django.mo`` gettext reads.

The ``.mo`` files are built, not committed (ADR 0063): ``make install`` (so ``make demo``
and ``make test``) and the test suite's start compile every catalogue whose ``.mo`` is
missing or older than its ``.po``, with GNU gettext's ``msgfmt --check``. Run by hand:
``python -m smeshield.kernel.message_catalogues``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

LOCALE_DIR = Path(__file__).resolve().parents[1] / "locale"


class CompileError(RuntimeError):
    """msgfmt is missing, or refused a catalogue."""


def stale_catalogues(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    """The ``.po`` files whose ``.mo`` is missing or older than them."""
    stale = []
    for po in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            stale.append(po)
    return stale


def compile_catalogues(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    """Compile every stale catalogue; returns the ``.mo`` files written."""
    stale = stale_catalogues(locale_dir)
    if not stale:
        return []
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        raise CompileError("msgfmt not found: install GNU gettext (apt-get install gettext)")
    written = []
    for po in stale:
        mo = po.with_suffix(".mo")
        done = subprocess.run(  # noqa: S603 - a fixed tool on our own catalogue files
            [msgfmt, "--check", "-o", str(mo), str(po)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise CompileError(f"msgfmt refused {po}:\n{done.stderr}")
        written.append(mo)
    return written


def main() -> None:
    try:
        written = compile_catalogues()
    except CompileError as error:
        sys.stderr.write(f"{error}\n")
        raise SystemExit(1) from error
    for mo in written:
        sys.stdout.write(f"compiled {mo.relative_to(LOCALE_DIR.parent)}\n")


if __name__ == "__main__":
    main()
