"""The base every page form builds on: GOV.UK rendering and plain error messages."""

from __future__ import annotations

from typing import Any

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Size
from django import forms
from django.utils.translation import gettext_lazy as _

HOSTILE_CONTROL_CHARACTERS = {chr(c) for c in range(32)} - {"\n", "\r", "\t"}


def govuk_helper() -> FormHelper:
    """Render fields with GOV.UK components; pages draw their own ``<form>`` tag."""
    helper = FormHelper()
    helper.form_tag = False
    helper.disable_csrf = True  # the page's <form> carries the token
    # Without a crispy Layout the sizes are used as CSS classes as they are.
    helper.label_size = Size.for_label(Size.SMALL)
    helper.legend_size = Size.for_legend(Size.SMALL)
    return helper


class GovukForm(forms.Form):
    """A form rendered with GOV.UK components by crispy-forms-gds.

    Templates render the error summary (``{% error_summary form %}``) above the
    heading and each field with ``{% crispy form %}`` inside their own ``<form>``.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper()


class PlainTextField(forms.CharField):
    """Free text: trimmed, length-limited, with control characters refused.

    Text is stored as typed and escaped when shown, so markup stays inert.
    """

    default_error_messages = {  # noqa: RUF012
        "control": _("Remove unusual characters such as control codes"),
        "null_characters_not_allowed": _("Remove unusual characters such as control codes"),
    }

    def __init__(self, *, max_length: int, **kwargs: Any) -> None:
        super().__init__(max_length=max_length, strip=True, **kwargs)

    def clean(self, value: Any) -> Any:
        cleaned = super().clean(value)
        if isinstance(cleaned, str) and any(ch in HOSTILE_CONTROL_CHARACTERS for ch in cleaned):
            raise forms.ValidationError(self.error_messages["control"], code="control")
        return cleaned
