"""Absolute links on ``SITE_URL``: the one address every email, PDF and share link uses.

A link built from the request's host works only where that host does (a proxy's name, the
test server, a port the demo no longer runs on); ``SITE_URL`` is the address people reach.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings


def site_link(path_or_url: str) -> str:
    """The same path, query and fragment on ``SITE_URL`` (whatever host it had before)."""
    parts = urlsplit(path_or_url)
    rest = urlunsplit(("", "", parts.path or "/", parts.query, parts.fragment))
    return str(settings.SITE_URL).rstrip("/") + rest


def site_host() -> str:
    """``SITE_URL``'s host (and port), as allauth's templates name the site's domain."""
    return urlsplit(str(settings.SITE_URL)).netloc
