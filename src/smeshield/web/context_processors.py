"""Values every page template needs: the service name and the navigation for the role."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from smeshield.kernel.access import PolicyName, allows

SERVICE_NAME = "SME Shield"


def _navigation(request: HttpRequest) -> list[dict[str, Any]]:
    if getattr(request, "user", None) is None or not allows(PolicyName.SIGNED_IN, request):
        return []  # signed out, or staff before two-step sign-in: nothing to visit yet
    items = [(_("Home"), reverse("home")), (_("Your account"), reverse("account"))]
    if allows(PolicyName.ADMIN_ONLY, request):  # the link shows exactly when the page opens
        items.append((_("Audit trail"), reverse("audit_trail")))
    path = request.path
    return [{"label": label, "url": url, "active": path == url} for label, url in items]


def service(request: HttpRequest) -> dict[str, Any]:
    return {"service_name": SERVICE_NAME, "navigation": _navigation(request)}
