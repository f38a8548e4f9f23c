"""``smeshield demo``: a ready-to-use demo on this machine, then serve it."""

from __future__ import annotations

import os
import time
from argparse import ArgumentParser
from typing import Any

from django.conf import settings
from django.core.management import call_command

from smeshield.geography.reference_files import read_districts
from smeshield.geography.services import postcode_districts_load
from smeshield.insights import datasets
from smeshield.kernel.commands import VerbCommand
from smeshield.operations.demo_population import (
    demo_alerts_ensure,
    demo_people_ensure,
    demo_population_ensure,
)


class Command(VerbCommand):
    verb = "demo"
    help = (
        "Prepare the demo: migrate the database, load reference data, create demo "
        "businesses and one account per role, then serve on http://127.0.0.1:PORT. "
        "Safe to run again: it only adds what is missing."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--no-serve", action="store_true", help="Prepare the demo and stop.")
        parser.add_argument(
            "--port", type=int, default=8000, help="Port to serve on (default 8000)."
        )

    def _step(self, text: str) -> None:
        self.stdout.write(f"  - {text}")

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.monotonic()
        # Every link in emails, PDFs and share links points at this demo's own port.
        site_url = os.environ.get("SITE_URL") or f"http://127.0.0.1:{options['port']}"
        settings.SITE_URL = site_url.rstrip("/")
        self.stdout.write("Preparing the SME Shield demo:")
        self._step("applying database migrations")
        call_command("migrate", interactive=False, verbosity=0)
        self._step("collecting static files")
        call_command("collectstatic", interactive=False, verbosity=0)
        self._step("loading reference data (postcode districts)")
        postcode_districts_load(records=read_districts())  # an upsert: safe to repeat
        self._step("creating the demo population")
        logins = demo_population_ensure()
        self._step("loading the support directory, a demo mentor and a learning set")
        demo_people_ensure()
        self._step("importing security advisories (CISA KEV) and sending the alerts that matter")
        demo_alerts_ensure()
        self._step("generating the synthetic population for the insights pages")
        datasets.synthetic(settings.INSIGHTS_SYNTHETIC_BUSINESSES, settings.INSIGHTS_SYNTHETIC_SEED)
        elapsed = time.monotonic() - started
        port = options["port"]
        mail_dir = settings.EMAIL_FILE_PATH
        self.stdout.write(self.style.SUCCESS(f"Ready in {elapsed:.1f} seconds."))
        self.stdout.write("")
        self.stdout.write(f"SME Shield: http://127.0.0.1:{port}/")
        self.stdout.write("")
        self.stdout.write("Demo sign-ins (no passwords: we email you a code):")
        for login in logins:
            self.stdout.write(f"  {login.role:<16} {login.email:<38} {login.note}")
        self.stdout.write("")
        self.stdout.write(f"Emails are written to {mail_dir}/")
        self.stdout.write("  read the newest with: uv run smeshield mail")
        self.stdout.write("Staff accounts set up an authenticator app the first time they sign in.")
        if not options["no_serve"]:
            self.stdout.write("")
            call_command("serve", port=port, with_background=True, site_url=settings.SITE_URL)
