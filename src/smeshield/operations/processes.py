"""Running the web server, the task worker and the scheduler together from one command:
one Ctrl+C (or one of them stopping) stops them all."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence

STOP_WAIT_SECONDS = 10


def smeshield(*verb: str) -> list[str]:
    """The argv that runs ``smeshield VERB ...`` with this interpreter."""
    return [sys.executable, "-m", "smeshield.cli", *verb]


def run_together(commands: Sequence[Sequence[str]], env: Mapping[str, str] | None = None) -> int:
    """Start every command; when one ends or Ctrl+C is pressed, stop the rest.
    Returns the exit code of the one that ended first (0 on Ctrl+C)."""
    environment = {**os.environ, **(env or {})}
    started = [subprocess.Popen(list(argv), env=environment) for argv in commands]  # noqa: S603
    code = 0
    try:
        while True:
            ended = [p.returncode for p in started if p.poll() is not None]
            if ended:
                code = ended[0]
                break
            time.sleep(0.5)
    except KeyboardInterrupt:  # the terminal sent SIGINT to every one of them too
        code = 0
    finally:
        for process in started:
            if process.poll() is None:
                process.terminate()
        for process in started:
            try:
                process.wait(timeout=STOP_WAIT_SECONDS)
            except subprocess.TimeoutExpired:
                process.kill()
    return code
