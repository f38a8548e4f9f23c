"""``smeshield serve``: gunicorn with the service's WSGI app; static files by WhiteNoise."""

from __future__ import annotations

import os
import sys
from argparse import ArgumentParser
from typing import Any

from smeshield.kernel.commands import VerbCommand
from smeshield.operations.processes import run_together, smeshield


class Command(VerbCommand):
    verb = "serve"
    help = "Serve SME Shield with gunicorn (loopback only unless --host is given)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--host", default="127.0.0.1", help="Address to listen on.")
        parser.add_argument("--port", type=int, default=8000, help="Port (default 8000).")
        parser.add_argument("--workers", type=int, default=3, help="Worker processes (default 3).")
        parser.add_argument(
            "--with-background",
            action="store_true",
            help="Also run the task worker and the scheduler; Ctrl+C stops all three.",
        )
        parser.add_argument("--site-url", default="", help="SITE_URL for the processes started.")

    def handle(self, *args: Any, **options: Any) -> None:
        bind = f"{options['host']}:{options['port']}"
        argv = gunicorn_argv(bind=bind, workers=options["workers"])
        env = {"SITE_URL": options["site_url"]} if options["site_url"] else {}
        if options["with_background"]:
            self.stdout.write(
                f"Serving on http://{bind}/ with the task worker and the scheduler "
                "(Ctrl+C stops all three)"
            )
            sys.stdout.flush()
            code = run_together([argv, smeshield("worker"), smeshield("scheduler")], env=env)
            raise SystemExit(code)
        self.stdout.write(f"Serving on http://{bind}/ (Ctrl+C to stop)")
        sys.stdout.flush()
        os.environ.update(env)
        os.execv(sys.executable, argv)  # noqa: S606 - fixed argv, no shell


def gunicorn_argv(*, bind: str, workers: int) -> list[str]:
    """The gunicorn command line: access log to stdout, with tokens redacted."""
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "smeshield.config.wsgi:application",
        "--bind",
        bind,
        "--workers",
        str(workers),
        "--no-control-socket",
        # The first request imports the analytics libraries: slow on a busy machine.
        "--timeout",
        "120",
        "--access-logfile",
        "-",
        "--logger-class",
        "smeshield.config.access_log.RedactingLogger",
        "--forwarded-allow-ips",
        "127.0.0.1",
    ]
