"""A throwaway PostgreSQL cluster for the drills: made, started, stopped hard, removed.

Never the machine's own service: a data directory under /tmp and a port of its own. When
run as root, the cluster's commands run as the ``postgres`` user (initdb refuses root)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

BIN = Path(os.environ.get("DRILL_PG_BIN", "/usr/lib/postgresql/15/bin"))
PORT = int(os.environ.get("DRILL_PG_PORT", "55432"))


class Cluster:
    def __init__(self, name: str, port: int = PORT) -> None:
        self.port = port
        self.data = Path(f"/tmp/{name}-pg")  # noqa: S108 - a throwaway cluster
        self.log = Path(f"/tmp/{name}-pg.log")  # noqa: S108

    def url(self, database: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *argv: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(BIN / argv[0]), *argv[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True)  # noqa: S603

    def create(self) -> None:
        self.remove()
        self.data.mkdir(parents=True)
        if os.geteuid() == 0:
            shutil.chown(self.data, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "--auth=trust", "-U", "postgres", "-E", "UTF8")
        self.log.touch()
        if os.geteuid() == 0:
            shutil.chown(self.log, "postgres", "postgres")

    def start(self) -> float:
        """Start and wait until it accepts connections; the seconds it took."""
        started = time.monotonic()
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60",
            "-o", f"-p {self.port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=on",
            "start",
        )  # fmt: skip
        return time.monotonic() - started

    def stop_hard(self) -> None:
        """``pg_ctl stop -m immediate``: every backend killed, no checkpoint (a crash)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "stop", check=False)

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.data, ignore_errors=True)
