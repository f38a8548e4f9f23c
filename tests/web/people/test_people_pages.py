"""The people pages as each person uses them: the directory, asking for a mentor, a mentor's
view (plan only with consent, every read audited), vetting, sessions and sign-off, learning
sets and meetings, what works and notices. Bad input gets a specific error, nothing saved."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from smeshield.audit.models import AuditAction, AuditEntry
from smeshield.domain.reasons import Reason
from smeshield.insights.models import InsightsQuery
from smeshield.people import services
from smeshield.people.models import (
    HelpRequest,
    LearningSet,
    MentoringSession,
    MentorProfile,
    Mentorship,
    SetMeeting,
    SupportOrganisation,
)
from smeshield.people.selectors import plan_actions
from smeshield.people.services import directory_load
from tests.conftest import World
from tests.factories import (
    HelpRequestFactory,
    LearningSetFactory,
    MembershipFactory,
    MentoringSessionFactory,
    MentorProfileFactory,
    MentorshipFactory,
    SetMeetingFactory,
    SetMemberFactory,
)
from tests.integration.healthcheck.answering import finish
from tests.web.page_text import main_text

pytestmark = pytest.mark.django_db

GAPS = {
    "bk.tested": ["no"],
    "upd.router": ["no"],
    "pay.bank-changes": ["reply"],
    "ph.awareness": ["not_sure"],
    "uac.two-step": ["some"],
}


MENTOR_FORM: dict[str, object] = {
    "kind": "volunteer",
    "skills": ["backups"],
    "languages": ["English"],
    "area": "West Yorkshire",
    "capacity": "2",
    "accept_code": "on",
}


def _error_summary(response: object) -> str:
    text = response.content.decode()  # type: ignore[attr-defined]
    match = re.search(r'govuk-error-summary__list">(.*?)</ul>', text, re.S)
    assert match, "no error summary"
    return re.sub(r"<[^>]+>", " ", match.group(1))


@pytest.fixture
def plan(world: World) -> dict[str, str]:
    """Business A finished a health check with gaps; its plan's action ids and titles."""
    finish(world.business_a, GAPS)
    return {p.action.id: p.action.title for p in plan_actions(business=world.business_a)}


@pytest.fixture
def planned(plan: dict[str, str]) -> list[str]:
    return list(plan)


# --- Directory -------------------------------------------------------------------------------


def test_the_directory_finds_local_help_from_a_postcode_or_its_first_half(world: World) -> None:
    directory_load()

    for typed in ("LS1 4AP", "ls1"):
        page = Client().get("/support/", {"postcode": typed}).content.decode()
        assert "West Yorkshire Police" in page
        assert "Cleveland Police" not in page
        assert "Showing help for West Yorkshire" in page


def test_the_plans_link_finds_help_for_that_step(world: World) -> None:
    directory_load()

    page = Client().get(
        "/support/", {"postcode": "LS1", "need": "action:check-bank-detail-changes"}
    )

    assert page.status_code == 200
    assert "Take Five to Stop Fraud" in page.content.decode()
    assert "West Yorkshire Police" not in page.content.decode()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"postcode": "not a postcode"}, "Enter a real postcode, like LS6 2UE"),
        ({"postcode": "ZZ9 9ZZ"}, "We do not know that postcode area yet"),
        ({"need": "area:nonsense"}, "Select an option from the list"),
    ],
)
def test_a_bad_search_says_what_to_fix(world: World, query: dict[str, str], message: str) -> None:
    directory_load()

    response = Client().get("/support/", query)

    assert response.status_code == 400
    assert message in _error_summary(response)


def test_an_entry_past_its_review_date_is_flagged_on_the_page(world: World) -> None:
    directory_load()
    SupportOrganisation.objects.filter(name="Report Fraud").update(
        review_by=timezone.localdate() - timedelta(days=1)
    )

    page = Client().get("/support/").content.decode()

    assert page.count("Details due for checking") == 1


# --- Asking for a mentor, and the mentor's view ----------------------------------------------


def test_a_business_asks_for_help_with_plan_actions(
    world: World, planned: list[str], client_as: Callable[[str], Client]
) -> None:
    owner = client_as("member_a")
    url = f"/businesses/{world.business_a.pk}/mentoring/"

    response = owner.post(url, {"actions": planned[:2], "language": "Urdu", "remote_ok": "on"})

    assert response.status_code == 302
    asked = HelpRequest.objects.get(business=world.business_a)
    assert asked.action_ids == planned[:2]
    assert asked.needs
    assert asked.language == "Urdu"
    assert "You asked for a mentor" in owner.get(url).content.decode()


@pytest.mark.parametrize(
    ("choose", "message"),
    [
        (lambda ids: [], "Tick at least one action"),
        (lambda ids: ids[:4], "Tick 3 actions or fewer"),
        (lambda ids: ["not-in-the-plan"], "Select actions from your plan"),
    ],
)
def test_a_bad_request_for_help_says_what_to_fix_and_saves_nothing(
    world: World,
    planned: list[str],
    client_as: Callable[[str], Client],
    choose: Callable[[list[str]], list[str]],
    message: str,
) -> None:
    response = client_as("member_a").post(
        f"/businesses/{world.business_a.pk}/mentoring/", {"actions": choose(planned)}
    )

    assert response.status_code == 400
    assert message in _error_summary(response)
    assert not HelpRequest.objects.exists()


def test_the_mentor_sees_the_plan_only_while_the_owner_shares_it(
    world: World, plan: dict[str, str], client_as: Callable[[str], Client]
) -> None:
    profile = MentorProfileFactory(user=world.people["mentor"])
    mentorship = MentorshipFactory(
        mentor=profile,
        request=HelpRequestFactory(business=world.business_a, action_ids=list(plan)[:1]),
    )
    owner, mentor = client_as("member_a"), client_as("mentor")
    mentoring = f"/businesses/{world.business_a.pk}/mentoring/{mentorship.pk}/"
    mentor_page = f"/mentor/mentorships/{mentorship.pk}/"

    before = mentor.get(mentor_page).content.decode()
    assert not any(title in before for title in plan.values())
    assert "not sharing its plan with you" in before
    assert world.business_a.name not in before
    assert "A business in West Yorkshire" in before
    assert world.business_a.name not in mentor.get("/mentor/").content.decode()

    owner.post(mentoring + "share/")
    shared = mentor.get(mentor_page).content.decode()
    assert world.business_a.name in shared
    assert all(title in shared for title in plan.values())
    assert shared.count("They asked for help with this") == 1

    owner.post(mentoring + "stop-sharing/")
    after = mentor.get(mentor_page).content.decode()
    assert not any(title in after for title in plan.values())
    assert world.business_a.name not in after
    reads = AuditEntry.objects.filter(
        action=AuditAction.BUSINESS_DATA_VIEWED,
        actor_id=world.people["mentor"].pk,
        business_id=world.business_a.pk,
    )
    assert reads.count() == 3  # one per page that showed the business


def test_a_session_logged_after_the_owner_stops_sharing_is_refused(
    world: World, client_as: Callable[[str], Client]
) -> None:
    profile = MentorProfileFactory(user=world.people["mentor"])
    mentorship = MentorshipFactory(
        mentor=profile, request=HelpRequestFactory(business=world.business_a)
    )
    services.mentor_consent_give(mentorship=mentorship, actor=world.people["member_a"])
    mentor = client_as("mentor")
    mentor.get(f"/mentor/mentorships/{mentorship.pk}/")  # the form is open
    services.mentor_consent_withdraw(mentorship=mentorship, actor=world.people["member_a"])
    today = timezone.localdate()

    response = mentor.post(
        f"/mentor/mentorships/{mentorship.pk}/",
        {
            "held_on_0": today.day,
            "held_on_1": today.month,
            "held_on_2": today.year,
            "topic": "Backups",
            "hours": "1",
        },
    )

    assert response.status_code == 400
    assert "Nothing was saved" in _error_summary(response)
    assert not MentoringSession.objects.exists()


def test_the_supervisor_signs_off_a_session_and_the_read_is_audited(
    world: World, client_as: Callable[[str], Client]
) -> None:
    profile = MentorProfileFactory(supervisor=world.people["facilitator"])
    session = MentoringSessionFactory(
        mentorship=MentorshipFactory(
            mentor=profile, request=HelpRequestFactory(business=world.business_a)
        )
    )
    supervisor = client_as("facilitator")

    assert session.topic in supervisor.get("/supervision/").content.decode()
    assert supervisor.post(f"/supervision/sessions/{session.pk}/sign-off/").status_code == 302

    session.refresh_from_db()
    assert session.signed_off_by == world.people["facilitator"]
    assert session.topic not in supervisor.get("/supervision/").content.decode()
    assert AuditEntry.objects.filter(
        action=AuditAction.BUSINESS_DATA_VIEWED,
        actor_id=world.people["facilitator"].pk,
        business_id=world.business_a.pk,
    ).exists()


def test_a_mentor_registers_and_an_admin_vets_them_before_any_match(
    world: World, client_as: Callable[[str], Client]
) -> None:
    mentor, admin = client_as("mentor"), client_as("admin")

    response = mentor.post(
        "/mentor/profile/",
        {
            "kind": "student",
            "skills": ["backups", "phishing"],
            "languages": ["English", "Polish"],
            "area": "West Yorkshire",
            "remote": "on",
            "capacity": "2",
            "accept_code": "on",
        },
    )
    assert response.status_code == 302
    profile = MentorProfile.objects.get(user=world.people["mentor"])
    assert not profile.vetted()
    assert "identity check" in mentor.get("/mentor/").content.decode()

    today = timezone.localdate()
    expires = today + timedelta(days=365)
    vetting = {
        "identity_checked_on_0": today.day,
        "identity_checked_on_1": today.month,
        "identity_checked_on_2": today.year,
        "check_kind": "dbs",
        "check_done_on_0": today.day,
        "check_done_on_1": today.month,
        "check_done_on_2": today.year,
        "vetting_expires_on_0": expires.day,
        "vetting_expires_on_1": expires.month,
        "vetting_expires_on_2": expires.year,
    }
    url = f"/staff/mentors/{profile.pk}/vetting/"
    wrong = admin.post(url, {**vetting, "supervisor": world.people["member_a"].email})
    assert wrong.status_code == 400
    assert "No facilitator or admin has that email address" in _error_summary(wrong)
    assert not MentorProfile.objects.get(pk=profile.pk).vetted()

    admin.post(url, {**vetting, "supervisor": world.people["facilitator"].email})
    assert MentorProfile.objects.get(pk=profile.pk).vetted()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"skills": []}, "Tick at least one thing you can help with"),
        ({"capacity": "9"}, "Enter a number from 1 to 5"),
        ({"accept_code": ""}, "Accept the code of conduct to mentor"),
    ],
)
def test_a_bad_mentor_profile_says_what_to_fix(
    world: World, client_as: Callable[[str], Client], change: dict[str, object], message: str
) -> None:
    form = {**MENTOR_FORM, **change}

    response = client_as("mentor").post("/mentor/profile/", form)

    assert response.status_code == 400
    assert message in _error_summary(response)
    assert not MentorProfile.objects.exists()


def test_an_admin_runs_the_matching_from_the_mentors_page(
    world: World, client_as: Callable[[str], Client]
) -> None:
    MentorProfileFactory()
    HelpRequestFactory(business=world.business_a, status="open")

    response = client_as("admin").post("/staff/mentors/", follow=True)

    assert "Matching done: 1 new matches" in response.content.decode()
    assert Mentorship.objects.filter(business=world.business_a).exists()


# --- Learning sets ------------------------------------------------------------------------------


def _meeting_form(day: date, starts: str, ends: str) -> dict[str, object]:
    return {
        "day_0": day.day,
        "day_1": day.month,
        "day_2": day.year,
        "starts": starts,
        "ends": ends,
        "place": "Leeds Central Library",
    }


def test_a_facilitator_forms_a_set_and_a_business_joins_by_code(
    world: World, client_as: Callable[[str], Client]
) -> None:
    facilitator = client_as("facilitator")

    response = facilitator.post("/staff/learning-sets/", {"name": "Leeds makers"})
    learning_set = LearningSet.objects.get()
    assert response.status_code == 302
    assert learning_set.facilitator == world.people["facilitator"]

    owner = client_as("member_a")
    joined = owner.post(
        f"/businesses/{world.business_a.pk}/learning-sets/",
        {"code": learning_set.join_code, "display_name": "Baker", "share_progress": "on"},
    )
    assert joined.status_code == 302
    page = facilitator.get(f"/staff/learning-sets/{learning_set.pk}/").content.decode()
    assert "Baker" in page
    assert world.business_a.name not in page  # members appear by the name they chose
    assert AuditEntry.objects.filter(
        action=AuditAction.BUSINESS_DATA_VIEWED,
        actor_id=world.people["facilitator"].pk,
        business_id=world.business_a.pk,
    ).exists()  # business A agreed to show its progress, and the facilitator saw it


def test_a_wrong_join_code_says_so(world: World, client_as: Callable[[str], Client]) -> None:
    response = client_as("member_a").post(
        f"/businesses/{world.business_a.pk}/learning-sets/",
        {"code": "NOPE", "display_name": "Baker"},
    )

    assert response.status_code == 400
    assert "We do not know that code" in _error_summary(response)


def test_given_ten_wrong_join_codes_then_the_eleventh_try_is_refused_even_with_the_right_code(
    world: World, client_as: Callable[[str], Client]
) -> None:
    learning_set = LearningSetFactory(facilitator=world.people["facilitator"])
    client = client_as("member_a")
    url = f"/businesses/{world.business_a.pk}/learning-sets/"
    for attempt in range(10):
        wrong = client.post(url, {"code": f"NOPE{attempt}", "display_name": "Baker"})
        assert "We do not know that code" in _error_summary(wrong)

    right = client.post(url, {"code": learning_set.join_code, "display_name": "Baker"})

    assert right.status_code == 400
    assert "tried too many codes. Wait 15 minutes" in _error_summary(right)
    assert not learning_set.members.exists()


def test_a_set_of_three_cannot_meet_and_the_form_says_why(
    world: World, client_as: Callable[[str], Client]
) -> None:
    learning_set = LearningSetFactory(facilitator=world.people["facilitator"])
    for _ in range(3):
        SetMemberFactory(learning_set=learning_set)
    day = timezone.localdate() + timedelta(days=7)

    response = client_as("facilitator").post(
        f"/staff/learning-sets/{learning_set.pk}/", _meeting_form(day, "18:00", "20:00")
    )

    assert response.status_code == 400
    assert "A set needs at least 4 members before it meets. It has 3." in _error_summary(response)
    assert not SetMeeting.objects.exists()


@pytest.mark.parametrize(
    ("times", "message"),
    [
        (("18:30", "19:30"), "This overlaps another meeting you run, on {day} at 18:00."),
        (("20:00", "19:00"), "The meeting must end after it starts"),
        (("6pm", "20:00"), "Enter a time like 09:30"),
    ],
)
def test_a_clashing_or_bad_meeting_is_refused(
    world: World, client_as: Callable[[str], Client], times: tuple[str, str], message: str
) -> None:
    learning_set = LearningSetFactory(facilitator=world.people["facilitator"])
    for _ in range(4):
        SetMemberFactory(learning_set=learning_set)
    day = timezone.localdate() + timedelta(days=7)
    starts = timezone.make_aware(timezone.datetime(day.year, day.month, day.day, 18, 0))
    SetMeetingFactory(
        learning_set=LearningSetFactory(facilitator=world.people["facilitator"]),
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
    )

    response = client_as("facilitator").post(
        f"/staff/learning-sets/{learning_set.pk}/", _meeting_form(day, *times)
    )

    assert response.status_code == 400
    assert message.format(day=f"{day.day} {day:%B %Y}") in _error_summary(response)
    assert not learning_set.meetings.exists()


def test_meeting_notes_keep_each_members_issue_and_show_last_times_commitments(
    world: World, client_as: Callable[[str], Client]
) -> None:
    learning_set = LearningSetFactory(facilitator=world.people["facilitator"])
    members = [SetMemberFactory(learning_set=learning_set) for _ in range(4)]
    first = SetMeetingFactory(learning_set=learning_set)
    second = SetMeetingFactory(
        learning_set=learning_set, starts_at=first.starts_at + timedelta(days=28)
    )
    facilitator = client_as("facilitator")
    notes = {}
    for member in members:
        notes[f"{member.pk}-issue"] = "Reused passwords"
        notes[f"{member.pk}-commitments"] = f"Get a password manager for {member.display_name}"

    saved = facilitator.post(f"/staff/learning-sets/{learning_set.pk}/meetings/{first.pk}/", notes)

    assert saved.status_code == 302
    assert first.notes.count() == 4
    later = facilitator.get(f"/staff/learning-sets/{learning_set.pk}/meetings/{second.pk}/")
    assert f"Get a password manager for {members[0].display_name}" in later.content.decode()


# --- What works and notices --------------------------------------------------------------------


def test_what_works_shows_the_difference_with_its_range_and_caveat_and_is_logged(
    world: World, client_as: Callable[[str], Client], django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        page = client_as("researcher").get("/insights/what-works/").content.decode()

    assert "Synthetic data" in page
    assert re.search(r"\d+\.\d points more, out of 100 \(95% range \d+\.\d to \d+\.\d\)", page)
    assert "not proof that the help caused it" in page
    assert InsightsQuery.objects.filter(where="what-works").count() == 1


def test_notices_appear_for_the_person_they_were_sent_to_only(
    world: World, client_as: Callable[[str], Client]
) -> None:
    services.notify(
        user=world.people["mentor"],
        key="x",
        message=Reason("people.business_matched"),
        url_name="mentor_home",
    )

    mentor = client_as("mentor")
    page = mentor.get("/notifications/").content.decode()
    assert (
        '<a class="govuk-link" href="/mentor/">You have been matched with a business. '
        "You will see its plan once it agrees.</a>"
    ) in page
    assert (
        "matched with a business"
        not in client_as("member_a").get("/notifications/").content.decode()
    )
    assert "Notices (1 new)" in mentor.get("/mentor/").content.decode()

    mentor.post("/notifications/")

    assert "Notices (1 new)" not in mentor.get("/mentor/").content.decode()
    assert "New" not in _visible_text(mentor.get("/notifications/").content.decode())


def test_a_member_sees_their_commitments_and_only_the_progress_others_agreed_to_show(
    world: World, client_as: Callable[[str], Client]
) -> None:
    learning_set = LearningSetFactory()
    mine = SetMemberFactory(learning_set=learning_set, business=world.business_a)
    sharing = SetMemberFactory(
        learning_set=learning_set, display_name="Plumber", share_progress=True
    )
    private = SetMemberFactory(
        learning_set=learning_set, display_name="Dentist", share_progress=False
    )
    for member in (sharing, private):
        MembershipFactory(business=member.business)
        finish(member.business, GAPS)
        finish(member.business)
    meeting = SetMeetingFactory(learning_set=learning_set)
    services.meeting_note_save(
        meeting=meeting,
        member=mine,
        issue="Scam invoices",
        commitments=["Call suppliers back on a known number"],
        review="",
        review_note="",
    )

    page = client_as("member_a").get(f"/businesses/{world.business_a.pk}/learning-sets/")
    text = page.content.decode()

    assert "Call suppliers back on a known number" in text
    assert "Plumber: from" in text
    assert "Dentist: from" not in text
    assert sharing.business.name not in text
    assert AuditEntry.objects.filter(
        action=AuditAction.BUSINESS_DATA_VIEWED,
        actor_id=world.people["member_a"].pk,
        business_id=sharing.business_id,
    ).exists()
    assert not AuditEntry.objects.filter(business_id=private.business_id).exists()


def test_only_an_owner_chooses_whether_the_set_sees_their_results(
    world: World, client_as: Callable[[str], Client]
) -> None:
    from smeshield.businesses.services import membership_add
    from smeshield.domain.roles import BusinessRole
    from tests.conftest import sign_in
    from tests.factories import UserFactory

    seat = SetMemberFactory(business=world.business_a, share_progress=False)
    url = f"/businesses/{world.business_a.pk}/learning-sets/"
    colleague = UserFactory()
    membership_add(business=world.business_a, user=colleague, role=BusinessRole.STAFF)

    refused = sign_in(Client(), colleague).post(url, {"share_member": seat.pk, "share": "yes"})
    assert refused.status_code == 404
    seat.refresh_from_db()
    assert not seat.share_progress

    client_as("member_a").post(url, {"share_member": seat.pk, "share": "yes"})
    seat.refresh_from_db()
    assert seat.share_progress
    client_as("member_a").post(url, {"share_member": seat.pk, "share": "no"})
    seat.refresh_from_db()
    assert not seat.share_progress


def _visible_text(html: str) -> str:
    """The prose on the page: option lists are labels, not sentences, so they are left out."""
    return main_text(re.sub(r"<select.*?</select>", " ", html, flags=re.S))


def test_the_pages_owners_read_are_plain_english(
    world: World, plan: dict[str, str], client_as: Callable[[str], Client]
) -> None:
    import textstat

    directory_load()
    owner = client_as("member_a")
    MentorshipFactory(
        mentor=MentorProfileFactory(), request=HelpRequestFactory(business=world.business_a)
    )
    SetMemberFactory(business=world.business_a)
    pages = [
        owner.get(f"/businesses/{world.business_a.pk}/mentoring/"),
        owner.get(f"/businesses/{world.business_a.pk}/learning-sets/"),
    ]
    for page in pages:
        text = _visible_text(page.content.decode())
        assert textstat.flesch_kincaid_grade(text) <= 9, text
    # The directory is a list of facts; its prose is the summary of what each one does.
    services_text = " ".join(SupportOrganisation.objects.values_list("services", flat=True))
    assert textstat.flesch_kincaid_grade(services_text) <= 9, services_text


def test_a_mentor_at_capacity_cannot_lower_it_below_the_businesses_they_help(
    world: World, client_as: Callable[[str], Client]
) -> None:
    profile = MentorProfileFactory(user=world.people["mentor"], capacity=2)
    MentorshipFactory(mentor=profile)
    MentorshipFactory(mentor=profile)
    form = {**MENTOR_FORM, "capacity": "1"}

    response = client_as("mentor").post("/mentor/profile/", form)

    assert response.status_code == 400
    assert "You help 2 businesses now. Enter 2 or more" in _error_summary(response)
    profile.refresh_from_db()
    assert profile.capacity == 2
    assert profile.skills != ["backups"]  # nothing half-saved


def test_a_session_records_which_asked_for_actions_the_mentor_helped_with(
    world: World, plan: dict[str, str], client_as: Callable[[str], Client]
) -> None:
    asked = list(plan)[:2]
    mentorship = MentorshipFactory(
        mentor=MentorProfileFactory(user=world.people["mentor"]),
        request=HelpRequestFactory(business=world.business_a, action_ids=asked),
    )
    services.mentor_consent_give(mentorship=mentorship, actor=world.people["member_a"])
    today = timezone.localdate()
    form = {
        "held_on_0": today.day,
        "held_on_1": today.month,
        "held_on_2": today.year,
        "topic": "Bank details",
        "hours": "1.5",
    }
    url = f"/mentor/mentorships/{mentorship.pk}/"

    wrong = client_as("mentor").post(url, {**form, "actions": [list(plan)[-1]]})
    assert wrong.status_code == 400
    assert "Select actions from the list" in _error_summary(wrong)

    client_as("mentor").post(url, {**form, "actions": asked[:1]})
    assert MentoringSession.objects.get().action_ids == asked[:1]


def test_the_plan_and_an_alert_answered_need_help_link_to_the_directory(
    world: World, plan: dict[str, str], client_as: Callable[[str], Client]
) -> None:
    from tests.factories import DeliveryFactory

    owner = client_as("member_a")
    step = next(iter(plan))
    action_page = owner.get(f"/businesses/{world.business_a.pk}/health-check/plan/{step}/")
    delivery = DeliveryFactory(business=world.business_a)
    alert_page = owner.post(
        f"/businesses/{world.business_a.pk}/alerts/{delivery.pk}/",
        {"feedback": "need_help"},
        follow=True,
    )

    assert f"/support/?postcode=LS1&amp;need=action:{step}" in action_page.content.decode()
    assert "/support/?postcode=LS1" in alert_page.content.decode()
    assert f"/businesses/{world.business_a.pk}/mentoring/" in alert_page.content.decode()


def test_a_mentor_ends_the_mentoring_and_then_sees_nothing_of_the_business(
    world: World, plan: dict[str, str], client_as: Callable[[str], Client]
) -> None:
    mentorship = MentorshipFactory(
        mentor=MentorProfileFactory(user=world.people["mentor"]),
        request=HelpRequestFactory(business=world.business_a, action_ids=list(plan)[:1]),
    )
    services.mentor_consent_give(mentorship=mentorship, actor=world.people["member_a"])
    mentor = client_as("mentor")

    ended = mentor.post(f"/mentor/mentorships/{mentorship.pk}/end/", {"reason": "Done"})

    assert ended.status_code == 302
    page = mentor.get(f"/mentor/mentorships/{mentorship.pk}/").content.decode()
    assert world.business_a.name not in page
    assert not any(title in page for title in plan.values())
    assert "This mentoring has ended" in page
    owner_page = client_as("member_a").get(f"/businesses/{world.business_a.pk}/mentoring/")
    assert "Ask for a mentor" in owner_page.content.decode()  # free to ask again


@pytest.mark.parametrize("state", ["no check yet", "nothing left to do"])
def test_the_mentoring_page_offers_help_whatever_the_plans_state(
    world: World, client_as: Callable[[str], Client], state: str
) -> None:
    if state == "nothing left to do":
        finish(world.business_a)
        assert plan_actions(business=world.business_a) == []
    owner = client_as("member_a")
    url = f"/businesses/{world.business_a.pk}/mentoring/"

    page = owner.get(url).content.decode()
    response = owner.post(url, {"remote_ok": "on"})

    assert "Finish the health check first" not in page
    assert "You can ask for a mentor at any time" in page
    assert response.status_code == 302
    asked = HelpRequest.objects.get(business=world.business_a)
    assert asked.action_ids == []
    assert "firewalls" in asked.needs
