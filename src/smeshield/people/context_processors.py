"""The count of new notices, for the navigation's "Notices" link."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from smeshield.access.policy import has_second_factor
from smeshield.people.selectors import unread_notices


def notices(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    if user.is_staff_role and not has_second_factor(request):
        return {}
    return {"notices_link": True, "unread_notices": unread_notices(user=user)}
