"""Forms for alerts: a business's answer to an alert, a partner's new alert, and curation."""

from __future__ import annotations

import unicodedata
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


class PartnerAlertWordsForm(GovukForm):
    """What businesses read in a partner's alert: written new, or corrected afterwards."""

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

    def clean_steps(self) -> list[str]:
        steps = _lines(self.cleaned_data["steps"])
        if len(steps) > MAX_STEPS:
            raise forms.ValidationError(_("Give 5 steps or fewer"))
        return steps

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


class PartnerAlertForm(PartnerAlertWordsForm):
    """An alert written by police or Cyber Resilience Centre staff, targeted precisely."""

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


class WithdrawAlertForm(GovukForm):
    reason = PlainTextField(
        label=_("Why are you withdrawing it?"),
        help_text=_("Businesses that were sent it see this, like: The warning was a false alarm"),
        min_length=10,
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": _("Say why you are withdrawing the alert"),
            "min_length": _("Reason must be 10 characters or more"),
            "max_length": _("Reason must be 300 characters or fewer"),
        },
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


MAX_PRODUCT_NAME = 120
MAX_PRODUCTS_AT_ONCE = 50


def _product_name_problem(name: str) -> str | None:
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        return str(_("has a character we cannot use (a control code). Type it again"))
    if len(name) > MAX_PRODUCT_NAME:
        return str(_("is longer than 120 characters. Shorten it"))
    return None


class ProductsAddForm(GovukForm):
    """Add one product (suggestions as you type, from a datalist) or paste several."""

    name = forms.CharField(
        label=_("Add a product or service you use"),
        help_text=_("Type its name the way you would say it, like Windows 11 laptops"),
        required=False,
        max_length=2000,
        strip=False,
        widget=forms.TextInput(attrs={"list": "product-names", "autocomplete": "off"}),
    )
    names = forms.CharField(
        label=_("Or add several, one on each line"),
        required=False,
        max_length=20000,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"max_length": _("That is too much text. Add 50 products or fewer.")},
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        single = (data.get("name") or "").strip()
        raw_lines = (data.get("names") or "").splitlines()
        if single and any(ch in single for ch in "\r\n"):
            raw_lines.insert(0, single)
            single = ""
        if single:
            problem = _product_name_problem(single)
            if problem:
                self.add_error("name", _("The product name %(problem)s.") % {"problem": problem})
        lines = [(number, line.strip()) for number, line in enumerate(raw_lines, 1) if line.strip()]
        if len(lines) > MAX_PRODUCTS_AT_ONCE:
            self.add_error(
                "names",
                _("You added %(count)d lines. Add 50 or fewer at a time.") % {"count": len(lines)},
            )
        else:
            for number, line in lines:
                problem = _product_name_problem(line)
                if problem:
                    self.add_error(
                        "names",
                        _("Line %(number)d %(problem)s.") % {"number": number, "problem": problem},
                    )
                    break
        if not single and not lines and not self.errors:
            self.add_error("name", _("Enter the name of a product or service you use"))
        data["products"] = ([single] if single else []) + [line for _number, line in lines]
        return data


class ProductRenameForm(GovukForm):
    name = forms.CharField(
        label=_("How do you write it?"),
        max_length=2000,
        strip=True,
        widget=forms.TextInput(attrs={"list": "product-names", "autocomplete": "off"}),
        error_messages={"required": _("Enter the name of the product")},
    )

    def clean_name(self) -> str:
        name: str = self.cleaned_data["name"]
        problem = _product_name_problem(name)
        if problem:
            raise forms.ValidationError(_("The product name %(problem)s.") % {"problem": problem})
        return name


NONE_OF_THESE = "none"


class ProductAnswerForm(GovukForm):
    """ "Did you mean ...?" for a name we were not sure about."""

    meaning = forms.ChoiceField(
        label=_("Did you mean one of these?"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Select what you meant, or none of these"),
            "invalid_choice": _("Select an answer from the list"),
        },
    )

    def __init__(self, *args: Any, suggestions: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._choices("meaning", [*suggestions, (NONE_OF_THESE, _("None of these"))])

    def identity_id(self) -> str:
        meaning: str = self.cleaned_data["meaning"]
        return "" if meaning == NONE_OF_THESE else meaning
