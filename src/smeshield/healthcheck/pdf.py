"""Printable PDFs with WeasyPrint (HTML and CSS we already have, Debian's Pango underneath)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.template.loader import render_to_string


def render_pdf(request: HttpRequest, template: str, context: dict[str, Any]) -> bytes:
    """Render a template to PDF bytes. No network: images and styles are inline."""
    from weasyprint import HTML  # imported late: it loads Pango, slow to start

    html = render_to_string(template, context, request=request)
    # Tagged for screen readers (PDF/UA-1); the template sets the language and title.
    document: bytes = HTML(string=html, base_url=None).write_pdf(pdf_variant="pdf/ua-1")
    return document
