"""What works on live records: only businesses that agreed to anonymised statistics and
finished two health checks; helped means a mentor who logged a session, or a set."""

from __future__ import annotations

import pytest

from smeshield.businesses.services import consent_withdraw
from smeshield.people.outcomes import live_journeys
from tests.factories import (
    ConsentFactory,
    HelpRequestFactory,
    MembershipFactory,
    MentoringSessionFactory,
    MentorshipFactory,
    SetMemberFactory,
)
from tests.integration.healthcheck.answering import finish

pytestmark = pytest.mark.django_db

GAPS = {"bk.tested": ["no"], "upd.router": ["no"]}


def _business(*, consents: bool = True, checks: int = 2) -> object:
    business = MembershipFactory().business
    if consents:
        ConsentFactory(business=business)
    if checks:
        finish(business, GAPS)
    for _ in range(checks - 1):
        finish(business)
    return business


def test_only_consenting_businesses_with_two_checks_count_and_help_is_told_apart() -> None:
    mentored = _business()
    MentoringSessionFactory(
        mentorship=MentorshipFactory(request=HelpRequestFactory(business=mentored), status="active")
    )
    in_a_set = _business()
    SetMemberFactory(business=in_a_set)
    matched_but_never_met = _business()
    MentorshipFactory(request=HelpRequestFactory(business=matched_but_never_met))
    _business(consents=False)
    _business(checks=1)
    withdrawn = _business()
    consent_withdraw(
        consent=withdrawn.consents.get(),  # type: ignore[attr-defined]
        actor=withdrawn.memberships.get().user,  # type: ignore[attr-defined]
    )

    journeys = live_journeys()

    assert len(journeys) == 3
    assert sorted(j.helped for j in journeys) == [False, True, True]
    for journey in journeys:
        assert journey.start < 100
        assert journey.change > 0
