"""How allauth fits SME Shield: where people land, what new accounts are."""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest
from django.urls import reverse

from smeshield.domain.roles import Role


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
