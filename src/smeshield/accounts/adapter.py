"""How allauth fits SME Shield: where people land, what new accounts are, and the
second factor staff use (allauth's mfa app)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy

from smeshield.domain.roles import Role
from smeshield.kernel import encryption
from smeshield.kernel.access import PolicyName, permits
from smeshield.kernel.links import site_host, site_link


@dataclass(frozen=True)
class _Site:
    """What allauth's templates read as ``current_site``: ours, on SITE_URL."""

    name: str
    domain: str


def _is_link(key: str, value: object) -> bool:
    return key.endswith("_url") and isinstance(value, str) and bool(value)


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

    # Links in allauth's emails: on SITE_URL, never the request's host (which can be a
    # proxy's name or the test server's), so they work wherever the email is read.
    def get_reset_password_from_key_url(self, key: str) -> str:
        return site_link(super().get_reset_password_from_key_url(key))

    def get_email_confirmation_url(self, request: HttpRequest, emailconfirmation: Any) -> str:
        return site_link(super().get_email_confirmation_url(request, emailconfirmation))

    def send_account_already_exists_mail(self, email: str) -> None:
        """allauth's version also links to a password reset page, which a passwordless
        service does not have (building that link fails); ours links to signing in."""
        self.send_mail(
            "account/email/account_already_exists",
            email,
            {"signup_url": reverse("account_signup")},
        )

    def send_mail(self, template_prefix: str, email: str, context: dict[str, Any]) -> None:
        """Every ``*_url`` allauth passes is moved onto SITE_URL, the sign-in page is
        added (our "you already have an account" email links to it), and the site is ours."""
        on_site = {
            key: site_link(value) if _is_link(key, value) else value
            for key, value in context.items()
        }
        super().send_mail(
            template_prefix,
            email,
            {
                "login_url": site_link(reverse("account_login")),
                **on_site,
                "current_site": _Site(name=gettext("SME Shield"), domain=site_host()),
            },
        )


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
