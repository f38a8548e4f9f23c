"""Forms for people who help: the directory search, mentors, requests, sessions, sets."""

from __future__ import annotations

import re
from datetime import datetime, time
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from smeshield.content.directory import LANGUAGES as DIRECTORY_LANGUAGES
from smeshield.domain.catalog.model import Barrier, Catalogue
from smeshield.domain.incidents.playbooks import Playbooks
from smeshield.domain.organisations.sectors import SECTORS
from smeshield.kernel.forms import DayMonthYearField, GovukForm, PlainTextField
from smeshield.people.models import CheckKind, MentorKind

LANGUAGES = list(DIRECTORY_LANGUAGES)
TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
MAX_ACTIONS = 3
BAD_POSTCODE = _("Enter a real postcode, like LS6 2UE, or the first half, like LS6")


def _area_choices(catalogue: Catalogue) -> list[tuple[str, Any]]:
    return [(area.id, _(area.name)) for area in catalogue.areas if area.id != "readiness"]


def need_choices(catalogue: Catalogue, playbooks: Playbooks) -> list[tuple[str, Any]]:
    return [
        ("", _("Anything")),
        *[(f"area:{area.id}", _(area.name)) for area in catalogue.areas if area.id != "readiness"],
        *[
            (f"barrier:{b.value}", _("Stuck because of: %(b)s") % {"b": b.value.replace("_", " ")})
            for b in Barrier
            if b is not Barrier.OTHER
        ],
        *[(f"incident:{p.id}", _(p.title)) for p in playbooks.types if p.id != "other"],
    ]


class DirectorySearchForm(GovukForm):
    postcode = forms.CharField(
        label=_("Your postcode"),
        required=False,
        max_length=10,
        help_text=_("For example, LS6 2UE, or just the first half, LS6"),
        error_messages={"max_length": BAD_POSTCODE},
    )
    need = forms.ChoiceField(label=_("What do you need help with?"), required=False)
    language = forms.ChoiceField(
        label=_("Do you need help in a language other than English?"),
        required=False,
        choices=[("", _("No")), *[(x, _(x)) for x in LANGUAGES if x != "English"]],
    )

    def __init__(
        self, *args: Any, catalogue: Catalogue, playbooks: Playbooks, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        choices = need_choices(catalogue, playbooks)
        # A plan's "who can help" link names its step; list that step only, to keep the
        # list short.
        asked = str(self.data.get("need", "")) if self.is_bound else ""
        step = next((a for a in catalogue.actions if f"action:{a.id}" == asked), None)
        if step is not None:
            choices.insert(1, (asked, _("A step in your plan: %(a)s") % {"a": _(step.title)}))
        self._choices("need", choices)
        self.fields["need"].error_messages["invalid_choice"] = _("Select an option from the list")
        self.fields["language"].error_messages["invalid_choice"] = _(
            "Select a language from the list"
        )


class MentorProfileForm(GovukForm):
    kind = forms.ChoiceField(
        label=_("Are you a student or a volunteer?"),
        choices=MentorKind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select student or volunteer")},
    )
    skills = forms.MultipleChoiceField(
        label=_("What can you help with?"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Tick at least one thing you can help with")},
    )
    languages = forms.MultipleChoiceField(
        label=_("Which languages do you speak well?"),
        choices=[(x, x) for x in LANGUAGES],
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Tick at least one language")},
    )
    area = forms.ChoiceField(
        label=_("Where can you meet in person?"),
        error_messages={"required": _("Select a police force area")},
    )
    remote = forms.BooleanField(label=_("I can also help online"), required=False)
    capacity = forms.IntegerField(
        label=_("How many businesses can you help at once?"),
        min_value=1,
        max_value=5,
        error_messages={
            "required": _("Enter how many businesses, from 1 to 5"),
            "min_value": _("Enter a number from 1 to 5"),
            "max_value": _("Enter a number from 1 to 5"),
            "invalid": _("Enter a number from 1 to 5"),
        },
    )
    availability = PlainTextField(
        label=_("When are you free? (optional)"), required=False, max_length=200
    )
    accept_code = forms.BooleanField(
        label=_("I have read and accept the mentors' code of conduct"),
        error_messages={"required": _("Accept the code of conduct to mentor")},
    )

    def __init__(self, *args: Any, catalogue: Catalogue, areas: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._choices("skills", _area_choices(catalogue))
        self._choices("area", [(a, a) for a in areas])
        for field in self.fields.values():
            field.error_messages.setdefault("invalid_choice", _("Select options from the list"))


class VettingForm(GovukForm):
    identity_checked_on = DayMonthYearField(
        label=_("Identity checked on"), required=False, require_all_fields=False
    )
    check_kind = forms.ChoiceField(
        label=_("Reference or DBS"),
        choices=[("", _("Not yet")), *CheckKind.choices],
        required=False,
    )
    check_done_on = DayMonthYearField(
        label=_("Check done on"), required=False, require_all_fields=False
    )
    supervisor = forms.EmailField(
        label=_("Supervisor's email"),
        required=False,
        help_text=_("A facilitator or admin on SME Shield"),
        error_messages={"invalid": _("Enter an email address like name@example.org")},
    )
    vetting_expires_on = DayMonthYearField(
        label=_("Vetting expires on"), required=False, require_all_fields=False
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("check_kind") and not data.get("check_done_on"):
            self.add_error("check_done_on", _("Enter the date of the check"))
        return data


class HelpRequestForm(GovukForm):
    actions = forms.MultipleChoiceField(
        label=_("Which actions do you want help with? Tick up to 3"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Tick at least one action"),
            "invalid_choice": _("Select actions from your plan"),
        },
    )
    language = forms.ChoiceField(
        label=_("Do you need a mentor who speaks a language other than English? (optional)"),
        choices=[("", _("No")), *[(x, _(x)) for x in LANGUAGES if x != "English"]],
        required=False,
        error_messages={"invalid_choice": _("Select a language from the list")},
    )
    remote_ok = forms.BooleanField(
        label=_("Online meetings are fine"), required=False, initial=True
    )

    def __init__(self, *args: Any, actions: list[tuple[str, Any]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._choices("actions", actions)
        if not actions:  # no plan yet, or nothing left to do: help is still offered
            del self.fields["actions"]

    def clean_actions(self) -> list[str]:
        chosen: list[str] = self.cleaned_data["actions"]
        if len(chosen) > MAX_ACTIONS:
            raise forms.ValidationError(_("Tick 3 actions or fewer"))
        return chosen


class EndForm(GovukForm):
    reason = PlainTextField(
        label=_("Why are you ending it? (optional)"), required=False, max_length=300
    )


class SessionForm(GovukForm):
    held_on = DayMonthYearField(label=_("When did you meet?"))
    actions = forms.MultipleChoiceField(
        label=_("Which of the actions they asked about did you help with? (optional)"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        error_messages={"invalid_choice": _("Select actions from the list")},
    )
    topic = PlainTextField(
        label=_("What did you work on?"),
        max_length=200,
        error_messages={"required": _("Say what you worked on")},
    )
    hours = forms.DecimalField(
        label=_("How many hours?"),
        max_digits=4,
        decimal_places=1,
        error_messages={
            "required": _("Enter the hours, like 1.5"),
            "invalid": _("Enter the hours, like 1.5"),
        },
    )

    def __init__(self, *args: Any, actions: list[tuple[str, Any]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._choices("actions", actions)


class LearningSetForm(GovukForm):
    name = forms.CharField(
        label=_("Name of the set"), max_length=120, error_messages={"required": _("Enter a name")}
    )
    sector = forms.ChoiceField(
        label=_("Only one kind of business? (optional)"),
        choices=[("", _("Any kind")), *[(s.code, _(s.name)) for s in SECTORS]],
        required=False,
    )
    area = forms.ChoiceField(label=_("Only one area? (optional)"), required=False)

    def __init__(self, *args: Any, areas: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._choices("area", [("", _("Any area")), *[(a, a) for a in areas]])


class JoinSetForm(GovukForm):
    code = forms.CharField(
        label=_("Code from your facilitator"),
        max_length=12,
        error_messages={"required": _("Enter the code")},
    )
    display_name = forms.CharField(
        label=_("What name should the others see?"),
        help_text=_("It does not have to be your business's name."),
        max_length=40,
        error_messages={"required": _("Enter a name the others will see")},
    )
    share_progress = forms.BooleanField(
        label=_("Show the set how my health-check results change"), required=False
    )


class MeetingForm(GovukForm):
    day = DayMonthYearField(label=_("Date"))
    starts = forms.CharField(
        label=_("Starts (24-hour clock)"), help_text=_("For example, 09:30"), max_length=5
    )
    ends = forms.CharField(
        label=_("Ends (24-hour clock)"), help_text=_("For example, 11:00"), max_length=5
    )
    place = forms.CharField(
        label=_("Where"), max_length=150, error_messages={"required": _("Say where you will meet")}
    )

    def _time(self, name: str) -> time:
        match = TIME.match(self.cleaned_data[name].strip())
        if not match:
            raise forms.ValidationError(_("Enter a time like 09:30"))
        return time(int(match[1]), int(match[2]))

    def clean_starts(self) -> time:
        return self._time("starts")

    def clean_ends(self) -> time:
        return self._time("ends")

    def moments(self) -> tuple[datetime, datetime]:
        day = self.cleaned_data["day"]
        zone = timezone.get_current_timezone()
        return (
            datetime.combine(day, self.cleaned_data["starts"], tzinfo=zone),
            datetime.combine(day, self.cleaned_data["ends"], tzinfo=zone),
        )


class MeetingNoteForm(GovukForm):
    issue = PlainTextField(
        label=_("Their issue"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    commitments = PlainTextField(
        label=_("What they will do before next time (one on each line)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    review = forms.ChoiceField(
        label=_("Last time's commitments"),
        choices=[
            ("", _("Not reviewed")),
            ("done", _("Done")),
            ("partly", _("Partly done")),
            ("not-yet", _("Not yet")),
        ],
        required=False,
    )
    review_note = PlainTextField(
        label=_("Note on last time (optional)"), required=False, max_length=300
    )

    def lines(self) -> list[str]:
        return [
            line.strip() for line in self.cleaned_data["commitments"].splitlines() if line.strip()
        ]
