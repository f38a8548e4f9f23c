"""Template helpers for the second-factor pages (allauth's views, our templates)."""

from __future__ import annotations

from django import template

from smeshield.accounts import selectors
from smeshield.accounts.models import User

register = template.Library()


@register.filter
def recovery_codes_left(user: User) -> int:
    return selectors.recovery_codes_left(user=user)
