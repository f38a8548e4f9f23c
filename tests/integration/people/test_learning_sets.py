"""Action learning sets: 4 to 8 members who join by code under a name they choose,
meetings that never overlap, notes per member, progress only with consent, reminders."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from smeshield.people import selectors, services
from smeshield.people.models import LearningSet, SetMeeting, SetMember
from smeshield.people.services import PeopleError
from tests.factories import (
    BusinessFactory,
    LearningSetFactory,
    MembershipFactory,
    PostcodeDistrictFactory,
    SetMemberFactory,
    UserFactory,
)
from tests.integration.healthcheck.answering import finish

pytestmark = pytest.mark.django_db


def _set_of(members: int, **kwargs: object) -> LearningSet:
    learning_set = LearningSetFactory(**kwargs)
    for _ in range(members):
        SetMemberFactory(learning_set=learning_set, business=MembershipFactory().business)
    return learning_set


def _schedule(learning_set: LearningSet, days: int = 7, hours: int = 2) -> SetMeeting:
    starts = timezone.now().replace(microsecond=0) + timedelta(days=days)
    return services.meeting_schedule(
        learning_set=learning_set,
        starts_at=starts,
        ends_at=starts + timedelta(hours=hours),
        place="Leeds Central Library",
    )


def test_a_business_joins_by_code_under_the_name_it_chose() -> None:
    learning_set = services.learning_set_create(
        name="Leeds makers", facilitator=UserFactory(role="facilitator"), sector="", area=""
    )
    business = BusinessFactory()

    member = services.learning_set_join(
        business=business,
        code=learning_set.join_code.lower(),
        display_name="  Baker  ",
        share_progress=False,
        actor=UserFactory(),
    )

    assert member.display_name == "Baker"
    with pytest.raises(PeopleError, match="already in this set"):
        services.learning_set_join(
            business=business,
            code=learning_set.join_code,
            display_name="B",
            share_progress=False,
            actor=UserFactory(),
        )


@pytest.mark.parametrize(
    ("set_fields", "message"),
    [
        ({"sector": "C"}, "another kind of business"),
        ({"area": "Cleveland"}, "another area"),
    ],
)
def test_a_set_for_a_sector_or_area_refuses_others(
    set_fields: dict[str, str], message: str
) -> None:
    learning_set = LearningSetFactory(**set_fields)
    business = BusinessFactory(sector="F", district=PostcodeDistrictFactory())

    with pytest.raises(PeopleError, match=message):
        services.learning_set_join(
            business=business,
            code=learning_set.join_code,
            display_name="X",
            share_progress=False,
            actor=UserFactory(),
        )
    assert SetMember.objects.count() == 0


def test_a_ninth_member_is_refused() -> None:
    learning_set = _set_of(8)

    with pytest.raises(PeopleError, match="full"):
        services.learning_set_join(
            business=BusinessFactory(),
            code=learning_set.join_code,
            display_name="Ninth",
            share_progress=False,
            actor=UserFactory(),
        )
    assert learning_set.members.count() == 8


def test_a_set_with_too_few_members_cannot_meet_and_nothing_is_saved() -> None:
    learning_set = _set_of(3)

    with pytest.raises(PeopleError, match=r"at least 4 members.*It has 3"):
        _schedule(learning_set)
    assert SetMeeting.objects.count() == 0


def test_meetings_a_facilitator_runs_never_overlap() -> None:
    facilitator = UserFactory(role="facilitator")
    first, second = _set_of(4, facilitator=facilitator), _set_of(4, facilitator=facilitator)
    _schedule(first, days=7, hours=2)

    with pytest.raises(PeopleError, match="overlaps another meeting"):
        _schedule(second, days=7, hours=1)
    assert SetMeeting.objects.count() == 1

    _schedule(second, days=8)  # the next day is fine
    assert SetMeeting.objects.count() == 2


def test_a_meeting_that_ends_before_it_starts_is_refused() -> None:
    learning_set = _set_of(4)
    starts = timezone.now() + timedelta(days=3)

    with pytest.raises(PeopleError, match="end after it starts"):
        services.meeting_schedule(
            learning_set=learning_set, starts_at=starts, ends_at=starts, place="Hall"
        )


def test_members_are_told_of_a_meeting_and_reminded_once_to_review(
    django_capture_on_commit_callbacks: object,
) -> None:
    learning_set = _set_of(4)
    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        meeting = _schedule(learning_set, days=2)
    owners = [m.business.memberships.get().user for m in learning_set.members.all()]
    for owner in owners:
        assert owner.notifications.filter(key=f"meeting:{meeting.pk}:{owner.pk}").exists()

    assert services.meeting_reminders() == 4
    assert services.meeting_reminders() == 0  # once each
    later = _set_of(4)
    _schedule(later, days=20)
    assert services.meeting_reminders() == 0  # not yet due


def test_notes_record_each_members_issue_commitments_and_review() -> None:
    learning_set = _set_of(4)
    meeting = _schedule(learning_set)
    member = learning_set.members.first()
    assert member is not None

    services.meeting_note_save(
        meeting=meeting,
        member=member,
        issue="Staff reuse passwords",
        commitments=["Buy a password manager", "Turn on two-step for email"],
        review="",
        review_note="",
    )
    note = services.meeting_note_save(
        meeting=meeting,
        member=member,
        issue="Staff reuse passwords",
        commitments=["Buy a password manager"],
        review="partly",
        review_note="Started",
    )

    assert meeting.notes.count() == 1
    assert note.commitments == ["Buy a password manager"]


def test_progress_shows_the_change_only_for_members_who_agreed() -> None:
    learning_set = _set_of(0)
    sharing = SetMemberFactory(
        learning_set=learning_set, business=MembershipFactory().business, share_progress=True
    )
    private = SetMemberFactory(
        learning_set=learning_set, business=MembershipFactory().business, share_progress=False
    )
    for member in (sharing, private):
        finish(member.business, {"bk.tested": ["no"], "upd.router": ["no"]})
        finish(member.business)

    rows = {row.member: row for row in selectors.progress_of(learning_set)}

    assert rows[sharing].change is not None
    assert rows[sharing].change > 0
    assert rows[private].first is None
    assert rows[private].change is None
