"""Data the product ships, and the Python that loads it (below every app).

The files (YAML, JSON, CSV) sit in the topic folders next to these modules. Each
loader reads its files once per process and hands back domain objects; none of them
touches the database, so every app may use them.
"""

from __future__ import annotations

from pathlib import Path

CONTENT_DIR = Path(__file__).resolve().parent
