"""Printable PDFs with WeasyPrint (HTML and CSS we already have, Debian's Pango underneath)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.contrib.staticfiles import finders
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

# Urdu and Arabic PDFs embed the vendored Noto fonts (ADR 0064): from our own static
# files, by file path, never fetched.
PDF_FONTS = {
    "ur": ("Noto Nastaliq Urdu", "noto-nastaliq-urdu"),
    "ar": ("Noto Naskh Arabic", "noto-naskh-arabic"),
}


def pdf_font_css(language: str | None) -> SafeString:
    """@font-face rules and the body font for a language written in Arabic script."""
    if language not in PDF_FONTS:
        return mark_safe("")
    family, file = PDF_FONTS[language]
    rules = []
    for weight in (400, 700):
        found = finders.find(f"smeshield/fonts/{file}-arabic-{weight}-normal.woff2")
        if not isinstance(found, str):
            raise FileNotFoundError(f"the {family} font is missing from the static files")
        rules.append(
            f'@font-face {{ font-family: "{family}"; font-weight: {weight}; '
            f'src: url("{Path(found).as_uri()}") format("woff2"); }}'
        )
    rules.append(f'body {{ font-family: "{family}", "DejaVu Sans", Arial, sans-serif; }}')
    # Fixed text and our own file paths only: nothing a person typed.
    return mark_safe("\n".join(rules))  # noqa: S308


def render_pdf(request: HttpRequest, template: str, context: dict[str, Any]) -> bytes:
    """Render a template to PDF bytes. No network: images, styles and fonts are local."""
    from weasyprint import HTML  # imported late: it loads Pango, slow to start

    context = {**context, "pdf_font_css": pdf_font_css(get_language())}
    html = render_to_string(template, context, request=request)
    # Tagged for screen readers (PDF/UA-1); the template sets the language and title.
    document: bytes = HTML(string=html, base_url=None).write_pdf(pdf_variant="pdf/ua-1")
    return document
