"""``{{ something.reason|reason }}``: a reason (or one stored as JSON) in the reader's language.

Loaded as a template builtin, so every page, email and PDF template can use it.
"""

from __future__ import annotations

from django import template

from smeshield.domain.reasons import Reason
from smeshield.kernel.wording import render, render_stored

register = template.Library()


@register.filter(name="reason")
def reason_filter(value: object) -> str:
    if isinstance(value, Reason):
        return render(value)
    return render_stored(value)


@register.filter(name="reasons")
def reasons_filter(values: object, separator: str = "; ") -> str:
    """Several reasons in words, joined (``{{ item.reasons|reasons }}``)."""
    return separator.join(reason_filter(v) for v in values)  # type: ignore[attr-defined]
