"""Forms for the health check: one question per page, always with "I'm not sure"."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from smeshield.domain.assessment.answers import MAX_LINE_LENGTH, MAX_OTHER_LINES
from smeshield.domain.catalog.model import NOT_SURE, Barrier, Catalogue, Question, QuestionKind
from smeshield.healthcheck.models import ActionStatus
from smeshield.healthcheck.services import SHARE_LINK_DAYS
from smeshield.kernel.forms import DayMonthYearField, GovukForm, PlainTextField

NOT_SURE_LABEL = _("I'm not sure")


class QuestionForm(GovukForm):
    """The form for one question. Field names are fixed so templates stay simple."""

    idempotency_key = forms.CharField(widget=forms.HiddenInput, max_length=64)
    catalogue_version = forms.CharField(widget=forms.HiddenInput, max_length=20)

    def __init__(self, *args: Any, question: Question, catalogue: Catalogue, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.question = question
        choices = [(option.value, _(option.label)) for option in question.options]
        choices.append((NOT_SURE, NOT_SURE_LABEL))
        self.fields["idempotency_key"].initial = uuid.uuid4().hex
        self.fields["catalogue_version"].initial = catalogue.version
        if question.kind is QuestionKind.SINGLE:
            self.fields["answer"] = forms.ChoiceField(
                label=_(question.text),
                help_text=_(question.hint) if question.hint else "",
                choices=choices,
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Select an answer, or choose “I'm not sure”"),
                    "invalid_choice": _("Select an answer from the list"),
                },
            )
        else:
            self.fields["answer"] = forms.MultipleChoiceField(
                label=_(question.text),
                help_text=_(question.hint) if question.hint else "",
                choices=choices,
                widget=forms.CheckboxSelectMultiple,
                required=question.kind is not QuestionKind.PRODUCTS,
                error_messages={
                    "required": _("Tick at least one answer, or choose “I'm not sure”"),
                    "invalid_choice": _("Select answers from the list"),
                },
            )
        if question.kind is QuestionKind.PRODUCTS:
            self.fields["other"] = PlainTextField(
                label=_("Anything else? Type one name on each line"),
                help_text=_("For example: Sage 50, BT Smart Hub, Zoom."),
                max_length=MAX_OTHER_LINES * (MAX_LINE_LENGTH + 1),
                required=False,
                widget=forms.Textarea(attrs={"rows": 4}),
                error_messages={"max_length": _("Type fewer names: at most 50 lines")},
            )

    def clean_answer(self) -> list[str]:
        value = self.cleaned_data.get("answer") or []
        return [value] if isinstance(value, str) else list(value)

    def other_lines(self) -> list[str]:
        return [
            line for line in (self.cleaned_data.get("other") or "").splitlines() if line.strip()
        ]


class ActionStatusForm(GovukForm):
    status = forms.ChoiceField(
        label=_("Where are you with this?"),
        choices=ActionStatus.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select where you are with this action")},
    )


class StuckForm(GovukForm):
    """Why an action is stuck. The answer is barrier data, and we reply with an offer."""

    barrier = forms.ChoiceField(
        label=_("What is stopping you?"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Select what is stopping you")},
    )
    note = PlainTextField(
        label=_("Tell us more (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": _("Tell us more in 1,000 characters or fewer")},
    )

    def __init__(self, *args: Any, catalogue: Catalogue, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["barrier"]
        if not isinstance(field, forms.ChoiceField):
            raise TypeError("the barrier field must be a choice field")
        field.choices = [(o.barrier.value, _(o.label)) for o in catalogue.offers]

    @property
    def chosen(self) -> Barrier:
        return Barrier(self.cleaned_data["barrier"])


class ShareLinkForm(GovukForm):
    label = PlainTextField(
        label=_("Who is this link for?"),
        help_text=_("For example: our insurer, or a customer's name."),
        max_length=100,
        error_messages={
            "required": _("Enter who the link is for"),
            "max_length": _("Who the link is for must be 100 characters or fewer"),
        },
    )
    days = forms.TypedChoiceField(
        label=_("How long should the link work?"),
        # Lazy, so each label is in the reader's language (and plural) when shown.
        choices=[
            (days, ngettext_lazy("%(days)s day", "%(days)s days", "days") % {"days": days})
            for days in SHARE_LINK_DAYS
        ],
        coerce=int,
        widget=forms.RadioSelect,
        initial=30,
        error_messages={"required": _("Select how long the link should work")},
    )


# A Cyber Essentials certificate lasts 12 months; a little slack for the day it was issued.
CERTIFICATE_LONGEST_DAYS = 400


class CertificateForm(GovukForm):
    """When the business's Cyber Essentials certificate ends, for the renewal reminder."""

    expires_on = DayMonthYearField(
        label=_("When does your Cyber Essentials certificate end?"),
        help_text=_("It is on the certificate. For example, 27 11 2027"),
    )

    def __init__(self, *args: Any, today: date, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.today = today

    def clean_expires_on(self) -> date:
        expires_on: date = self.cleaned_data["expires_on"]
        if expires_on <= self.today:
            raise forms.ValidationError(
                _("The end date must be in the future. An ended certificate needs renewing.")
            )
        if expires_on > self.today + timedelta(days=CERTIFICATE_LONGEST_DAYS):
            raise forms.ValidationError(
                _("A certificate lasts one year. Check the end date on your certificate.")
            )
        return expires_on
