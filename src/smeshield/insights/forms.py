"""Filters for the insights pages (sent with GET, so a view can be bookmarked)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from smeshield.domain.insights.aggregate import DIMENSIONS, MEASURES
from smeshield.domain.insights.population import BARRIERS, CONTROLS, PERIODS
from smeshield.domain.organisations.sectors import SECTORS
from smeshield.insights.presenters import SIZE_NAMES
from smeshield.kernel.forms import GovukForm

ANY = [("", _("Any"))]
MAX_DIMENSIONS = 3


class FilterForm(GovukForm):
    area = forms.ChoiceField(label=_("Police force area"), required=False)
    sector = forms.ChoiceField(
        label=_("Kind of business"),
        required=False,
        choices=[*ANY, *[(s.code, _(s.name)) for s in SECTORS]],
    )
    size_band = forms.ChoiceField(
        label=_("Size"), required=False, choices=[*ANY, *[(k, _(v)) for k, v in SIZE_NAMES.items()]]
    )
    urban_rural = forms.ChoiceField(
        label=_("Town or countryside"),
        required=False,
        choices=[*ANY, ("urban", _("Towns and cities")), ("rural", _("Countryside"))],
    )
    period = forms.ChoiceField(
        label=_("Quarter"), required=False, choices=[*ANY, *[(p, p) for p in PERIODS]]
    )

    def __init__(self, *args: Any, areas: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._choices("area", [("", _("England and Wales, and beyond")), *[(a, a) for a in areas]])
        for field in self.fields.values():
            field.error_messages["invalid_choice"] = _("Select an option from the list")

    def filters(self) -> dict[str, str]:
        """The chosen filters (not the area), without the empty ones."""
        return {
            name: value for name, value in self.cleaned_data.items() if name != "area" and value
        }


MEASURE_CHOICES = [
    *[(m.name, _(m.label)) for m in MEASURES.values()],
    *[(f"ctl_{c}", _("Has control: %(c)s") % {"c": c.replace("_", " ")}) for c in CONTROLS],
    *[(f"barrier_{b}", _("Stopped by: %(b)s") % {"b": b.replace("_", " ")}) for b in BARRIERS],
]


class ExtractForm(FilterForm):
    """A researcher's extract: a controlled table by up to three dimensions."""

    by = forms.MultipleChoiceField(
        label=_("Break down by (up to 3)"),
        choices=[(d, d.replace("_", " ")) for d in DIMENSIONS],
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Choose at least one way to break the figures down"),
            "invalid_choice": _("Select options from the list"),
        },
    )
    measure = forms.ChoiceField(
        label=_("Figure"),
        choices=MEASURE_CHOICES,
        initial="had_incident",
        error_messages={"invalid_choice": _("Select a figure from the list")},
    )
    format = forms.ChoiceField(
        label=_("File type"),
        choices=[("csv", _("CSV (spreadsheet)")), ("parquet", _("Parquet (for R or Python)"))],
        initial="csv",
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a file type")},
    )

    def clean_by(self) -> list[str]:
        chosen: list[str] = self.cleaned_data["by"]
        if len(chosen) > MAX_DIMENSIONS:
            raise forms.ValidationError(_("Choose 3 or fewer ways to break the figures down"))
        return chosen

    def filters(self) -> dict[str, str]:
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in {"area", "by", "measure", "format"} and value
        }
