"""``smeshield serve``: gunicorn with the service's WSGI app; static files by WhiteNoise."""

from __future__ import annotations

import os
import sys
from argparse import ArgumentParser
from typing import Any

from smeshield.kernel.commands import VerbCommand


class Command(VerbCommand):
    verb = "serve"
    help = "Serve SME Shield with gunicorn (loopback only unless --host is given)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--host", default="127.0.0.1", help="Address to listen on.")
        parser.add_argument("--port", type=int, default=8000, help="Port (default 8000).")
        parser.add_argument("--workers", type=int, default=3, help="Worker processes (default 3).")

    def handle(self, *args: Any, **options: Any) -> None:
        bind = f"{options['host']}:{options['port']}"
        argv = [
            sys.executable,
            "-m",
            "gunicorn",
            "smeshield.config.wsgi:application",
            "--bind",
            bind,
            "--workers",
            str(options["workers"]),
            "--no-control-socket",
            "--access-logfile",
            "-",
            "--forwarded-allow-ips",
            "127.0.0.1",
        ]
        self.stdout.write(f"Serving on http://{bind}/ (Ctrl+C to stop)")
        sys.stdout.flush()
        os.execv(sys.executable, argv)  # noqa: S606 - fixed argv, no shell
