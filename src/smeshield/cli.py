"""The ``smeshield`` command: one entry point for running and managing the service.

Each verb is a Django management command, so ``smeshield VERB --help`` explains it.
Settings default to development (``smeshield.config.settings.dev``); set
``DJANGO_SETTINGS_MODULE`` for production.
"""

from __future__ import annotations

import os
import sys

# Verbs people use, in the order ``smeshield --help`` lists them; value = command name.
VERBS: dict[str, tuple[str, str]] = {
    "demo": ("demo", "Set up the demo database and serve it (--no-serve to stop after set-up)."),
    "serve": ("serve", "Serve the web app with gunicorn on 127.0.0.1:8000 (--port to change)."),
    "worker": ("worker", "Run background tasks (--with-scheduler: and the periodic jobs)."),
    "scheduler": ("scheduler", "Queue periodic jobs (digest, reminders) when due."),
    "check": ("platform_check", "Check the installation: settings, database, data, audit chain."),
    "mail": ("mail", "Show the newest emails the demo wrote to var/mail/."),
    "healthcheck": ("healthcheck", "Print the health-check catalogue, or score an answers file."),
    "alerts": ("alerts", "Import KEV or STIX advisories, match in bulk, email the digest."),
    "population": ("population", "Generate a synthetic population of businesses (Parquet)."),
    "insights": ("insights", "Disclosure-controlled tables from a population file."),
    "incidents": ("incidents", "Export incidents as VERIS JSON, or import VERIS (e.g. VCDB)."),
    "people": ("people", "Load the support directory, match mentors, remind learning sets."),
    "audit": ("audit", "Work with the audit trail: 'audit verify' checks the hash chain."),
    "reference": ("reference", "Build or load reference data (postcode districts)."),
    "api-token": ("api_token", "Issue or revoke API tokens for partner integrations."),
    "migrate": ("migrate", "Apply database migrations."),
}


def _usage() -> str:
    lines = [
        "usage: smeshield VERB [options]",
        "",
        "SME Shield helps small businesses protect themselves from cybercrime.",
        "",
        "verbs:",
    ]
    lines += [f"  {verb:<11} {text}" for verb, (_, text) in VERBS.items()]
    lines += [
        "",
        "Run 'smeshield VERB --help' for a verb's options.",
        "Any Django management command also works, e.g. 'smeshield showmigrations'.",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "smeshield.config.settings.dev")
    if not args or args[0] in {"-h", "--help", "help"}:
        sys.stdout.write(_usage() + "\n")
        return
    verb, *rest = args
    command = VERBS.get(verb, (verb, ""))[0]
    from django.core.management import execute_from_command_line

    execute_from_command_line(["smeshield", command, *rest])


if __name__ == "__main__":
    main()
