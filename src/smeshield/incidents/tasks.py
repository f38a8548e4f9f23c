"""Background work for incident records: the VERIS export, run by the worker.

Safe to run again (ADR 0059): each record is written to a file beside its target and
renamed over it, so a run cut short leaves only whole files, and a run again after a
worker died writes the same files and completes the export."""

from __future__ import annotations

from pathlib import Path

from django_tasks import task

from smeshield.incidents.services import veris_export


@task()
def export_veris(folder: str) -> int:
    """Write every record as VERIS 1.4.1 JSON into ``folder``; returns the files written."""
    return veris_export(folder=Path(folder)).written
