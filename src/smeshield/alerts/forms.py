"""Forms for alerts: a business's answer to an alert, a partner's new alert, and curation."""

from __future__ import annotations

from typing import Any

import textstat
from django import forms
from django.utils.translation import gettext_lazy as _

from smeshield.alerts.models import AdvisorySeverity, Feedback
from smeshield.alerts.services import NewPartnerAlert
from smeshield.domain.alerts.advisories import Targeting
from smeshield.domain.incidents.playbooks import Playbooks
from smeshield.domain.organisations.sectors import SECTORS
from smeshield.domain.organisations.size_bands import SizeBand
from smeshield.domain.products.vocabulary import Vocabulary
from smeshield.kernel.forms import GovukForm, PlainTextField

GRADE_CEILING = 9
MAX_STEPS = 5
SIZE_LABELS = {
    SizeBand.MICRO: _("Micro (fewer than 10 people)"),
    SizeBand.SMALL: _("Small (10 to 49 people)"),
    SizeBand.MEDIUM: _("Medium (50 to 249 people)"),
    SizeBand.LARGE: _("Large (250 people or more)"),
}


class FeedbackForm(GovukForm):
    feedback = forms.ChoiceField(
        label=_("What have you done about it?"),
        choices=Feedback.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Select what you have done"),
            "invalid_choice": _("Select an answer from the list"),
        },
    )


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class PartnerAlertForm(GovukForm):
    """An alert written by police or Cyber Resilience Centre staff, targeted precisely."""

    title = forms.CharField(
        label=_("Title"),
        help_text=_("Short and plain, like: Fake invoice emails aimed at builders"),
        max_length=90,
        error_messages={
            "required": _("Enter a title"),
            "max_length": _("Title must be 90 characters or fewer"),
        },
    )
    what = PlainTextField(
        label=_("What is happening?"),
        help_text=_("Say it as you would to a busy shop owner. Use short sentences."),
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "required": _("Say what is happening"),
            "max_length": _("What is happening must be 600 characters or fewer"),
        },
    )
    steps = PlainTextField(
        label=_("What should they do? One step on each line"),
        help_text=_("Up to 5 steps, most important first."),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "required": _("Enter at least one step"),
            "max_length": _("Steps must be 1,000 characters or fewer"),
        },
    )
    kind = forms.ChoiceField(
        label=_("What kind of threat is it?"),
        help_text=_("We move the actions that protect against it up each business's plan."),
        error_messages={
            "required": _("Select the kind of threat"),
            "invalid_choice": _("Select a kind of threat from the list"),
        },
    )
    severity = forms.ChoiceField(
        label=_("How soon must they act?"),
        choices=[
            (AdvisorySeverity.CRITICAL.value, _("Act now: email them straight away")),
            (AdvisorySeverity.HIGH.value, _("Important: include it in the weekly email")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Select how soon they must act")},
    )
    sectors = forms.MultipleChoiceField(
        label=_("Which kinds of business? (optional)"),
        help_text=_("Leave blank for all kinds."),
        choices=[(s.code, _(s.name)) for s in SECTORS],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    size_bands = forms.MultipleChoiceField(
        label=_("Which sizes? (optional)"),
        choices=[(band.value, label) for band, label in SIZE_LABELS.items()],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    police_forces = forms.MultipleChoiceField(
        label=_("Which police force areas? (optional)"),
        help_text=_("Leave blank for everywhere."),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    regions = forms.MultipleChoiceField(
        label=_("Which regions? (optional)"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    products = PlainTextField(
        label=_("Only businesses that use these products (optional)"),
        help_text=_("One product on each line, like: Microsoft 365"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(
        self,
        *args: Any,
        playbooks: Playbooks,
        vocabulary: Vocabulary,
        police_forces: list[str],
        regions: list[str],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.playbooks = playbooks
        self.vocabulary = vocabulary
        self._choices("kind", [(p.id, _(p.title)) for p in playbooks.types])
        self._choices("police_forces", [(name, name) for name in police_forces])
        self._choices("regions", [(name, name) for name in regions])
        for name in ("sectors", "size_bands", "police_forces", "regions"):
            self.fields[name].error_messages["invalid_choice"] = _("Select answers from the list")

    def clean_steps(self) -> list[str]:
        steps = _lines(self.cleaned_data["steps"])
        if len(steps) > MAX_STEPS:
            raise forms.ValidationError(_("Give 5 steps or fewer"))
        return steps

    def clean_products(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for line in _lines(self.cleaned_data["products"]):
            identity = self.vocabulary.lookup(line)
            if identity is None:
                raise forms.ValidationError(
                    _("We do not know the product “%(name)s”. Check the spelling, or leave it out.")
                    % {"name": line}
                )
            found[identity.id] = identity.name
        return found

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if "what" in data and "steps" in data:
            text = " ".join(
                [data["what"], *(s if s.endswith(".") else f"{s}." for s in data["steps"])]
            )
            grade = float(textstat.flesch_kincaid_grade(text))
            if grade > GRADE_CEILING:
                self.add_error(
                    "what",
                    _(
                        "This reads at school grade %(grade).0f. Use shorter sentences and "
                        "everyday words, so it reads at grade 9 or below."
                    )
                    % {"grade": grade},
                )
        return data

    def alert(self) -> NewPartnerAlert:
        data = self.cleaned_data
        playbook = self.playbooks.get(data["kind"])
        return NewPartnerAlert(
            title=data["title"].strip(),
            what=data["what"],
            steps=tuple(data["steps"]),
            severity=data["severity"],
            requirements=playbook.prevents if playbook else (),
            targeting=Targeting(
                identities=frozenset(data["products"]),
                sectors=frozenset(data["sectors"]),
                size_bands=frozenset(data["size_bands"]),
                regions=frozenset(data["regions"]),
                police_forces=frozenset(data["police_forces"]),
            ),
            product_names=data["products"],
        )


class ProductAliasForm(GovukForm):
    """Tie a name businesses typed to a product we know."""

    name = forms.CharField(widget=forms.HiddenInput, max_length=120)
    product = forms.CharField(
        label=_("Which product is it?"),
        help_text=_("Type the product's name as we know it, like Microsoft 365"),
        max_length=255,
        error_messages={"required": _("Enter the product it means")},
    )

    def __init__(self, *args: Any, vocabulary: Vocabulary, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.vocabulary = vocabulary

    def clean_product(self) -> str:
        text = self.cleaned_data["product"]
        identity = self.vocabulary.lookup(text) or self.vocabulary.get(text.strip())
        if identity is None:
            raise forms.ValidationError(
                _("We do not know “%(name)s”. Use a name from the product list.") % {"name": text}
            )
        return identity.id
