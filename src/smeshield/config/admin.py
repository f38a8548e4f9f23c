"""The Django admin, for admins only, with two-factor sign-in and no login form of its own."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from smeshield.kernel.access import PolicyName, allows


class SmeShieldAdminSite(admin.AdminSite):
    """Admins only (through the access policy). Roles, not Django groups, decide access."""

    site_header = "SME Shield administration"
    site_title = "SME Shield admin"
    index_title = "Administration"
    enable_nav_sidebar = False

    def has_permission(self, request: HttpRequest) -> bool:
        return allows(PolicyName.ADMIN_ONLY, request)

    def login(self, request: HttpRequest, extra_context: Any = None) -> HttpResponse:
        """Admins sign in like everyone else: email code, then their second factor."""
        if self.has_permission(request):
            return HttpResponseRedirect(reverse("admin:index", current_app=self.name))
        return redirect_to_login(request.get_full_path())
