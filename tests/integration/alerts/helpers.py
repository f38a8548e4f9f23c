"""Give a business a finished health check that lists the products we choose."""

from __future__ import annotations

from collections.abc import Sequence

from django.test import TestCase

from smeshield.businesses.models import Business
from smeshield.healthcheck.models import Assessment
from smeshield.healthcheck.services import assessment_complete, assessment_start
from tests.integration.healthcheck.answering import answer_all


def uses(business: Business, ticked: Sequence[str], typed: Sequence[str] = ()) -> Assessment:
    """Finish a health check whose products answer is ``ticked`` option values plus
    ``typed`` names, as the owner would give it."""
    member = business.memberships.select_related("user").first()
    assert member is not None
    attempt = assessment_start(business=business, actor=member.user)
    products = list(ticked) or ([] if typed else ["windows"])
    answer_all(attempt, {"profile.products": products}, {"profile.products": list(typed)})
    # The alerts app refreshes the inventory once the finished check is committed.
    with TestCase.captureOnCommitCallbacks(execute=True):
        return assessment_complete(assessment=attempt, actor=member.user)
