"""Forms for getting help (triage, no sign-in) and for recording an incident."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from smeshield.domain.incidents.playbooks import Playbooks
from smeshield.domain.incidents.triage import TriageAnswers
from smeshield.incidents.models import HowFound
from smeshield.incidents.services import SUMMARY_MAX_LENGTH, NewIncident
from smeshield.kernel.forms import DayMonthYearField, GovukForm, PlainTextField

StrOrPromise = str | Promise
YES, NO, NOT_SURE = "yes", "no", "not-sure"
YES_NO_NOT_SURE = [(YES, _("Yes")), (NO, _("No")), (NOT_SURE, _("I'm not sure"))]
NATION_CHOICES = [
    ("england", _("England")),
    ("wales", _("Wales")),
    ("scotland", _("Scotland")),
    ("northern-ireland", _("Northern Ireland")),
]
TOLD_CHOICES = [
    ("police", _("The police or Report Fraud")),
    ("bank", _("Our bank")),
    ("insurer", _("Our insurer")),
    ("ico", _("The ICO (the data protection regulator)")),
]


def _type_choices(book: Playbooks) -> list[tuple[str, StrOrPromise]]:
    return [(p.id, _(p.title)) for p in book.types]


def _yes_no(value: str) -> bool | None:
    return {YES: True, NO: False}.get(value)


class TriageForm(GovukForm):
    """A few plain questions, sent with GET so the answers page works without sign-in or JS."""

    what = forms.MultipleChoiceField(
        label=_("What has happened? Tick all that fit"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("If none fit, leave them all blank."),
    )
    happening_now = forms.ChoiceField(
        label=_("Is it still happening now?"),
        choices=YES_NO_NOT_SURE,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select yes, no or I'm not sure")},
    )
    money_lost = forms.ChoiceField(
        label=_("Has money left your account, or been paid to someone you do not know?"),
        choices=YES_NO_NOT_SURE,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select yes, no or I'm not sure")},
    )
    personal_data = forms.ChoiceField(
        label=_("Could someone have seen or taken details about people, like customers or staff?"),
        choices=YES_NO_NOT_SURE,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select yes, no or I'm not sure")},
    )
    nation = forms.ChoiceField(
        label=_("Where is your business?"),
        choices=NATION_CHOICES,
        initial="england",
        widget=forms.RadioSelect,
        error_messages={"required": _("Select where your business is")},
    )

    def __init__(self, *args: Any, playbooks: Playbooks, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [c for c in _type_choices(playbooks) if c[0] != "other"]
        self._choices("what", choices)
        self.fields["what"].error_messages["invalid_choice"] = _("Select answers from the list")

    def answers(self) -> TriageAnswers:
        data = self.cleaned_data
        return TriageAnswers(
            what=tuple(data["what"]),
            happening_now=_yes_no(data["happening_now"]),
            money_lost=_yes_no(data["money_lost"]),
            personal_data=_yes_no(data["personal_data"]),
            nation=data["nation"],
        )


class IncidentForm(GovukForm):
    """Record an incident or a near miss. Every field the service checks has its own error."""

    near_miss = forms.ChoiceField(
        label=_("Did it cause harm?"),
        choices=[
            ("incident", _("Yes, something went wrong")),
            ("near-miss", _("No, it nearly happened but we stopped it (a near miss)")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Select whether it caused harm")},
    )
    types = forms.MultipleChoiceField(
        label=_("What happened? Tick all that fit"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Tick at least one thing that happened"),
            "invalid_choice": _("Select answers from the list"),
        },
    )
    summary = PlainTextField(
        label=_("Tell us what happened, in your own words"),
        help_text=_("Do not include passwords or card numbers."),
        max_length=SUMMARY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "required": _("Tell us what happened"),
            "max_length": _("Describe what happened in %(limit_value)d characters or fewer"),
        },
    )
    occurred_on = DayMonthYearField(
        label=_("When did it happen?"), help_text=_("For example, 27 11 2026")
    )
    discovered_on = DayMonthYearField(
        label=_("When did you find out? (optional)"),
        help_text=_("Leave blank if it was the same day"),
        required=False,
        require_all_fields=False,
    )
    how_found = forms.ChoiceField(
        label=_("How did you find out?"),
        choices=HowFound.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select how you found out")},
    )
    losses_gbp = forms.DecimalField(
        label=_("How much money did you lose, in pounds? (optional)"),
        required=False,
        max_digits=12,
        decimal_places=2,
        error_messages={
            "invalid": _("Enter money lost as a number, like 250 or 1200.50"),
            "max_digits": _("Money lost must be less than £10,000,000,000"),
            "max_decimal_places": _("Money lost can only have pence, like 12.50"),
        },
    )
    days_disrupted = forms.IntegerField(
        label=_("How many days could you not work normally? (optional)"),
        required=False,
        max_value=3650,
        error_messages={
            "invalid": _("Enter days as a whole number, like 3"),
            "max_value": _("Days of disruption must be 3650 or fewer"),
        },
    )
    told = forms.MultipleChoiceField(
        label=_("Who have you told so far? (optional)"),
        choices=TOLD_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        error_messages={"invalid_choice": _("Select answers from the list")},
    )
    crime_reference = forms.CharField(
        label=_("Crime reference number (optional)"),
        help_text=_("From Report Fraud or the police, like NFRC250112345678"),
        required=False,
        max_length=40,
        error_messages={"max_length": _("A crime reference is 40 characters or fewer")},
    )

    def __init__(self, *args: Any, playbooks: Playbooks, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._choices("types", _type_choices(playbooks))
        self.fields["losses_gbp"].widget.attrs.update({"inputmode": "decimal"})
        self.fields["days_disrupted"].widget.attrs.update({"inputmode": "numeric"})

    def record(self) -> NewIncident:
        data = self.cleaned_data
        told = set(data["told"])
        losses: Decimal | None = data["losses_gbp"]
        return NewIncident(
            near_miss=data["near_miss"] == "near-miss",
            types=tuple(data["types"]),
            summary=data["summary"],
            occurred_on=data["occurred_on"],
            discovered_on=data["discovered_on"],
            how_found=data["how_found"],
            losses_gbp=losses,
            days_disrupted=data["days_disrupted"],
            reported_police="police" in told,
            crime_reference=data["crime_reference"].strip(),
            reported_bank="bank" in told,
            reported_insurer="insurer" in told,
            reported_ico="ico" in told,
        )


class ShareForm(GovukForm):
    """Send a record to a police force: choose the force, and agree in so many words."""

    partner = forms.ChoiceField(
        label=_("Which police force?"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Select a police force"),
            "invalid_choice": _("Select a police force from the list"),
        },
    )
    agree = forms.BooleanField(
        label=_("I agree to send this record to the police force I chose"),
        error_messages={"required": _("Tick the box to agree, or go back")},
    )

    def __init__(self, *args: Any, partners: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._choices("partner", partners)
