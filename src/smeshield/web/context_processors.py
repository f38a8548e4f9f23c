"""Values every page template needs: the service name and the navigation for the role."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from smeshield.access.policy import has_second_factor

SERVICE_NAME = "SME Shield"


def _navigation(request: HttpRequest) -> list[dict[str, Any]]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return []
    if user.is_staff_role and not has_second_factor(request):
        return []  # nothing to visit until two-step sign-in is done
    items = [(_("Home"), reverse("home")), (_("Your account"), reverse("account"))]
    if user.is_staff_role and user.role == "admin":
        items.append((_("Audit trail"), reverse("audit_trail")))
    path = request.path
    return [{"label": label, "url": url, "active": path == url} for label, url in items]


def service(request: HttpRequest) -> dict[str, Any]:
    return {"service_name": SERVICE_NAME, "navigation": _navigation(request)}
