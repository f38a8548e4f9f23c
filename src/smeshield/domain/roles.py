"""Who someone is on the platform. Access rules in ``smeshield.access`` build on these."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """A person's role. Business people belong to businesses; the rest are staff."""

    BUSINESS = "business"
    MENTOR = "mentor"
    FACILITATOR = "facilitator"
    POLICE = "police"
    PARTNER = "partner"
    RESEARCHER = "researcher"
    ADMIN = "admin"

    @property
    def is_staff_role(self) -> bool:
        """Staff roles must use two-factor authentication before seeing business data."""
        return self is not Role.BUSINESS


STAFF_ROLES: frozenset[Role] = frozenset(role for role in Role if role.is_staff_role)


class BusinessRole(StrEnum):
    """A person's role inside one business."""

    OWNER = "owner"
    STAFF = "staff"


class ConsentScope(StrEnum):
    """What a business agrees to share, and with whom."""

    ANONYMISED_STATISTICS = "anonymised_statistics"
    NAMED_PARTNER = "named_partner"
    MENTOR = "mentor"
