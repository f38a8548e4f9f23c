"""People writes leave the same trail as every other write path (issue 11.3): each change
writes one audit row naming the action, who and which business; a learning-set sharing
choice writes an append-only consent record with the words agreed to."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.utils import timezone

from smeshield.audit.models import AuditEntry
from smeshield.audit.selectors import audit_chain_problems
from smeshield.people import services
from smeshield.people.models import MentorshipStatus, ProgressSharingConsent, SetMember
from tests.factories import (
    BusinessFactory,
    HelpRequestFactory,
    LearningSetFactory,
    MembershipFactory,
    MentoringSessionFactory,
    MentorProfileFactory,
    MentorshipFactory,
    SetMeetingFactory,
    SetMemberFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def _vet() -> tuple[Any, str]:
    profile, admin = MentorProfileFactory(), UserFactory(role="admin")
    today = timezone.localdate()
    services.mentor_vet(
        profile=profile,
        vetting=services.Vetting(today, "dbs", today, None, today + timedelta(days=365)),
        actor=admin,
    )
    return admin, f"mentor:{profile.pk}"


def _ask() -> tuple[Any, str]:
    membership = MembershipFactory()
    asked = services.help_request_create(
        business=membership.business,
        action_ids=["change-router-password"],
        needs=["firewalls"],
        language="",
        remote_ok=True,
        actor=membership.user,
    )
    return membership.user, f"help_request:{asked.pk}"


def _match() -> tuple[Any, str]:
    MentorProfileFactory()
    HelpRequestFactory()
    made = services.matching_run()
    return None, f"mentorship:{made[0].pk}"


def _end() -> tuple[Any, str]:
    mentorship = MentorshipFactory(status=MentorshipStatus.ACTIVE)
    owner = MembershipFactory(business=mentorship.business).user
    services.mentorship_end(mentorship=mentorship, actor=owner, reason="done")
    return owner, f"mentorship:{mentorship.pk}"


def _log() -> tuple[Any, str]:
    mentorship = MentorshipFactory(status=MentorshipStatus.PROPOSED)
    owner = MembershipFactory(business=mentorship.business).user
    services.mentor_consent_give(mentorship=mentorship, actor=owner)
    session = services.session_log(
        mentorship=mentorship,
        held_on=timezone.localdate(),
        topic="Backups",
        action_ids=[],
        hours=Decimal(1),
        actor=mentorship.mentor.user,
    )
    return mentorship.mentor.user, f"mentoring_session:{session.pk}"


def _sign_off() -> tuple[Any, str]:
    session = MentoringSessionFactory()
    supervisor = session.mentorship.mentor.supervisor
    services.session_sign_off(session=session, actor=supervisor)
    return supervisor, f"mentoring_session:{session.pk}"


def _create_set() -> tuple[Any, str]:
    facilitator = UserFactory(role="facilitator")
    created = services.learning_set_create(name="Set", facilitator=facilitator, sector="", area="")
    return facilitator, f"learning_set:{created.pk}"


def _schedule() -> tuple[Any, str]:
    learning_set = LearningSetFactory()
    for _ in range(4):
        SetMemberFactory(learning_set=learning_set)
    starts = timezone.now() + timedelta(days=3)
    meeting = services.meeting_schedule(
        learning_set=learning_set,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        place="Library",
        actor=learning_set.facilitator,
    )
    return learning_set.facilitator, f"set_meeting:{meeting.pk}"


def _note() -> tuple[Any, str]:
    meeting = SetMeetingFactory()
    member = SetMemberFactory(learning_set=meeting.learning_set)
    note = services.meeting_note_save(
        meeting=meeting,
        member=member,
        issue="Phishing",
        commitments=["Turn on two-step"],
        review="",
        review_note="",
        actor=meeting.learning_set.facilitator,
    )
    return meeting.learning_set.facilitator, f"meeting_note:{note.pk}"


@pytest.mark.parametrize(
    ("write", "action"),
    [
        (_vet, "mentor_vetted"),
        (_ask, "help_requested"),
        (_match, "mentors_matched"),
        (_end, "mentorship_ended"),
        (_log, "mentoring_session_logged"),
        (_sign_off, "mentoring_session_signed_off"),
        (_create_set, "learning_set_created"),
        (_schedule, "meeting_scheduled"),
        (_note, "meeting_note_saved"),
    ],
    ids=lambda value: value if isinstance(value, str) else value.__name__.strip("_"),
)
def test_given_a_people_write_then_exactly_one_audit_row_names_it_and_who_did_it(
    write: Callable[[], tuple[Any, str]], action: str
) -> None:
    actor, target = write()

    rows = AuditEntry.objects.filter(action=action)
    assert [(row.target, row.actor_id) for row in rows] == [(target, actor.pk if actor else None)]
    assert audit_chain_problems() == []


def test_given_an_owner_joining_a_set_then_the_join_and_their_sharing_choice_are_recorded() -> None:
    owner = MembershipFactory().user
    business = owner.memberships.get().business
    learning_set = LearningSetFactory(name="Leeds makers")

    member = services.learning_set_join(
        business=business,
        code=learning_set.join_code,
        display_name="Baker",
        share_progress=True,
        actor=owner,
    )

    consent = ProgressSharingConsent.objects.get()
    assert (consent.member, consent.business, consent.shared, consent.chosen_by) == (
        member,
        business,
        True,
        owner,
    )
    assert consent.wording == (
        "Let the other members of Leeds makers see how my health-check results change."
    )
    actions = sorted(AuditEntry.objects.values_list("action", flat=True))
    assert actions == ["learning_set_joined", "progress_sharing_chosen"]


def test_given_a_sharing_choice_then_each_change_is_a_new_consent_record_and_repeats_are_not() -> (
    None
):
    member = SetMemberFactory(share_progress=False)
    owner = MembershipFactory(business=member.business).user

    for shared in (True, True, False):
        assert services.progress_sharing_set(
            business=member.business, member_id=member.pk, shared=shared, actor=owner
        )

    member.refresh_from_db()
    assert not member.share_progress
    history = ProgressSharingConsent.objects.order_by("chosen_at")
    assert [c.shared for c in history] == [True, False]
    assert history.last().wording.startswith("Stop letting the other members")  # type: ignore[union-attr]
    assert AuditEntry.objects.filter(action="progress_sharing_chosen").count() == 2


def test_given_a_consent_record_then_it_can_never_be_changed_or_removed() -> None:
    member = SetMemberFactory()
    owner = MembershipFactory(business=member.business).user
    services.progress_sharing_set(
        business=member.business, member_id=member.pk, shared=True, actor=owner
    )
    consent = ProgressSharingConsent.objects.get()

    consent.shared = False
    with pytest.raises(PermissionError):
        consent.save()
    with pytest.raises(PermissionError):
        ProgressSharingConsent.objects.all().delete()


def test_given_another_businesss_seat_then_the_choice_changes_nothing_and_records_nothing() -> None:
    member = SetMemberFactory(share_progress=False)
    stranger = MembershipFactory(business=BusinessFactory())

    changed = services.progress_sharing_set(
        business=stranger.business, member_id=member.pk, shared=True, actor=stranger.user
    )

    assert changed is False
    assert not SetMember.objects.get(pk=member.pk).share_progress
    assert not ProgressSharingConsent.objects.exists()
    assert not AuditEntry.objects.filter(action="progress_sharing_chosen").exists()
