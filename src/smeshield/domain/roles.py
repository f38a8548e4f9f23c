"""Who someone is on the platform. Access rules in ``smeshield.access`` build on these."""

from __future__ import annotations

from enum import StrEnum

from smeshield.domain.reasons import Reason, ReasonCode
from smeshield.domain.wording import gettext_noop


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
    def label(self) -> str:
        """Plain words for the role."""
        return _ROLE_LABELS[self]

    @property
    def is_staff_role(self) -> bool:
        """Staff roles must use two-factor authentication before seeing business data."""
        return self is not Role.BUSINESS


_ROLE_LABELS: dict[Role, str] = {
    Role.BUSINESS: gettext_noop("Business owner or staff"),
    Role.MENTOR: gettext_noop("Mentor"),
    Role.FACILITATOR: gettext_noop("Action learning set facilitator"),
    Role.POLICE: gettext_noop("Police crime prevention officer"),
    Role.PARTNER: gettext_noop("Partner organisation staff"),
    Role.RESEARCHER: gettext_noop("Researcher"),
    Role.ADMIN: gettext_noop("Administrator"),
}

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


# What a person agrees to, for each scope (worded by smeshield.kernel.wording).
AGREE_TO_STATISTICS = ReasonCode("consent.anonymised_statistics")
AGREE_TO_PARTNER = ReasonCode("consent.named_partner", ("partner",))
AGREE_TO_MENTOR = ReasonCode("consent.mentor")


def consent_statement(scope: ConsentScope, partner: str = "") -> Reason:
    """What someone agrees to when they give this consent (``partner``: its name)."""
    if scope is ConsentScope.ANONYMISED_STATISTICS:
        return AGREE_TO_STATISTICS()
    if scope is ConsentScope.NAMED_PARTNER and partner:
        return AGREE_TO_PARTNER(partner=partner)
    return AGREE_TO_MENTOR()
