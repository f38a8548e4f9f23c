"""Sign-up, sign-in and second-factor forms, in plain words with GOV.UK errors."""

from __future__ import annotations

from typing import Any

from allauth.account import forms as allauth_forms
from allauth.mfa.base import forms as mfa_forms
from allauth.mfa.totp import forms as totp_forms
from allauth.mfa.webauthn import forms as webauthn_forms
from django import forms
from django.utils.translation import gettext_lazy as _

from smeshield.kernel.forms import govuk_helper


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


def _tidy_second_factor_code(form: forms.Form, help_text: Any) -> None:
    field = form.fields["code"]
    field.label = _("Code")
    field.help_text = help_text
    field.widget.attrs = {
        "autocomplete": "one-time-code",
        "spellcheck": "false",
        "inputmode": "text",
        "class": "govuk-input--width-10",
    }
    field.error_messages = {"required": _("Enter the code from your authenticator app")}


class _HashedRecoveryCodesMixin:
    """Accept, once each, recovery codes kept as salted hashes (see services)."""

    user: Any
    cleaned_data: dict[str, Any]
    authenticator: Any

    def clean_code(self) -> str:
        from allauth.mfa.base.internal.flows import check_rate_limit

        from smeshield.accounts.services import looks_like_recovery_code, recovery_code_use

        code = self.cleaned_data["code"]
        if looks_like_recovery_code(code):
            clear_rate_limit = check_rate_limit(self.user)
            authenticator = recovery_code_use(user=self.user, code=code)
            if authenticator is not None:
                authenticator.user = self.user
                self.authenticator = authenticator
                clear_rate_limit()
                return str(code)
        return str(super().clean_code())  # type: ignore[misc]


class MFAAuthenticateForm(_HashedRecoveryCodesMixin, mfa_forms.AuthenticateForm):  # type: ignore[misc]
    """The second step of signing in: a code from the app, or a recovery code."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _tidy_second_factor_code(
            self, _("Type the 6-digit code from your authenticator app, or a recovery code.")
        )
        self.helper = govuk_helper()


class MFAReauthenticateForm(_HashedRecoveryCodesMixin, mfa_forms.ReauthenticateForm):  # type: ignore[misc]
    """Prove the second factor again in a session that has not proved it yet."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _tidy_second_factor_code(
            self, _("Type the 6-digit code from your authenticator app, or a recovery code.")
        )
        self.helper = govuk_helper()


class ActivateTOTPForm(totp_forms.ActivateTOTPForm):  # type: ignore[misc]
    """Set up an authenticator app by typing the code it shows."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _tidy_second_factor_code(self, _("Type the 6-digit code the app shows."))
        self.helper = govuk_helper()


class AddWebAuthnForm(webauthn_forms.AddWebAuthnForm):  # type: ignore[misc]
    """Name a new passkey; the browser makes the key itself."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["name"]
        field.label = _("Name for this passkey")
        field.help_text = _("So you can tell your passkeys apart, like 'work laptop'.")
        field.max_length = 100
        field.widget.attrs = {"autocomplete": "off", "spellcheck": "false", "maxlength": "100"}
        self.fields["credential"].error_messages = {
            "required": _("Your browser did not make a passkey. Try again")
        }
        self.helper = govuk_helper()


class PasskeyRenameForm(forms.Form):
    """A new name for one of your passkeys."""

    name = forms.CharField(
        label=_("Name for this passkey"),
        help_text=_("So you can tell your passkeys apart, like 'work laptop'."),
        max_length=100,
        error_messages={
            "required": _("Enter a name for the passkey"),
            "max_length": _("Name must be 100 characters or fewer"),
        },
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper()

    def clean_name(self) -> str:
        name = " ".join(str(self.cleaned_data["name"]).split())
        if not name:
            raise forms.ValidationError(_("Enter a name for the passkey"), code="required")
        return name


class PasskeyRemoveForm(forms.Form):
    """Confirm removing a passkey; refused for a staff member's last second factor."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper()

    def refuse_last_factor(self) -> None:
        self.add_error(
            None,
            _(
                "You cannot remove your only authenticator app or passkey. "
                "Set up another passkey or an authenticator app first"
            ),
        )
