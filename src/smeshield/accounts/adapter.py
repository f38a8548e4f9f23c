"""How allauth fits SME Shield: where people land, what new accounts are, and the
second factor staff use (allauth's mfa app)."""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy

from smeshield.domain.roles import Role
from smeshield.kernel import encryption
from smeshield.kernel.access import PolicyName, permits


class AccountAdapter(DefaultAccountAdapter):  # type: ignore[misc]
    def get_login_redirect_url(self, request: HttpRequest) -> str:
        return reverse("home")

    def get_signup_redirect_url(self, request: HttpRequest) -> str:
        return reverse("home")

    def save_user(self, request: HttpRequest, user: Any, form: Any, commit: bool = True) -> Any:
        """Anyone who signs up is a business person; staff are created by admins."""
        user.role = Role.BUSINESS
        return super().save_user(request, user, form, commit)

    def format_email_subject(self, subject: str) -> str:
        return f"SME Shield: {subject}"


class MFAAdapter(DefaultMFAAdapter):  # type: ignore[misc]
    """allauth's second factor, with secrets encrypted by our DATA_KEY (SECURITY.md S20).

    TOTP secrets and the recovery-code seed pass through ``encrypt``/``decrypt``, so
    they sit in the database as Fernet tokens under the same rotatable keys as every
    other sensitive field; a wrong key fails closed (``DecryptionError``).
    """

    error_messages = {  # noqa: RUF012
        **DefaultMFAAdapter.error_messages,
        "incorrect_code": gettext_lazy(
            "The code is not right. Check your authenticator app and try again"
        ),
        "cannot_delete_authenticator": gettext_lazy(
            "You cannot remove your only authenticator app or passkey"
        ),
        "unverified_email": gettext_lazy(
            "Confirm your email address before you set up two-step sign-in"
        ),
    }

    def encrypt(self, text: str) -> str:
        return encryption.encrypt(text)

    def decrypt(self, encrypted_text: str) -> str:
        return encryption.decrypt(encrypted_text)

    def get_totp_issuer(self) -> str:
        return "SME Shield"

    def can_delete_authenticator(self, authenticator: Any) -> bool:
        """Staff keep at least one authenticator app or passkey (S6); ``access`` decides."""
        return permits(PolicyName.SECOND_FACTOR_REMOVABLE, authenticator=authenticator)

    def generate_authenticator_name(self, user: Any, type: Any) -> str:  # noqa: A002
        from allauth.mfa.models import Authenticator

        count = Authenticator.objects.filter(user_id=user.pk, type=type).count()
        return gettext("Passkey %(number)s") % {"number": count + 1}
