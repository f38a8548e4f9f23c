"""People reads: the directory by place and need, mentoring for a business or a mentor,
sessions to sign off, learning sets and their members' progress."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from uuid import UUID

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _

from smeshield.businesses.models import Business, ConsentRecord
from smeshield.content.catalogues import current_catalogue
from smeshield.domain.roles import ConsentScope
from smeshield.healthcheck import selectors as healthcheck_selectors
from smeshield.healthcheck.models import Assessment
from smeshield.people.models import (
    HelpRequest,
    LearningSet,
    MeetingNote,
    MentoringSession,
    MentorProfile,
    Mentorship,
    MentorshipStatus,
    Notification,
    OrganisationKind,
    RequestStatus,
    SetMeeting,
    SetMember,
    SupportOrganisation,
)

if TYPE_CHECKING:
    from smeshield.accounts.models import User


OPEN_MENTORSHIPS = (MentorshipStatus.PROPOSED, MentorshipStatus.ACTIVE)


LANGUAGE_BARRIER = "barrier:language"


def directory(
    *, force: str = "", region: str = "", needs: Sequence[str] = (), language: str = ""
) -> list[SupportOrganisation]:
    """Entries serving this place (national ones too) and, when given, any of these needs
    (an entry tagged ``all`` or ``<kind>:all`` answers every need of that kind) and
    this language.

    "Stuck because of: language" is answered by speaking a language other than English,
    never by a tag: an organisation that helps with everything in English alone does
    not help someone for whom English is the problem."""
    english_is_hard = LANGUAGE_BARRIER in needs
    needs = [n for n in needs if n != LANGUAGE_BARRIER]
    wanted = {"all", *needs, *(f"{n.split(':', 1)[0]}:all" for n in needs)}
    found = []
    for organisation in SupportOrganisation.objects.filter(is_active=True):
        if force or region:
            serves = (
                organisation.national
                or force in organisation.police_force_areas
                or region in organisation.regions
            )
            if not serves:
                continue
        if needs and not wanted & set(organisation.needs):
            continue
        if language and language not in organisation.languages:
            continue
        if english_is_hard and not set(organisation.languages) - {"English"}:
            continue
        found.append(organisation)
    # Local help first, then national services.
    return sorted(found, key=lambda o: (o.national, o.kind, o.name))


def plan_actions(*, business: Business) -> list[Any]:
    """The actions in the business's latest finished plan (empty before any)."""
    attempt = healthcheck_selectors.latest_completed(business=business)
    if attempt is None:
        return []
    return list(healthcheck_selectors.assessment_state(attempt).plan.actions)


def needs_of(planned: list[Any]) -> list[str]:
    """The health-check areas (mentor skills) those plan actions are about; with no plan
    action chosen (no plan yet, or nothing left to do), help with any area."""
    needs = sorted({gap.requirement.area for p in planned for gap in p.gaps})
    return needs or [area.id for area in current_catalogue().areas]


def mentor_places() -> list[tuple[MentorProfile, int]]:
    """Every mentor with the places they have left (capacity less open mentorships)."""
    profiles = (
        MentorProfile.objects.select_related("user", "supervisor")
        .annotate(taken=Count("mentorships", filter=Q(mentorships__status__in=OPEN_MENTORSHIPS)))
        .order_by("created_at")
    )
    return [(p, max(0, p.capacity - p.taken)) for p in profiles]


def open_request(*, business: Business) -> HelpRequest | None:
    return HelpRequest.objects.filter(business=business, status="open").first()


def current_mentorship(*, business: Business) -> Mentorship | None:
    return (
        Mentorship.objects.filter(business=business, status__in=OPEN_MENTORSHIPS)
        .select_related("mentor__user")
        .first()
    )


def mentor_consent(mentorship: Mentorship) -> ConsentRecord | None:
    """The business's standing consent to share with this mentorship's mentor, if any."""
    return ConsentRecord.objects.filter(
        business=mentorship.business,
        scope=ConsentScope.MENTOR,
        mentor=mentorship.mentor.user,
        withdrawal__isnull=True,
    ).first()


def mentorship_is_active(mentorship: Mentorship) -> bool:
    return mentorship.status == MentorshipStatus.ACTIVE


def business_as_mentor_sees_it(mentorship: Mentorship, *, sharing: bool) -> str:
    """The business's name while it shares with its mentor (``sharing``, from
    ``PolicyName.MENTOR_SEES_PLAN``); otherwise only its area."""
    if sharing:
        return mentorship.business.name
    return _("A business in %(area)s") % {"area": mentorship.business.district.police_force_name}


def mentorships_of(*, mentor: User) -> QuerySet[Mentorship]:
    """The mentor's mentorships, each carrying whether its business consents now
    (``consented``, read in the same query: see ``mentor_consents``)."""
    return (
        Mentorship.objects.filter(mentor__user=mentor)
        .select_related("business__district", "mentor__user")
        .annotate(
            consented=Exists(
                ConsentRecord.objects.filter(
                    business=OuterRef("business"),
                    scope=ConsentScope.MENTOR,
                    mentor=OuterRef("mentor__user"),
                    withdrawal__isnull=True,
                )
            )
        )
    )


def mentor_consents(mentorship: Mentorship) -> bool:
    """Whether the business consents to share with this mentorship's mentor: the fact
    ``mentorships_of`` read with the list when there is one, else one query."""
    known = getattr(mentorship, "consented", None)
    if known is not None:
        return bool(known)
    return mentor_consent(mentorship) is not None


def sessions_to_sign_off(*, supervisor: User) -> QuerySet[MentoringSession]:
    return MentoringSession.objects.filter(
        mentorship__mentor__supervisor=supervisor, signed_off_at__isnull=True
    ).select_related("mentorship__mentor__user")


def sets_of(*, facilitator: User) -> QuerySet[LearningSet]:
    return LearningSet.objects.filter(facilitator=facilitator).prefetch_related("members")


def memberships_of(*, business: Business) -> QuerySet[SetMember]:
    return SetMember.objects.filter(business=business, left_at__isnull=True).select_related(
        "learning_set"
    )


def latest_commitments_of(*, members: Sequence[SetMember]) -> dict[Any, list[str]]:
    """``latest_commitments`` for many members in one query, by member id."""
    found: dict[Any, list[str]] = {}
    # Commitments are encrypted: the database cannot tell an empty list, so Python does.
    notes = (
        MeetingNote.objects.filter(member__in=members)
        .order_by("member_id", "-meeting__starts_at")
        .values_list("member_id", "commitments")
    )
    for member_id, commitments in notes:
        if commitments:
            found.setdefault(member_id, list(commitments))
    return found


def latest_commitments(*, member: SetMember) -> list[str]:
    """What the member said at the latest meeting they will do before the next one."""
    return latest_commitments_of(members=[member]).get(member.pk, [])


def meetings_of(*, learning_set: LearningSet) -> QuerySet[SetMeeting]:
    return learning_set.meetings.all()


@dataclass(frozen=True)
class MemberProgress:
    member: SetMember
    first: int | None  # requirements met at the first finished check
    latest: int | None
    of: int | None

    @property
    def change(self) -> int | None:
        if self.first is None or self.latest is None:
            return None
        return self.latest - self.first


def progress_of(learning_set: LearningSet) -> list[MemberProgress]:
    """Each member's health-check change — shown only for members who agreed."""
    return progress_of_sets([learning_set]).get(learning_set.pk, [])


def progress_of_sets(learning_sets: Sequence[LearningSet]) -> dict[Any, list[MemberProgress]]:
    """``progress_of`` for several sets, by set id, in two queries whatever the number of
    sets and members: the members, then the finished checks of those who share."""
    members = sorted(
        SetMember.objects.filter(learning_set__in=learning_sets, left_at__isnull=True)
        .select_related("business")
        .order_by("learning_set_id"),
        # Display names are encrypted, so they are put in order here, not by the database.
        key=lambda member: (str(member.learning_set_id), member.display_name.casefold()),
    )
    sharing = {m.business_id for m in members if m.share_progress}
    checks: dict[Any, list[tuple[int | None, int | None]]] = {}
    finished = (
        Assessment.objects.filter(business_id__in=sharing, completed_at__isnull=False)
        .order_by("business_id", "number")
        .values_list("business_id", "requirements_met", "requirements_applicable")
    )
    for business_id, met, applicable in finished:
        checks.setdefault(business_id, []).append((met, applicable))
    rows: dict[Any, list[MemberProgress]] = {s.pk: [] for s in learning_sets}
    for member in members:
        done = checks.get(member.business_id, []) if member.share_progress else []
        if not done:
            rows[member.learning_set_id].append(MemberProgress(member, None, None, None))
            continue
        rows[member.learning_set_id].append(
            MemberProgress(member, done[0][0], done[-1][0], done[-1][1])
        )
    return rows


def meetings_of_sets(learning_sets: Sequence[LearningSet]) -> dict[Any, list[SetMeeting]]:
    """Each set's meetings, by set id, in one query."""
    found: dict[Any, list[SetMeeting]] = {s.pk: [] for s in learning_sets}
    for meeting in SetMeeting.objects.filter(learning_set__in=learning_sets).order_by("starts_at"):
        found[meeting.learning_set_id].append(meeting)
    return found


def unread_notices(*, user: User) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


# --- Reads the access policy decides on ------------------------------------------------------
def mentorship_of_mentor(*, mentorship_id: object, user_id: UUID) -> Mentorship | None:
    """The person's own mentorship of an active business, with the business loaded."""
    if not isinstance(mentorship_id, UUID):
        return None
    return (
        Mentorship.objects.select_related("business__district")
        .filter(pk=mentorship_id, mentor__user_id=user_id, business__is_active=True)
        .first()
    )


def session_for_supervisor(*, session_id: object, user_id: UUID) -> MentoringSession | None:
    """A session logged by a mentor this person supervises, with the business loaded."""
    if not isinstance(session_id, UUID):
        return None
    return (
        MentoringSession.objects.select_related("mentorship__business")
        .filter(pk=session_id, mentorship__mentor__supervisor_id=user_id)
        .first()
    )


def runs_set(*, set_id: object, user_id: UUID) -> bool:
    """True when the person is the facilitator of this learning set."""
    if not isinstance(set_id, UUID):
        return False
    return LearningSet.objects.filter(pk=set_id, facilitator_id=user_id).exists()


def alert_help(*, business: Business, advisory_key: str) -> dict[str, Any] | None:
    """Who helps with an alert the business asked help with (through ``hooks.ALERT_HELP``):
    its mentor's name, or else its region's Cyber Resilience Centre while we look for one;
    where to see the request; and whether the alert joined a request already under way."""
    requests = HelpRequest.objects.filter(
        business=business, status__in=[RequestStatus.OPEN, RequestStatus.MATCHED]
    ).order_by("-created_at")
    found = next((r for r in requests if advisory_key in {a.get("key") for a in r.alerts}), None)
    if found is None:
        return None
    first_key = found.alerts[0].get("key") if found.alerts else None
    mentorship = current_mentorship(business=business)
    centre = None
    if mentorship is None and business.district_id:
        centre = next(
            (
                organisation
                for organisation in directory(
                    force=business.district.police_force_name,
                    region=business.district.region_name,
                )
                if organisation.kind == OrganisationKind.CRC and not organisation.national
            ),
            None,
        )
    return {
        "mentor": str(mentorship.mentor.user) if mentorship else "",
        "centre": centre.name if centre else "",
        "centre_url": centre.website if centre else "",
        "url": reverse("business_mentoring", kwargs={"business_id": business.pk}),
        "added": bool(found.action_ids) or first_key != advisory_key,
    }
