"""Pages for people who help: the directory, mentoring (business, mentor, supervisor,
admin), action learning sets (facilitator and members), what works, notifications."""

from __future__ import annotations

from dataclasses import fields
from decimal import Decimal
from typing import Any, Literal
from uuid import UUID

from allauth.core import ratelimit
from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_http_methods, require_POST

from smeshield.accounts.models import User
from smeshield.audit.services import business_reads_record
from smeshield.businesses.models import Business
from smeshield.content import catalogues
from smeshield.content.playbooks import playbooks
from smeshield.domain.geography.postcodes import (
    InvalidPostcodeError,
    is_outward_code,
    parse_postcode,
)
from smeshield.geography.models import PostcodeDistrict
from smeshield.geography.places import places
from smeshield.geography.selectors import district_for
from smeshield.kernel.access import (
    PolicyName,
    SignedInRequest,
    allows,
    permits,
    permitted_business,
    policy,
    signed_in_user,
)
from smeshield.kernel.languages import spoken_language_of
from smeshield.people import selectors, services, tasks
from smeshield.people.forms import (
    BAD_POSTCODE,
    DirectorySearchForm,
    EndForm,
    HelpRequestForm,
    JoinSetForm,
    LearningSetForm,
    MeetingForm,
    MeetingNoteForm,
    MentorProfileForm,
    SessionForm,
    VettingForm,
)
from smeshield.people.models import (
    HelpRequest,
    LearningSet,
    MentoringSession,
    MentorProfile,
    Mentorship,
    Notification,
    SetMeeting,
)
from smeshield.people.outcomes import what_works_now
from smeshield.people.services import MentorDetails, PeopleError, Vetting


def _areas() -> list[str]:
    return sorted({place.police_force_area for place in places()})


def _status(form: Any) -> int:
    return 400 if form.errors else 200


def _audit_reads(request: SignedInRequest, business_ids: set[UUID], grounds: str) -> None:
    """One audit row per business whose data this page shows to someone outside it."""
    business_reads_record(
        actor=request.user, reads=[(b, grounds) for b in sorted(business_ids)], request=request
    )


# --- Directory (public) --------------------------------------------------------------------


def _district_of(typed: str) -> PostcodeDistrict | Literal[False] | None:
    """The district of a full postcode or of its first half; False when it is neither."""
    if is_outward_code(typed):
        return PostcodeDistrict.objects.filter(code=typed.strip().upper()).first()
    try:
        return district_for(parse_postcode(typed))
    except InvalidPostcodeError:
        return False


def _needs_for(chosen: str, catalogue: Any) -> tuple[str, ...]:
    """The directory tags that answer a need: a plan step also matches its areas."""
    if not chosen.startswith("action:"):
        return (chosen,) if chosen else ()
    action = next(a for a in catalogue.actions if a.id == chosen.split(":", 1)[1])
    areas = sorted({f"area:{catalogue.requirement(r).area}" for r in action.fixes})
    return (chosen, *areas)


@policy(PolicyName.PUBLIC)
@require_http_methods(["GET"])
def directory(request: HttpRequest) -> HttpResponse:
    """Trusted help near you, for what you need."""
    catalogue = catalogues.current_catalogue()
    form = DirectorySearchForm(request.GET or None, catalogue=catalogue, playbooks=playbooks())
    force = region = language = ""
    needs: tuple[str, ...] = ()
    if form.is_bound and form.is_valid():
        needs = _needs_for(form.cleaned_data["need"], catalogue)
        language = form.cleaned_data["language"]
        typed = form.cleaned_data["postcode"].strip()
        if typed:
            district = _district_of(typed)
            if district is None or district is False:
                form.add_error(
                    "postcode",
                    BAD_POSTCODE
                    if district is False
                    else _("We do not know that postcode area yet"),
                )
            else:
                force, region = district.police_force_name, district.region_name
    found = (
        []
        if form.errors
        else selectors.directory(force=force, region=region, needs=needs, language=language)
    )
    return render(
        request,
        "people/directory.html",
        {"form": form, "organisations": found, "place": force},
        status=_status(form),
    )


# --- Mentoring: the business's side -----------------------------------------------------------


@policy(PolicyName.BUSINESS_MEMBER)
@require_http_methods(["GET", "POST"])
def business_mentoring(request: SignedInRequest, business_id: UUID) -> HttpResponse:
    """Ask for a mentor; see the match and why; agree to share the plan; end it."""
    business = permitted_business(request)
    planned = selectors.plan_actions(business=business)
    form = HelpRequestForm(
        request.POST if request.method == "POST" else None,
        actions=[(p.action.id, _(p.action.title)) for p in planned],
        # Reading in Urdu (Polish, Arabic): a mentor who speaks it, unless they say no.
        initial={"language": spoken_language_of(request.LANGUAGE_CODE)},
    )
    if request.method == "POST" and form.is_valid():
        chosen = [p for p in planned if p.action.id in form.cleaned_data.get("actions", [])]
        try:
            services.help_request_create(
                business=business,
                action_ids=[p.action.id for p in chosen],
                needs=selectors.needs_of(chosen),
                language=form.cleaned_data["language"],
                remote_ok=form.cleaned_data["remote_ok"],
                actor=request.user,
                request=request,
            )
        except PeopleError as error:
            form.add_error("actions" if "actions" in form.fields else None, error.message)
        else:
            transaction.on_commit(tasks.match.enqueue)
            messages.success(request, _("Saved. We will tell you as soon as we find a mentor."))
            return redirect("business_mentoring", business_id=business.pk)
    mentorship = selectors.current_mentorship(business=business)
    context = {
        "business": business,
        "form": form,
        "has_plan": bool(planned),
        "waiting": selectors.open_request(business=business),
        "mentorship": mentorship,
        "sharing": permits(PolicyName.MENTOR_SEES_PLAN, mentorship=mentorship)
        if mentorship
        else False,
        "sessions": mentorship.sessions.all() if mentorship else [],
    }
    return render(request, "people/business_mentoring.html", context, status=_status(form))


def _mentorship_of(business: Business, mentorship_id: UUID) -> Mentorship:
    mentorship = (
        Mentorship.objects.filter(pk=mentorship_id, business=business)
        .select_related("mentor__user")
        .first()
    )
    if mentorship is None:
        raise Http404
    return mentorship


@policy(PolicyName.BUSINESS_OWNER)
@require_POST
def share_with_mentor(
    request: SignedInRequest, business_id: UUID, mentorship_id: UUID
) -> HttpResponse:
    business = permitted_business(request)
    try:
        services.mentor_consent_give(
            mentorship=_mentorship_of(business, mentorship_id), actor=request.user, request=request
        )
    except PeopleError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your mentor can now see your action plan."))
    return redirect("business_mentoring", business_id=business.pk)


@policy(PolicyName.BUSINESS_OWNER)
@require_POST
def stop_sharing_with_mentor(
    request: SignedInRequest, business_id: UUID, mentorship_id: UUID
) -> HttpResponse:
    business = permitted_business(request)
    services.mentor_consent_withdraw(
        mentorship=_mentorship_of(business, mentorship_id), actor=request.user, request=request
    )
    messages.success(request, _("Your mentor can no longer see your plan."))
    return redirect("business_mentoring", business_id=business.pk)


@policy(PolicyName.BUSINESS_MEMBER)
@require_http_methods(["GET", "POST"])
def business_end_mentoring(
    request: SignedInRequest, business_id: UUID, mentorship_id: UUID
) -> HttpResponse:
    business = permitted_business(request)
    mentorship = _mentorship_of(business, mentorship_id)
    form = EndForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        services.mentorship_end(
            mentorship=mentorship,
            actor=request.user,
            reason=form.cleaned_data["reason"],
            request=request,
        )
        messages.success(request, _("Mentoring has ended. Your mentor can no longer see anything."))
        return redirect("business_mentoring", business_id=business.pk)
    back = f"/businesses/{business.pk}/mentoring/"
    return render(request, "people/end.html", {"form": form, "back": back}, status=_status(form))


# --- Mentoring: the mentor's side ---------------------------------------------------------------


@policy(PolicyName.MENTOR_ONLY)
@require_http_methods(["GET"])
def mentor_home(request: SignedInRequest) -> HttpResponse:
    profile = MentorProfile.objects.filter(user=request.user).first()
    sharing = [
        (m, permits(PolicyName.MENTOR_SEES_PLAN, mentorship=m))
        for m in selectors.mentorships_of(mentor=request.user)
    ]
    rows = [(m, selectors.business_as_mentor_sees_it(m, sharing=s)) for m, s in sharing]
    _audit_reads(request, {m.business_id for m, s in sharing if s}, "mentoring list")
    return render(
        request,
        "people/mentor_home.html",
        {
            "profile": profile,
            "missing": profile.missing_checks() if profile else [],
            "mentorships": rows,
        },
    )


@policy(PolicyName.MENTOR_ONLY)
@require_http_methods(["GET", "POST"])
def mentor_profile(request: SignedInRequest) -> HttpResponse:
    profile = MentorProfile.objects.filter(user=request.user).first()
    initial = (
        {
            "kind": profile.kind,
            "skills": profile.skills,
            "languages": profile.languages,
            "area": profile.area,
            "remote": profile.remote,
            "capacity": profile.capacity,
            "availability": profile.availability,
        }
        if profile
        else {"remote": True, "capacity": 2}
    )
    form = MentorProfileForm(
        request.POST if request.method == "POST" else None,
        catalogue=catalogues.current_catalogue(),
        areas=_areas(),
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        details = MentorDetails(
            **{f.name: form.cleaned_data[f.name] for f in fields(MentorDetails)}
        )
        try:
            services.mentor_register(user=request.user, details=details)
        except PeopleError as error:
            form.add_error(error.field, error.message)
        else:
            messages.success(request, _("Saved. An admin will check your identity and references."))
            return redirect("mentor_home")
    return render(request, "people/mentor_profile.html", {"form": form}, status=_status(form))


@policy(PolicyName.MENTOR_OF_MENTORSHIP)
@require_http_methods(["GET", "POST"])
def mentor_mentorship(request: SignedInRequest, mentorship_id: UUID) -> HttpResponse:
    """One business: why you were matched; its plan while it shares; log a session."""
    business = permitted_business(request)
    mentorship = _mentorship_of(business, mentorship_id)
    catalogue = catalogues.current_catalogue()
    asked = [(a.id, _(a.title)) for a in catalogue.actions if a.id in mentorship.request.action_ids]
    form = SessionForm(request.POST if request.method == "POST" else None, actions=asked)
    if request.method == "POST" and form.is_valid():
        try:
            services.session_log(
                mentorship=mentorship,
                held_on=form.cleaned_data["held_on"],
                topic=form.cleaned_data["topic"],
                action_ids=form.cleaned_data["actions"],
                hours=Decimal(form.cleaned_data["hours"]),
                actor=request.user,
            )
        except PeopleError as error:
            form.add_error(error.field, error.message)
        else:
            messages.success(request, _("Session saved. Your supervisor will sign it off."))
            return redirect("mentor_mentorship", mentorship_id=mentorship.pk)
    sharing = permits(PolicyName.MENTOR_SEES_PLAN, mentorship=mentorship)
    context = {
        "business_name": selectors.business_as_mentor_sees_it(mentorship, sharing=sharing),
        "mentorship": mentorship,
        "sharing": sharing,
        "plan": selectors.plan_actions(business=business) if sharing else [],
        "sessions": mentorship.sessions.all(),
        "form": form,
    }
    return render(request, "people/mentor_mentorship.html", context, status=_status(form))


@policy(PolicyName.MENTOR_OF_MENTORSHIP)
@require_http_methods(["GET", "POST"])
def mentor_end_mentoring(request: SignedInRequest, mentorship_id: UUID) -> HttpResponse:
    business = permitted_business(request)
    mentorship = _mentorship_of(business, mentorship_id)
    form = EndForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        services.mentorship_end(
            mentorship=mentorship,
            actor=request.user,
            reason=form.cleaned_data["reason"],
            request=request,
        )
        messages.success(request, _("Mentoring has ended."))
        return redirect("mentor_home")
    back = f"/mentor/mentorships/{mentorship.pk}/"
    return render(request, "people/end.html", {"form": form, "back": back}, status=_status(form))


# --- Supervisors and admins -------------------------------------------------------------------


@policy(PolicyName.SUPERVISOR_ROLE)
@require_http_methods(["GET"])
def supervision(request: SignedInRequest) -> HttpResponse:
    sessions = list(selectors.sessions_to_sign_off(supervisor=request.user))
    _audit_reads(request, {s.mentorship.business_id for s in sessions}, "mentoring sessions")
    return render(request, "people/supervision.html", {"sessions": sessions})


@policy(PolicyName.SUPERVISOR_OF_SESSION)
@require_POST
def sign_off(request: SignedInRequest, session_id: UUID) -> HttpResponse:
    session = MentoringSession.objects.get(pk=session_id)
    services.session_sign_off(session=session, actor=request.user)
    messages.success(request, _("Signed off."))
    return redirect("supervision")


@policy(PolicyName.ADMIN_ONLY)
@require_http_methods(["GET", "POST"])
def mentors_admin(request: SignedInRequest) -> HttpResponse:
    """Mentors and their vetting; run the matching now."""
    if request.method == "POST":
        made = services.matching_run()
        messages.success(request, _("Matching done: %(count)d new matches.") % {"count": len(made)})
        return redirect("mentors_admin")
    return render(
        request,
        "people/mentors_admin.html",
        {
            "profiles": [(p, p.missing_checks(), left) for p, left in selectors.mentor_places()],
            "open": HelpRequest.objects.filter(status="open").count(),
        },
    )


@policy(PolicyName.ADMIN_ONLY)
@require_http_methods(["GET", "POST"])
def mentor_vetting(request: SignedInRequest, profile_id: UUID) -> HttpResponse:
    profile = (
        MentorProfile.objects.filter(pk=profile_id).select_related("user", "supervisor").first()
    )
    if profile is None:
        raise Http404
    initial = {
        "identity_checked_on": profile.identity_checked_on,
        "check_kind": profile.check_kind,
        "check_done_on": profile.check_done_on,
        "supervisor": profile.supervisor.email if profile.supervisor else "",
        "vetting_expires_on": profile.vetting_expires_on,
    }
    form = VettingForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        supervisor = None
        if data["supervisor"]:
            supervisor = User.objects.filter(
                email__iexact=data["supervisor"], role__in=["facilitator", "admin"], is_active=True
            ).first()
            if supervisor is None:
                form.add_error("supervisor", _("No facilitator or admin has that email address"))
        if not form.errors:
            services.mentor_vet(
                profile=profile,
                vetting=Vetting(
                    identity_checked_on=data["identity_checked_on"],
                    check_kind=data["check_kind"],
                    check_done_on=data["check_done_on"],
                    supervisor=supervisor,
                    vetting_expires_on=data["vetting_expires_on"],
                ),
                actor=request.user,
                request=request,
            )
            messages.success(request, _("Vetting saved."))
            return redirect("mentors_admin")
    return render(
        request, "people/vetting.html", {"form": form, "profile": profile}, status=_status(form)
    )


# --- Action learning sets -------------------------------------------------------------------------


@policy(PolicyName.FACILITATOR_ONLY)
@require_http_methods(["GET", "POST"])
def sets(request: SignedInRequest) -> HttpResponse:
    form = LearningSetForm(request.POST if request.method == "POST" else None, areas=_areas())
    if request.method == "POST" and form.is_valid():
        created = services.learning_set_create(
            name=form.cleaned_data["name"],
            facilitator=request.user,
            sector=form.cleaned_data["sector"],
            area=form.cleaned_data["area"],
        )
        messages.success(
            request,
            _("Set created. Give businesses this code to join: %(code)s")
            % {"code": created.join_code},
        )
        return redirect("learning_set", set_id=created.pk)
    return render(
        request,
        "people/sets.html",
        {"form": form, "sets": selectors.sets_of(facilitator=request.user)},
        status=_status(form),
    )


@policy(PolicyName.SET_FACILITATOR)
@require_http_methods(["GET", "POST"])
def learning_set(request: SignedInRequest, set_id: UUID) -> HttpResponse:
    found = LearningSet.objects.get(pk=set_id)
    form = MeetingForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        starts, ends = form.moments()
        try:
            services.meeting_schedule(
                learning_set=found,
                starts_at=starts,
                ends_at=ends,
                place=form.cleaned_data["place"],
                actor=request.user,
            )
        except PeopleError as error:
            form.add_error(error.field if error.field in form.fields else "day", error.message)
        else:
            messages.success(request, _("Meeting scheduled. Members have been told."))
            return redirect("learning_set", set_id=found.pk)
    progress = selectors.progress_of(found)
    shown = {row.member.business_id for row in progress if row.member.share_progress}
    _audit_reads(request, shown, f"learning set {found.pk}")
    return render(
        request,
        "people/set.html",
        {
            "set": found,
            "form": form,
            "meetings": selectors.meetings_of(learning_set=found),
            "progress": progress,
        },
        status=_status(form),
    )


@policy(PolicyName.SET_FACILITATOR)
@require_http_methods(["GET", "POST"])
def meeting(request: SignedInRequest, set_id: UUID, meeting_id: UUID) -> HttpResponse:
    """Each member's issue, what they commit to, and how last time's commitments went."""
    found = (
        SetMeeting.objects.filter(pk=meeting_id, learning_set_id=set_id)
        .select_related("learning_set")
        .first()
    )
    if found is None:
        raise Http404
    # Display names are encrypted: Python, not the database, puts them in order.
    members = sorted(
        found.learning_set.members.filter(left_at__isnull=True),
        key=lambda member: member.display_name.casefold(),
    )
    existing = {note.member_id: note for note in found.notes.all()}
    forms = []
    for member in members:
        note = existing.get(member.pk)
        initial = (
            {
                "issue": note.issue,
                "commitments": "\n".join(note.commitments),
                "review": note.review,
                "review_note": note.review_note,
            }
            if note
            else None
        )
        forms.append(
            (
                member,
                MeetingNoteForm(
                    request.POST if request.method == "POST" else None,
                    prefix=str(member.pk),
                    initial=initial,
                ),
            )
        )
    if request.method == "POST" and all(form.is_valid() for _member, form in forms):
        with transaction.atomic():
            for member, form in forms:
                services.meeting_note_save(
                    meeting=found,
                    member=member,
                    issue=form.cleaned_data["issue"],
                    commitments=form.lines(),
                    review=form.cleaned_data["review"],
                    review_note=form.cleaned_data["review_note"],
                    actor=request.user,
                )
        messages.success(request, _("Meeting notes saved."))
        return redirect("learning_set", set_id=set_id)
    previous = (
        SetMeeting.objects.filter(learning_set=found.learning_set, starts_at__lt=found.starts_at)
        .order_by("-starts_at")
        .first()
    )
    earlier = (
        {note.member_id: note.commitments for note in previous.notes.all()} if previous else {}
    )
    rows = [(member, form, earlier.get(member.pk, [])) for member, form in forms]
    invalid = any(form.errors for _m, form in forms)
    return render(
        request,
        "people/meeting.html",
        {"meeting": found, "rows": rows},
        status=400 if invalid else 200,
    )


JOIN_RATE_ACTION = "learning_set_join_failed"  # its limit is in ACCOUNT_RATE_LIMITS
JOIN_THROTTLED_MESSAGE = _lazy(
    "You have tried too many codes. Wait 15 minutes, then try again, "
    "or ask your facilitator for the code."
)


@policy(PolicyName.BUSINESS_MEMBER)
@require_http_methods(["GET", "POST"])
def business_sets(request: SignedInRequest, business_id: UUID) -> HttpResponse:
    """Join a set by code; see meetings, what you committed to, and the set's progress;
    choose whether the set sees your own progress."""
    business = permitted_business(request)
    if request.method == "POST" and "share_member" in request.POST:
        # Whether the set sees the business's results is the owner's choice.
        if not allows(PolicyName.BUSINESS_OWNER, request, business_id=business.pk):
            raise Http404
        member_id = _uuid_or_none(request.POST["share_member"])
        shared = request.POST.get("share") == "yes"
        if member_id and services.progress_sharing_set(
            business=business,
            member_id=member_id,
            shared=shared,
            actor=request.user,
            request=request,
        ):
            messages.success(
                request,
                _("The set can now see how your results change.")
                if shared
                else _("The set can no longer see your results."),
            )
        return redirect("business_sets", business_id=business.pk)
    form = JoinSetForm(request.POST if request.method == "POST" else None)
    throttle = {"action": JOIN_RATE_ACTION, "key": str(business.pk)}
    if request.method == "POST" and form.is_valid():
        try:
            if not ratelimit.consume(request, dry_run=True, **throttle):
                raise PeopleError("code", str(JOIN_THROTTLED_MESSAGE))
            services.learning_set_join(
                business=business,
                code=form.cleaned_data["code"],
                display_name=form.cleaned_data["display_name"],
                share_progress=form.cleaned_data["share_progress"],
                actor=request.user,
                request=request,
            )
        except PeopleError as error:
            ratelimit.consume(request, **throttle)
            form.add_error(error.field, error.message)
        else:
            messages.success(request, _("You have joined the set."))
            return redirect("business_sets", business_id=business.pk)
    memberships = list(selectors.memberships_of(business=business))
    learning_sets = [m.learning_set for m in memberships]
    progress = selectors.progress_of_sets(learning_sets)
    meetings = selectors.meetings_of_sets(learning_sets)
    commitments = selectors.latest_commitments_of(members=memberships)
    sets_shown = [
        {
            "membership": membership,
            "meetings": meetings[membership.learning_set_id],
            "commitments": commitments.get(membership.pk, []),
            "progress": progress[membership.learning_set_id],
        }
        for membership in memberships
    ]
    others_shown = {
        row.member.business_id
        for rows in progress.values()
        for row in rows
        if row.member.share_progress and row.member.business_id != business.pk
    }
    _audit_reads(request, others_shown, "learning set progress")
    return render(
        request,
        "people/business_sets.html",
        {"business": business, "form": form, "sets": sets_shown},
        status=_status(form),
    )


def _uuid_or_none(text: str) -> UUID | None:
    try:
        return UUID(text)
    except ValueError:
        return None


# --- What works, notifications -----------------------------------------------------


@policy(PolicyName.WHAT_WORKS_VIEWER)
@require_http_methods(["GET"])
def what_works(request: SignedInRequest) -> HttpResponse:
    dataset, result = what_works_now(user=request.user, request=request)
    return render(
        request, "people/what_works.html", {"result": result, "synthetic": dataset != "live"}
    )


@policy(PolicyName.SIGNED_IN)
@require_http_methods(["GET", "POST"])
def notifications(request: SignedInRequest) -> HttpResponse:
    """The newest 50 notices, new ones marked; a button marks them all read."""
    user = signed_in_user(request)
    if request.method == "POST":
        services.notices_mark_read(user=user)
        return redirect("notifications")
    notices = list(Notification.objects.filter(user=user)[:50])
    return render(request, "people/notifications.html", {"notices": notices})
