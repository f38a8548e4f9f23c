"""The base every page form builds on: GOV.UK rendering and plain error messages."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from crispy_forms_gds.fields import DateInputField
from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Size
from django import forms
from django.core.validators import RegexValidator
from django.utils.functional import Promise
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

    def _choices(self, name: str, choices: Sequence[tuple[str, str | Promise]]) -> None:
        """Set a choice field's choices when the form is made (they come from content)."""
        field = self.fields[name]
        assert isinstance(field, forms.ChoiceField)  # noqa: S101
        field.choices = choices


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


class DayMonthYearField(DateInputField):  # type: ignore[misc]
    """A GOV.UK date input (day, month, year) with plain, specific error messages."""

    def __init__(self, *, label: str | Promise, **kwargs: Any) -> None:
        super().__init__(label=label, **kwargs)
        self.error_messages["required"] = _("Enter the day, month and year")
        self.error_messages["incomplete"] = _("Enter the day, month and year")
        day, month, year = self.fields
        day.error_messages["incomplete"] = _("Enter the day")
        month.error_messages["incomplete"] = _("Enter the month")
        year.error_messages["incomplete"] = _("Enter the year")
        day.validators = [RegexValidator(r"^[0-9]{1,2}$", _("Enter the day as a number, like 27"))]
        month.validators = [
            RegexValidator(r"^[0-9]{1,2}$", _("Enter the month as a number, like 11"))
        ]
        year.validators = [
            RegexValidator(r"^[0-9]{4}$", _("Enter the year as 4 numbers, like 2026"))
        ]

    def compress(self, data_list: Any) -> date | None:
        try:
            compressed: date | None = super().compress(data_list)
        except forms.ValidationError:
            raise forms.ValidationError(
                _("Enter a real date, like 27 11 2026"), code="invalid"
            ) from None
        return compressed
