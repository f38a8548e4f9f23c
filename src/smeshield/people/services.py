"""People writes: the directory, mentors and vetting, requests and matching, consent to a
mentor, sessions and sign-off, learning sets and meetings, and notifications.

Every change to the record runs in one transaction and writes one audit row per change
(ADR 0026). Notifications are not audited: they are messages, sent once per key.
"""

from __future__ import annotations

import functools
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from smeshield.audit.models import AuditAction
from smeshield.audit.services import audit_record
from smeshield.businesses.models import Business, ConsentRecord
from smeshield.businesses.selectors import active_members
from smeshield.businesses.services import consent_grant, consent_withdraw
from smeshield.content.catalogues import current_catalogue
from smeshield.content.directory import DIRECTORY, directory_entries
from smeshield.domain.mentoring import matching
from smeshield.domain.reasons import Reason
from smeshield.domain.roles import ConsentScope
from smeshield.kernel.access import PolicyName, permits
from smeshield.kernel.languages import in_language
from smeshield.kernel.wording import moment
from smeshield.people import notices, selectors
from smeshield.people.models import (
    HelpRequest,
    LearningSet,
    MeetingNote,
    MentoringSession,
    MentorProfile,
    Mentorship,
    MentorshipStatus,
    Notification,
    ProgressSharingConsent,
    RequestStatus,
    SetMeeting,
    SetMember,
    SupportOrganisation,
)

if TYPE_CHECKING:
    from uuid import UUID

    from django.http import HttpRequest

    from smeshield.accounts.models import User

SET_MIN, SET_MAX = 4, 8
REMIND_WITHIN = timedelta(days=3)


class PeopleError(ValueError):
    """A request that cannot be carried out; ``field`` names what to fix."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


# --- Notifications ------------------------------------------------------------------------


def notify(
    *,
    user: User,
    key: str,
    message: Reason,
    url_name: str = "",
    url_kwargs: dict[str, str] | None = None,
) -> Notification | None:
    """An in-app notice and an email, once per key (a retried task sends nothing more).

    The notice keeps the message's code and parameters and the page's URL name, so it is
    worded (and linked) when it is shown, in the reader's language."""
    try:
        with transaction.atomic():
            notice = Notification.objects.create(
                user=user,
                key=key[:200],
                message=message.as_json(),
                url_name=url_name,
                url_kwargs=url_kwargs or {},
            )
    except IntegrityError:
        return None
    with in_language(user.language):
        text = notice.text
    send_mail(
        subject=text[:120],
        message=f"{text}\n\n{settings.SITE_URL}{notice.link}\n",
        from_email=None,
        recipient_list=[user.email],
    )
    Notification.objects.filter(pk=notice.pk).update(emailed_at=timezone.now())
    return notice


@transaction.atomic
def notices_mark_read(*, user: User) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )


# --- Directory --------------------------------------------------------------------------------


@transaction.atomic
def directory_load(path: Path = DIRECTORY) -> int:
    """Load the shipped directory (adds and updates by name; admins' later edits to an
    entry's verification are kept)."""
    entries = directory_entries(path)
    for entry in entries:
        # The check fields are set only when an entry is new: an admin's own check stays.
        SupportOrganisation.objects.update_or_create(
            name=entry.name,
            defaults=entry.described,
            create_defaults={
                **entry.described,
                "verified_by": entry.verified_by,
                "verified_on": entry.verified_on,
                "review_by": entry.review_by,
            },
        )
    audit_record(
        action=AuditAction.DIRECTORY_LOADED,
        target=f"directory:{path.name}",
        data={"organisations": len(entries)},
    )
    return len(entries)


# --- Mentors ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MentorDetails:
    kind: str
    skills: list[str]
    languages: list[str]
    area: str
    remote: bool
    capacity: int
    availability: str
    accept_code: bool


@transaction.atomic
def mentor_register(*, user: User, details: MentorDetails) -> MentorProfile:
    """Create or update a mentor's own details; vetting is an admin's job. Capacity cannot
    drop below the businesses the mentor already helps."""
    existing = MentorProfile.objects.select_for_update().filter(user=user).first()
    helping = (
        existing.mentorships.filter(status__in=selectors.OPEN_MENTORSHIPS).count()
        if existing
        else 0
    )
    if details.capacity < helping:
        raise PeopleError(
            "capacity",
            _(
                "You help %(count)d businesses now. Enter %(count)d or more, "
                "or end a mentoring first."
            )
            % {"count": helping},
        )
    profile, _created = MentorProfile.objects.get_or_create(
        user=user,
        defaults={"kind": details.kind, "area": details.area},
    )
    profile.kind = details.kind
    profile.skills = details.skills
    profile.languages = details.languages
    profile.area = details.area
    profile.remote = details.remote
    profile.capacity = details.capacity
    profile.availability = details.availability
    if details.accept_code and not profile.code_accepted_on:
        profile.code_accepted_on = timezone.localdate()
    profile.save()
    audit_record(
        action=AuditAction.MENTOR_REGISTERED,
        actor=user,
        target=f"mentor:{profile.pk}",
        data={"new": existing is None, "capacity": profile.capacity, "area": profile.area},
    )
    return profile


@dataclass(frozen=True)
class Vetting:
    identity_checked_on: date | None
    check_kind: str
    check_done_on: date | None
    supervisor: User | None
    vetting_expires_on: date | None


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


@transaction.atomic
def mentor_vet(
    *,
    profile: MentorProfile,
    vetting: Vetting,
    actor: User,
    request: HttpRequest | None = None,
) -> MentorProfile:
    """An admin records the mentor's checks; the audit row says which checks, by whom."""
    profile = MentorProfile.objects.select_for_update().get(pk=profile.pk)
    profile.identity_checked_on = vetting.identity_checked_on
    profile.identity_checked_by = actor if vetting.identity_checked_on else None
    profile.check_kind = vetting.check_kind
    profile.check_done_on = vetting.check_done_on
    profile.supervisor = vetting.supervisor
    profile.vetting_expires_on = vetting.vetting_expires_on
    profile.save()
    audit_record(
        action=AuditAction.MENTOR_VETTED,
        actor=actor,
        target=f"mentor:{profile.pk}",
        request=request,
        data={
            "identity_checked_on": _day(vetting.identity_checked_on),
            "check_kind": vetting.check_kind,
            "check_done_on": _day(vetting.check_done_on),
            "supervisor": str(vetting.supervisor.pk) if vetting.supervisor else None,
            "vetting_expires_on": _day(vetting.vetting_expires_on),
        },
    )
    return profile


# --- Requests and matching -------------------------------------------------------------------


def _already_asked() -> PeopleError:
    return PeopleError(
        "action_ids", _("You already asked for a mentor. We will tell you when we find one.")
    )


@transaction.atomic
def help_request_create(
    *,
    business: Business,
    action_ids: list[str],
    needs: list[str],
    language: str,
    remote_ok: bool,
    actor: User,
    request: HttpRequest | None = None,
) -> HelpRequest:
    """Ask for a mentor. One open request per business: the database's constraint decides
    when two people ask at the same moment, and the one who loses is told why."""
    if Mentorship.objects.filter(business=business, status__in=selectors.OPEN_MENTORSHIPS).exists():
        raise PeopleError(
            "action_ids", _("You already have a mentor. End that first to ask again.")
        )
    try:
        with transaction.atomic():
            created = HelpRequest.objects.create(
                business=business,
                action_ids=action_ids,
                needs=needs,
                language=language.strip(),
                remote_ok=remote_ok,
                created_by=actor,
            )
    except IntegrityError:
        if HelpRequest.objects.filter(business=business, status=RequestStatus.OPEN).exists():
            raise _already_asked() from None
        raise
    audit_record(
        action=AuditAction.HELP_REQUESTED,
        actor=actor,
        business_id=business.pk,
        target=f"help_request:{created.pk}",
        request=request,
        data={"action_ids": list(action_ids), "needs": list(needs)},
    )
    return created


@transaction.atomic
@dataclass(frozen=True)
class AlertHelpOutcome:
    request: HelpRequest
    created: bool  # a new request; else the alert joined the one already open (or matched)


def _areas_of(requirements: list[str]) -> list[str]:
    """The health-check areas (mentor skills) an alert's requirements are in; any area
    when none is known."""
    catalogue = current_catalogue()
    areas = set()
    for requirement_id in requirements:
        try:
            areas.add(catalogue.requirement(requirement_id).area)
        except KeyError:
            continue
    return sorted(areas) or selectors.needs_of([])


def _help_in_progress(business: Business) -> HelpRequest | None:
    """The request a new alert joins: the one a current mentor works on, else the open one."""
    mentorship = (
        Mentorship.objects.filter(business=business, status__in=selectors.OPEN_MENTORSHIPS)
        .select_related("request")
        .first()
    )
    if mentorship is not None:
        return HelpRequest.objects.select_for_update().get(pk=mentorship.request_id)
    return (
        HelpRequest.objects.select_for_update()
        .filter(business=business, status=RequestStatus.OPEN)
        .first()
    )


@transaction.atomic
def help_request_for_alert(
    *,
    business: Business,
    actor: User,
    advisory_key: str,
    advisory_title: str,
    delivery_id: str,
    requirements: list[str],
) -> AlertHelpOutcome:
    """An owner asked for help with a security alert: open a help request carrying it, or
    add it to the one already open or being worked on (never a second open request: the
    database's constraint settles two asking at once). Audited either way."""
    about = {"key": advisory_key, "title": advisory_title, "delivery_id": delivery_id}
    target = _help_in_progress(business)
    if target is None:
        try:
            with transaction.atomic():
                created = HelpRequest.objects.create(
                    business=business,
                    needs=_areas_of(requirements),
                    alerts=[about],
                    created_by=actor,
                )
        except IntegrityError:
            target = _help_in_progress(business)
            if target is None:
                raise
        else:
            audit_record(
                action=AuditAction.HELP_REQUESTED,
                actor=actor,
                business_id=business.pk,
                target=f"help_request:{created.pk}",
                data={"alert": advisory_key, "needs": created.needs},
            )
            return AlertHelpOutcome(created, created=True)
    if advisory_key not in {alert.get("key") for alert in target.alerts}:
        target.alerts = [*target.alerts, about]
        target.save(update_fields=["alerts"])
        audit_record(
            action=AuditAction.HELP_REQUESTED,
            actor=actor,
            business_id=business.pk,
            target=f"help_request:{target.pk}",
            data={"alert": advisory_key, "added_to_open_request": True},
        )
    return AlertHelpOutcome(target, created=False)


def matching_run(*, today: date | None = None) -> list[Mentorship]:
    """Match every open request optimally to vetted mentors with places left."""
    day = today or timezone.localdate()
    open_requests = list(
        HelpRequest.objects.select_for_update()
        .filter(status=RequestStatus.OPEN)
        .select_related("business__district")
    )
    if not open_requests:
        return []
    places = [(p, left) for p, left in selectors.mentor_places() if p.user.is_active]
    profiles = [p for p, _left in places]
    offers = [
        matching.MentorOffer(
            id=str(p.pk),
            skills=frozenset(p.skills),
            languages=frozenset(p.languages),
            area=p.area,
            remote=p.remote,
            capacity=left,
            vetted=p.vetted(day),
        )
        for p, left in places
    ]
    asks = [
        matching.HelpRequest(
            id=str(r.pk),
            needs=frozenset(r.needs),
            area=r.business.district.police_force_name,
            remote_ok=r.remote_ok,
            language=r.language,
        )
        for r in open_requests
    ]
    by_request = {str(r.pk): r for r in open_requests}
    by_mentor = {str(p.pk): p for p in profiles}
    made = []
    names = {area.id: area.name for area in current_catalogue().areas}
    for match in matching.optimal(asks, offers, names):
        request = by_request[match.request]
        mentorship = Mentorship.objects.create(
            request=request,
            business=request.business,
            mentor=by_mentor[match.mentor],
            fit=match.fit,
            reasons=[reason.as_json() for reason in match.reasons],
        )
        request.status = RequestStatus.MATCHED
        request.save(update_fields=["status"])
        audit_record(
            action=AuditAction.MENTORS_MATCHED,
            business_id=request.business_id,
            target=f"mentorship:{mentorship.pk}",
            data={"mentor": str(mentorship.mentor_id), "fit": match.fit},
        )
        made.append(mentorship)
    for mentorship in made:
        transaction.on_commit(functools.partial(_tell_about_match, mentorship))
    return made


def _tell_about_match(mentorship: Mentorship) -> None:
    for user in active_members(business=mentorship.business):
        notify(
            user=user,
            key=f"match:{mentorship.pk}:{user.pk}",
            message=notices.MENTOR_FOUND(),
            url_name="business_mentoring",
            url_kwargs={"business_id": str(mentorship.business_id)},
        )
    notify(
        user=mentorship.mentor.user,
        key=f"match:{mentorship.pk}:{mentorship.mentor.user_id}",
        message=notices.BUSINESS_MATCHED(),
        url_name="mentor_mentorship",
        url_kwargs={"mentorship_id": str(mentorship.pk)},
    )


@transaction.atomic
def mentor_consent_give(
    *, mentorship: Mentorship, actor: User, request: HttpRequest | None = None
) -> ConsentRecord:
    """The business agrees to share its plan with its mentor (revocable at any time)."""
    locked = Mentorship.objects.select_for_update().get(pk=mentorship.pk)
    if locked.status == MentorshipStatus.ENDED:
        raise PeopleError("mentorship", _("This mentoring has ended."))
    consent = consent_grant(
        business=locked.business,
        scope=ConsentScope.MENTOR,
        mentor=locked.mentor.user,
        actor=actor,
        request=request,
    )
    if locked.status == MentorshipStatus.PROPOSED:
        locked.status = MentorshipStatus.ACTIVE
        locked.save(update_fields=["status"])
    return consent


@transaction.atomic
def mentor_consent_withdraw(
    *, mentorship: Mentorship, actor: User, request: HttpRequest | None = None
) -> None:
    consent = selectors.mentor_consent(mentorship)
    if consent is not None:
        consent_withdraw(consent=consent, actor=actor, request=request)


@transaction.atomic
def mentorship_end(
    *, mentorship: Mentorship, actor: User, reason: str, request: HttpRequest | None = None
) -> Mentorship:
    """Either side ends it: the mentor stops seeing anything at once."""
    locked = Mentorship.objects.select_for_update().select_related("mentor").get(pk=mentorship.pk)
    if locked.status != MentorshipStatus.ENDED:
        locked.status = MentorshipStatus.ENDED
        locked.ended_at = timezone.now()
        locked.ended_by = actor
        locked.end_reason = reason.strip()[:300]
        locked.save()
        HelpRequest.objects.filter(pk=locked.request_id).update(status=RequestStatus.CLOSED)
        audit_record(
            action=AuditAction.MENTORSHIP_ENDED,
            actor=actor,
            business_id=locked.business_id,
            target=f"mentorship:{locked.pk}",
            request=request,
            data={"by_mentor": actor.pk == locked.mentor.user_id},
        )
        consent = selectors.mentor_consent(locked)
        if consent is not None:
            consent_withdraw(consent=consent, actor=actor, request=request)
    return locked


@transaction.atomic
def session_log(
    *,
    mentorship: Mentorship,
    held_on: date,
    topic: str,
    action_ids: list[str],
    hours: Decimal,
    actor: User,
) -> MentoringSession:
    locked = Mentorship.objects.select_for_update().select_related("mentor").get(pk=mentorship.pk)
    if not permits(PolicyName.MENTOR_SEES_PLAN, mentorship=locked):
        raise PeopleError(
            "topic",
            _(
                "The business has stopped sharing with you, or the mentoring has ended. "
                "Nothing was saved."
            ),
        )
    if held_on > timezone.localdate():
        raise PeopleError("held_on", _("The date must be today or in the past"))
    if not Decimal("0.5") <= hours <= Decimal(12):
        raise PeopleError("hours", _("Hours must be between 0.5 and 12"))
    session = MentoringSession.objects.create(
        mentorship=locked,
        held_on=held_on,
        topic=topic.strip(),
        action_ids=action_ids,
        hours=hours,
        logged_by=actor,
    )
    audit_record(
        action=AuditAction.MENTORING_SESSION_LOGGED,
        actor=actor,
        business_id=locked.business_id,
        target=f"mentoring_session:{session.pk}",
        data={"mentorship": str(locked.pk), "hours": str(hours)},
    )
    supervisor = locked.mentor.supervisor
    if supervisor is not None:
        transaction.on_commit(
            lambda: notify(
                user=supervisor,
                key=f"sign-off:{session.pk}",
                message=notices.SIGN_OFF_WAITING(),
                url_name="supervision",
            )
        )
    return session


@transaction.atomic
def session_sign_off(*, session: MentoringSession, actor: User) -> MentoringSession:
    """The supervisor's review of a logged session; the mentor is told once."""
    locked = (
        MentoringSession.objects.select_for_update()
        .select_related("mentorship__mentor")
        .get(pk=session.pk)
    )
    if locked.signed_off_at is None:
        locked.signed_off_by = actor
        locked.signed_off_at = timezone.now()
        locked.save(update_fields=["signed_off_by", "signed_off_at"])
        audit_record(
            action=AuditAction.MENTORING_SESSION_SIGNED_OFF,
            actor=actor,
            business_id=locked.mentorship.business_id,
            target=f"mentoring_session:{locked.pk}",
        )
        mentor = locked.mentorship.mentor.user
        transaction.on_commit(
            functools.partial(
                notify,
                user=mentor,
                key=f"signed-off:{locked.pk}",
                message=notices.SESSION_SIGNED_OFF(day=locked.held_on.isoformat()),
                url_name="mentor_mentorship",
                url_kwargs={"mentorship_id": str(locked.mentorship_id)},
            )
        )
    return locked


# --- Action learning sets ------------------------------------------------------------------


@transaction.atomic
def learning_set_create(*, name: str, facilitator: User, sector: str, area: str) -> LearningSet:
    created = LearningSet.objects.create(
        name=name.strip(),
        facilitator=facilitator,
        sector=sector,
        area=area,
        join_code=secrets.token_hex(4).upper(),
    )
    audit_record(
        action=AuditAction.LEARNING_SET_CREATED,
        actor=facilitator,
        target=f"learning_set:{created.pk}",
        data={"sector": sector, "area": area},
    )
    return created


def sharing_wording(learning_set: LearningSet, *, shared: bool) -> str:
    """The words the owner agrees to when choosing what the set sees (stored with it)."""
    if shared:
        return _("Let the other members of %(set)s see how my health-check results change.") % {
            "set": learning_set.name
        }
    return _("Stop letting the other members of %(set)s see my health-check results.") % {
        "set": learning_set.name
    }


def _sharing_chosen(
    *, member: SetMember, shared: bool, actor: User, request: HttpRequest | None
) -> ProgressSharingConsent:
    """Record one sharing choice: the consent row and its audit row."""
    consent = ProgressSharingConsent.objects.create(
        member=member,
        business_id=member.business_id,
        shared=shared,
        chosen_by=actor,
        wording=sharing_wording(member.learning_set, shared=shared),
    )
    audit_record(
        action=AuditAction.PROGRESS_SHARING_CHOSEN,
        actor=actor,
        business_id=member.business_id,
        target=f"set_member:{member.pk}",
        request=request,
        data={"shared": shared, "consent": str(consent.pk)},
    )
    return consent


@transaction.atomic
def learning_set_join(
    *,
    business: Business,
    code: str,
    display_name: str,
    share_progress: bool,
    actor: User,
    request: HttpRequest | None = None,
) -> SetMember:
    found = LearningSet.objects.select_for_update().filter(join_code=code.strip().upper()).first()
    if found is None:
        raise PeopleError("code", _("We do not know that code. Check it with your facilitator."))
    if found.sector and business.sector != found.sector:
        raise PeopleError("code", _("This set is for another kind of business."))
    if found.area and business.district.police_force_name != found.area:
        raise PeopleError("code", _("This set is for businesses in another area."))
    if found.members.filter(left_at__isnull=True).count() >= SET_MAX:
        raise PeopleError("code", _("This set is full: it has 8 members already."))
    if found.members.filter(business=business).exists():
        raise PeopleError("code", _("Your business is already in this set."))
    member = SetMember.objects.create(
        learning_set=found,
        business=business,
        display_name=display_name.strip(),
        share_progress=share_progress,
    )
    audit_record(
        action=AuditAction.LEARNING_SET_JOINED,
        actor=actor,
        business_id=business.pk,
        target=f"learning_set:{found.pk}",
        request=request,
        data={"member": str(member.pk)},
    )
    _sharing_chosen(member=member, shared=share_progress, actor=actor, request=request)
    return member


@transaction.atomic
def progress_sharing_set(
    *,
    business: Business,
    member_id: UUID,
    shared: bool,
    actor: User,
    request: HttpRequest | None = None,
) -> bool:
    """The business shows its set how its results change, or stops (False: no such seat).

    A change writes a consent record and an audit row; choosing what already holds writes
    nothing.
    """
    member = (
        SetMember.objects.select_for_update()
        .select_related("learning_set")
        .filter(pk=member_id, business=business, left_at__isnull=True)
        .first()
    )
    if member is None:
        return False
    if member.share_progress != shared:
        member.share_progress = shared
        member.save(update_fields=["share_progress"])
        _sharing_chosen(member=member, shared=shared, actor=actor, request=request)
    return True


@transaction.atomic
def meeting_schedule(
    *,
    learning_set: LearningSet,
    starts_at: datetime,
    ends_at: datetime,
    place: str,
    actor: User | None = None,
) -> SetMeeting:
    """Schedule a meeting: the set needs 4 to 8 members, and no meeting may overlap."""
    locked = LearningSet.objects.select_for_update().get(pk=learning_set.pk)
    members = locked.members.filter(left_at__isnull=True).count()
    if members < SET_MIN:
        raise PeopleError(
            "starts_at",
            _("A set needs at least 4 members before it meets. It has %(count)d.")
            % {"count": members},
        )
    if ends_at <= starts_at:
        raise PeopleError("ends_at", _("The meeting must end after it starts"))
    clash = SetMeeting.objects.filter(
        learning_set__facilitator=locked.facilitator, starts_at__lt=ends_at, ends_at__gt=starts_at
    ).first()
    if clash is not None:
        raise PeopleError(
            "starts_at",
            _("This overlaps another meeting you run, on %(when)s.")
            % {"when": moment(clash.starts_at)},
        )
    meeting = SetMeeting.objects.create(
        learning_set=locked, starts_at=starts_at, ends_at=ends_at, place=place.strip()
    )
    audit_record(
        action=AuditAction.MEETING_SCHEDULED,
        actor=actor or locked.facilitator,
        target=f"set_meeting:{meeting.pk}",
        data={"learning_set": str(locked.pk), "starts_at": starts_at.isoformat()},
    )
    for member in locked.members.filter(left_at__isnull=True).select_related("business"):
        for user in active_members(business=member.business):
            transaction.on_commit(
                functools.partial(
                    notify,
                    user=user,
                    key=f"meeting:{meeting.pk}:{user.pk}",
                    message=notices.SET_MEETS(when=starts_at.isoformat()),
                    url_name="business_sets",
                    url_kwargs={"business_id": str(member.business_id)},
                )
            )
    return meeting


def meeting_reminders(*, now: datetime | None = None, within: timedelta = REMIND_WITHIN) -> int:
    """Before each meeting, ask every member to review what they committed to last time.

    Safe to run as often as you like: each member is reminded once per meeting.
    """
    start = now or timezone.now()
    sent = 0
    upcoming = SetMeeting.objects.filter(
        starts_at__gt=start, starts_at__lte=start + within
    ).select_related("learning_set")
    for meeting in upcoming:
        members = meeting.learning_set.members.filter(left_at__isnull=True)
        for member in members.select_related("business"):
            for user in active_members(business=member.business):
                notice = notify(
                    user=user,
                    key=f"review:{meeting.pk}:{user.pk}",
                    message=notices.SET_REVIEW(when=meeting.starts_at.isoformat()),
                    url_name="business_sets",
                    url_kwargs={"business_id": str(member.business_id)},
                )
                sent += notice is not None
    return sent


@transaction.atomic
def meeting_note_save(
    *,
    meeting: SetMeeting,
    member: SetMember,
    issue: str,
    commitments: list[str],
    review: str,
    review_note: str,
    actor: User | None = None,
) -> MeetingNote:
    """The facilitator's note of one member at one meeting (the audit row holds no text)."""
    note, created = MeetingNote.objects.update_or_create(
        meeting=meeting,
        member=member,
        defaults={
            "issue": issue.strip(),
            "commitments": commitments,
            "review": review,
            "review_note": review_note.strip()[:300],
        },
    )
    audit_record(
        action=AuditAction.MEETING_NOTE_SAVED,
        actor=actor,
        business_id=member.business_id,
        target=f"meeting_note:{note.pk}",
        data={"meeting": str(meeting.pk), "new": created},
    )
    return note
