"""Mentoring: only vetted mentors with room are matched; the business's consent alone
opens its plan to the mentor; sessions, sign-off and ending; notices sent once."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone

from smeshield.businesses.models import ConsentRecord
from smeshield.domain.roles import ConsentScope, Role
from smeshield.kernel.access import PolicyName, permits
from smeshield.people import services
from smeshield.people.models import (
    HelpRequest,
    MentoringSession,
    Mentorship,
    MentorshipStatus,
    Notification,
    RequestStatus,
)
from smeshield.people.services import PeopleError
from tests.conftest import World
from tests.factories import (
    BusinessFactory,
    HelpRequestFactory,
    MembershipFactory,
    MentorProfileFactory,
    MentorshipFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def _ask(business: object, **kwargs: object) -> HelpRequest:
    owner = MembershipFactory(business=business).user
    return services.help_request_create(
        business=business,  # type: ignore[arg-type]
        action_ids=["change-router-password"],
        needs=["firewalls"],
        language=str(kwargs.get("language", "")),
        remote_ok=bool(kwargs.get("remote_ok", True)),
        actor=owner,
    )


def test_a_vetted_mentor_with_the_skill_is_matched_and_the_match_is_explained(
    django_capture_on_commit_callbacks: object,
) -> None:
    mentor = MentorProfileFactory()
    request = _ask(BusinessFactory())

    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        made = services.matching_run()

    assert [m.mentor for m in made] == [mentor]
    assert made[0].status == MentorshipStatus.PROPOSED
    assert made[0].reasons == ["knows about firewalls", "can meet in person in West Yorkshire"]
    request.refresh_from_db()
    assert request.status == RequestStatus.MATCHED
    assert Notification.objects.filter(user=mentor.user).count() == 1
    assert len(mail.outbox) == 2  # the owner and the mentor


@pytest.mark.parametrize(
    "undone",
    [
        {"identity_checked_on": None},
        {"check_done_on": None},
        {"supervisor": None},
        {"code_accepted_on": None},
        {"vetting_expires_on": timezone.localdate() - timedelta(days=1)},
    ],
    ids=["no identity check", "no reference", "no supervisor", "no code", "expired"],
)
def test_a_mentor_missing_any_vetting_check_is_never_matched(undone: dict[str, object]) -> None:
    MentorProfileFactory(**undone)
    _ask(BusinessFactory())

    assert services.matching_run() == []
    assert HelpRequest.objects.get().status == RequestStatus.OPEN


def test_a_mentor_at_capacity_is_not_matched_again() -> None:
    mentor = MentorProfileFactory(capacity=1)
    MentorshipFactory(mentor=mentor)
    _ask(BusinessFactory())

    assert services.matching_run() == []


def test_a_business_that_asks_for_a_language_gets_a_mentor_who_speaks_it() -> None:
    MentorProfileFactory(languages=["English"])
    speaker = MentorProfileFactory(languages=["English", "Urdu"])
    _ask(BusinessFactory(), language="Urdu")

    made = services.matching_run()

    assert [m.mentor for m in made] == [speaker]
    assert "speaks Urdu" in made[0].reasons


def test_a_mentor_elsewhere_only_helps_a_business_happy_to_meet_online() -> None:
    MentorProfileFactory(area="Cleveland", remote=True)
    _ask(BusinessFactory(), remote_ok=False)
    assert services.matching_run() == []

    HelpRequest.objects.update(remote_ok=True)
    assert len(services.matching_run()) == 1


def test_asking_twice_is_refused_and_keeps_the_first_request() -> None:
    business = BusinessFactory()
    _ask(business)

    with pytest.raises(PeopleError, match="already asked"):
        _ask(business)
    assert HelpRequest.objects.filter(business=business).count() == 1


def test_matching_twice_matches_nothing_twice(django_capture_on_commit_callbacks: object) -> None:
    MentorProfileFactory(capacity=5)
    _ask(BusinessFactory())

    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        services.matching_run()
        services.matching_run()

    assert Mentorship.objects.count() == 1
    assert Notification.objects.count() == 2


def test_the_mentor_sees_the_plan_only_while_the_business_consents(world: World) -> None:
    mentorship = MentorshipFactory(request=HelpRequestFactory(business=world.business_a))
    owner = world.people["member_a"]
    assert not permits(PolicyName.MENTOR_SEES_PLAN, mentorship=mentorship)

    services.mentor_consent_give(mentorship=mentorship, actor=owner)
    mentorship.refresh_from_db()
    assert mentorship.status == MentorshipStatus.ACTIVE
    assert permits(PolicyName.MENTOR_SEES_PLAN, mentorship=mentorship)

    services.mentor_consent_withdraw(mentorship=mentorship, actor=owner)
    assert not permits(PolicyName.MENTOR_SEES_PLAN, mentorship=mentorship)
    record = ConsentRecord.objects.get(business=world.business_a, scope=ConsentScope.MENTOR)
    assert record.mentor == mentorship.mentor.user
    assert record.withdrawal is not None


def test_consent_to_one_mentor_opens_nothing_to_another(world: World) -> None:
    first = MentorshipFactory(request=HelpRequestFactory(business=world.business_a))
    services.mentor_consent_give(mentorship=first, actor=world.people["member_a"])
    services.mentorship_end(mentorship=first, actor=world.people["member_a"], reason="")
    second = MentorshipFactory(request=HelpRequestFactory(business=world.business_a))
    second.status = MentorshipStatus.ACTIVE
    second.save()

    assert not permits(PolicyName.MENTOR_SEES_PLAN, mentorship=second)


def test_a_session_logged_after_consent_is_withdrawn_is_refused_and_nothing_is_saved(
    world: World,
) -> None:
    mentorship = MentorshipFactory(request=HelpRequestFactory(business=world.business_a))
    services.mentor_consent_give(mentorship=mentorship, actor=world.people["member_a"])
    services.mentor_consent_withdraw(mentorship=mentorship, actor=world.people["member_a"])

    with pytest.raises(PeopleError, match="Nothing was saved"):
        services.session_log(
            mentorship=mentorship,
            held_on=timezone.localdate(),
            topic="Backups",
            action_ids=[],
            hours=Decimal(1),
            actor=mentorship.mentor.user,
        )
    assert MentoringSession.objects.count() == 0


def test_a_logged_session_goes_to_the_supervisor_and_the_sign_off_back_to_the_mentor(
    world: World, django_capture_on_commit_callbacks: object
) -> None:
    mentorship = MentorshipFactory(request=HelpRequestFactory(business=world.business_a))
    services.mentor_consent_give(mentorship=mentorship, actor=world.people["member_a"])
    supervisor = mentorship.mentor.supervisor
    assert supervisor is not None

    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        session = services.session_log(
            mentorship=mentorship,
            held_on=timezone.localdate(),
            topic="Set up backups",
            action_ids=["change-router-password"],
            hours=Decimal("1.5"),
            actor=mentorship.mentor.user,
        )
    assert Notification.objects.filter(user=supervisor, key=f"sign-off:{session.pk}").exists()

    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        services.session_sign_off(session=session, actor=supervisor)
        services.session_sign_off(session=session, actor=supervisor)

    session.refresh_from_db()
    assert session.signed_off_by == supervisor
    assert Notification.objects.filter(user=mentorship.mentor.user).count() == 1


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("held_on", timezone.localdate() + timedelta(days=1), "today or in the past"),
        ("hours", Decimal(20), "between 0.5 and 12"),
    ],
)
def test_a_session_with_bad_details_is_refused(
    world: World, field: str, value: object, message: str
) -> None:
    mentorship = MentorshipFactory(request=HelpRequestFactory(business=world.business_a))
    services.mentor_consent_give(mentorship=mentorship, actor=world.people["member_a"])
    details: dict[str, object] = {
        "held_on": timezone.localdate(),
        "hours": Decimal(1),
        field: value,
    }

    with pytest.raises(PeopleError, match=message):
        services.session_log(
            mentorship=mentorship,
            topic="x",
            action_ids=[],
            actor=mentorship.mentor.user,
            **details,  # type: ignore[arg-type]
        )
    assert MentoringSession.objects.count() == 0


def test_either_side_ending_stops_the_sharing_and_frees_a_place(world: World) -> None:
    mentor = MentorProfileFactory(capacity=1)
    mentorship = MentorshipFactory(
        mentor=mentor, request=HelpRequestFactory(business=world.business_a)
    )
    services.mentor_consent_give(mentorship=mentorship, actor=world.people["member_a"])

    services.mentorship_end(mentorship=mentorship, actor=mentor.user, reason="Finished")

    mentorship.refresh_from_db()
    assert mentorship.status == MentorshipStatus.ENDED
    assert not permits(PolicyName.MENTOR_SEES_PLAN, mentorship=mentorship)
    with pytest.raises(PeopleError, match="ended"):
        services.mentor_consent_give(mentorship=mentorship, actor=world.people["member_a"])
    _ask(BusinessFactory())
    assert len(services.matching_run()) == 1


def test_a_notice_is_sent_once_however_often_it_is_asked_for() -> None:
    person = UserFactory(role=Role.MENTOR)

    first = services.notify(user=person, key="k:1", text="Hello", link="/mentor/")
    again = services.notify(user=person, key="k:1", text="Hello", link="/mentor/")

    assert first is not None
    assert again is None
    assert Notification.objects.filter(user=person).count() == 1
    assert len(mail.outbox) == 1
