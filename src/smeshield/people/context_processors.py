"""The count of new notices, for the navigation's "Notices" link."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from smeshield.kernel.access import PolicyName, allows, signed_in_user
from smeshield.people.selectors import unread_notices


def notices(request: HttpRequest) -> dict[str, Any]:
    if getattr(request, "user", None) is None or not allows(PolicyName.SIGNED_IN, request):
        return {}  # signed out, or staff before two-step sign-in
    return {"notices_link": True, "unread_notices": unread_notices(user=signed_in_user(request))}
