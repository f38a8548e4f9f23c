"""Sign-up, sign-in and second-factor forms, in plain words with GOV.UK errors."""

from __future__ import annotations

from typing import Any

from allauth.account import forms as allauth_forms
from django import forms
from django.utils.translation import gettext_lazy as _

from smeshield.kernel.forms import GovukForm, govuk_helper


class _EmailFieldMixin:
    def _tidy_email_field(self) -> None:
        field = self.fields["email"]  # type: ignore[attr-defined]
        field.label = _("Email address")
        field.help_text = _("We will send a code to this address.")
        field.widget.attrs = {"autocomplete": "email", "spellcheck": "false", "type": "email"}
        field.error_messages = {
            "required": _("Enter your email address"),
            "invalid": _("Enter an email address in the right format, like name@example.com"),
        }


class SignUpForm(_EmailFieldMixin, allauth_forms.SignupForm):  # type: ignore[misc]
    """Create an account with just an email address: no password to remember."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._tidy_email_field()
        self.helper = govuk_helper()


class RequestCodeForm(_EmailFieldMixin, allauth_forms.RequestLoginCodeForm):  # type: ignore[misc]
    """Ask for a sign-in code by email."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._tidy_email_field()
        self.helper = govuk_helper()


def _tidy_code_field(form: forms.Form) -> None:
    field = form.fields["code"]
    field.label = _("Code")
    field.help_text = _("The code is in the email we just sent you.")
    field.widget.attrs = {
        "autocomplete": "one-time-code",
        "spellcheck": "false",
        "autocapitalize": "characters",
        "class": "govuk-input--width-10",
    }
    field.error_messages = {"required": _("Enter the code from the email")}


class ConfirmCodeForm(allauth_forms.ConfirmLoginCodeForm):  # type: ignore[misc]
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _tidy_code_field(self)
        self.helper = govuk_helper()


class ConfirmEmailCodeForm(allauth_forms.ConfirmEmailVerificationCodeForm):  # type: ignore[misc]
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _tidy_code_field(self)
        self.helper = govuk_helper()


class TwoFactorCodeForm(GovukForm):
    """A code from the authenticator app, or a recovery code."""

    code = forms.CharField(
        label=_("Code"),
        max_length=20,
        error_messages={"required": _("Enter the 6-digit code from your authenticator app")},
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "spellcheck": "false",
                "class": "govuk-input--width-10",
            }
        ),
    )

    def __init__(self, *args: Any, help_text: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["code"].help_text = help_text
