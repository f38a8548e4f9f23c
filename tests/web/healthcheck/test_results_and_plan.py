"""Results, the plan, stuck actions with tailored offers, the PDF and share links."""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable

import pytest
import textstat
from django.conf import settings
from django.test import Client

from smeshield.audit.models import AuditAction, AuditEntry
from smeshield.healthcheck.models import ActionProgress, Assessment, ShareLink
from smeshield.healthcheck.services import assessment_complete, assessment_start
from tests.conftest import World
from tests.integration.healthcheck.answering import answer_all
from tests.web.page_text import main_text

pytestmark = pytest.mark.django_db

GAPS = {"bk.tested": ["no"], "upd.router": ["no"], "pay.bank-changes": ["reply"]}


@pytest.fixture
def finished(world: World) -> Assessment:
    attempt = assessment_start(business=world.business_a, actor=world.people["member_a"])
    answer_all(attempt, GAPS)
    return assessment_complete(assessment=attempt, actor=world.people["member_a"])


def _prose(html: str) -> str:
    """The page's plain-English text: without the source references (scheme names,
    NIST codes and addresses, there for checking rather than reading)."""
    html = re.sub(r'<details class="[^"]*app-source.*?</details>', "", html, flags=re.S)
    # Headings, list items, cells and tags are read as separate sentences.
    html = re.sub(r"</(h\d|li|p|dt|dd|td|th|caption|summary|legend|label|strong|a)>", ". ", html)
    return re.sub(r"(\.\s*){2,}", ". ", main_text(html))


def test_results_name_each_gap_with_its_reason_and_source(
    world: World, finished: Assessment, client_as: Callable[[str], Client]
) -> None:
    page = client_as("member_a").get(
        f"/businesses/{world.business_a.pk}/health-check/{finished.pk}/results/"
    )
    text = main_text(page.content.decode())
    assert "Not ready for Cyber Essentials yet" in text
    assert "You told us: Router does not get updates" in text
    assert "Cyber Essentials v3.3 (Danzell): Security update management" in text
    assert "PR.PS-02" in text


def test_the_plan_puts_the_cyber_essentials_blocker_first(
    world: World, finished: Assessment, client_as: Callable[[str], Client]
) -> None:
    page = client_as("member_a").get(f"/businesses/{world.business_a.pk}/health-check/plan/")
    text = main_text(page.content.decode())
    first = text.index("Keep your router up to date")
    assert first < text.index("Always check new bank details by phone")
    assert first < text.index("Check you can get files back from your backup")
    assert "Needed for Cyber Essentials" in text
    assert "Free" in text


@pytest.mark.parametrize("path", ["results/", "../plan/"])
def test_result_pages_read_at_grade_9_or_below(
    world: World, finished: Assessment, client_as: Callable[[str], Client], path: str
) -> None:
    url = f"/businesses/{world.business_a.pk}/health-check/{finished.pk}/{path}"
    text = _prose(client_as("member_a").get(url, follow=True).content.decode())
    assert textstat.flesch_kincaid_grade(text) <= 9, text


def test_stuck_asks_why_keeps_the_barrier_and_answers_with_an_offer(
    world: World, finished: Assessment, client_as: Callable[[str], Client]
) -> None:
    client = client_as("member_a")
    action_url = f"/businesses/{world.business_a.pk}/health-check/plan/update-router/"

    to_stuck = client.post(action_url, {"status": "stuck"})
    missing = client.post(to_stuck.url, {})
    saved = client.post(
        to_stuck.url, {"barrier": "know_how", "note": "Not sure where the router page is"}
    )
    page = client.get(saved.url)

    assert to_stuck.url.endswith("/update-router/stuck/")
    assert missing.status_code == 400
    assert b"Select what is stopping you" in missing.content
    progress = ActionProgress.objects.get(action_id="update-router")
    assert (progress.status, progress.barrier) == ("stuck", "know_how")
    assert "Ask for a mentor" in page.content.decode()


def test_done_is_saved_and_shown_on_the_plan(
    world: World, finished: Assessment, client_as: Callable[[str], Client]
) -> None:
    client = client_as("member_a")
    client.post(
        f"/businesses/{world.business_a.pk}/health-check/plan/test-backups/", {"status": "done"}
    )
    assert ActionProgress.objects.get(action_id="test-backups").status == "done"
    assert (
        b"govuk-tag--green"
        in client.get(f"/businesses/{world.business_a.pk}/health-check/plan/").content
    )


def test_the_pdf_downloads(
    world: World, finished: Assessment, client_as: Callable[[str], Client]
) -> None:
    response = client_as("member_a").get(
        f"/businesses/{world.business_a.pk}/health-check/{finished.pk}/health-check.pdf"
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response.content.startswith(b"%PDF-")
    assert len(response.content) > 5000


def test_a_share_link_shows_only_readiness_is_audited_and_stops_when_revoked(
    world: World, finished: Assessment, client_as: Callable[[str], Client]
) -> None:
    owner = client_as("member_a")
    made = owner.post(
        f"/businesses/{world.business_a.pk}/health-check/share/",
        {"label": "Our insurer", "days": "30"},
    )
    link_url = re.search(r'id="new-share-link"[^>]*>([^<]+)<', made.content.decode()).group(1)  # type: ignore[union-attr]
    assert link_url.startswith(settings.SITE_URL + "/")  # works wherever it is pasted
    path = link_url.removeprefix(settings.SITE_URL)
    stored = ShareLink.objects.get()
    assert path.split("/")[2] not in stored.token_hash

    seen = Client().get(path)
    text = main_text(seen.content.decode())

    assert seen.status_code == 200
    assert "Not ready to apply for Cyber Essentials yet" in text
    assert "Router" not in text  # no answers or gaps, only the summary
    assert (
        AuditEntry.objects.filter(
            action=AuditAction.SHARE_LINK_VIEWED, business_id=world.business_a.pk
        ).count()
        == 1
    )

    owner.post(f"/businesses/{world.business_a.pk}/health-check/share/{stored.pk}/revoke/")

    assert Client().get(path).status_code == 404
    assert AuditEntry.objects.filter(action=AuditAction.SHARE_LINK_REVOKED).count() == 1


def test_the_owner_sees_how_often_each_link_was_opened_without_the_open_writing_to_it(
    world: World, finished: Assessment, client_as: Callable[[str], Client]
) -> None:
    owner = client_as("member_a")
    made = owner.post(
        f"/businesses/{world.business_a.pk}/health-check/share/",
        {"label": "Our insurer", "days": "30"},
    )
    link_url = re.search(r'id="new-share-link"[^>]*>([^<]+)<', made.content.decode()).group(1)  # type: ignore[union-attr]
    path = link_url.removeprefix(settings.SITE_URL)
    before = ShareLink.objects.values().get()

    for _ in range(3):
        assert Client().get(path).status_code == 200
    page = main_text(
        owner.get(f"/businesses/{world.business_a.pk}/health-check/share/").content.decode()
    )

    assert ShareLink.objects.values().get() == before
    assert re.search(r"Our insurer\s+\d{1,2} \w+ \d{4}\s+3\b", page), page


def test_staff_members_of_the_business_cannot_make_share_links(
    world: World, finished: Assessment
) -> None:
    from smeshield.businesses.services import membership_add
    from smeshield.domain.roles import BusinessRole
    from tests.conftest import sign_in
    from tests.factories import UserFactory

    colleague = UserFactory()
    membership_add(business=world.business_a, user=colleague, role=BusinessRole.STAFF)
    client = sign_in(Client(), colleague)
    assert client.get(f"/businesses/{world.business_a.pk}/health-check/plan/").status_code == 200
    assert client.get(f"/businesses/{world.business_a.pk}/health-check/share/").status_code == 404


def test_taking_the_check_again_keeps_both_attempts_and_shows_progress(
    world: World, finished: Assessment, client_as: Callable[[str], Client]
) -> None:
    second = assessment_start(business=world.business_a, actor=world.people["member_a"])
    answer_all(second)
    assessment_complete(assessment=second, actor=world.people["member_a"])

    page = client_as("member_a").get(f"/businesses/{world.business_a.pk}/health-check/")
    text = main_text(page.content.decode())

    assert Assessment.objects.filter(business=world.business_a).count() == 2
    assert "You look ready to apply for Cyber Essentials" in text
    assert text.count(" of ") >= 2  # both attempts listed with their counts


def test_the_dashboard_shows_the_change_since_the_first_check(
    world: World, finished: Assessment, client_as: Callable[[str], Client]
) -> None:
    second = assessment_start(business=world.business_a, actor=world.people["member_a"])
    answer_all(second)
    assessment_complete(assessment=second, actor=world.people["member_a"])

    text = main_text(
        client_as("member_a").get(f"/businesses/{world.business_a.pk}/").content.decode()
    )

    first = f"{finished.completed_at:%-d %B %Y}, it was {finished.requirements_met}."
    assert f"On your first check, on {first}" in text
    assert "You now look ready for Cyber Essentials." in text


def test_given_missing_2_step_for_staff_then_results_and_plan_say_it_alone_fails(
    world: World, client_as: Callable[[str], Client]
) -> None:
    attempt = assessment_start(business=world.business_a, actor=world.people["member_a"])
    answer_all(attempt, {"uac.two-step": ["admins-only"], "bk.tested": ["no"]})
    assessment_complete(assessment=attempt, actor=world.people["member_a"])
    client = client_as("member_a")

    results = main_text(
        client.get(
            f"/businesses/{world.business_a.pk}/health-check/{attempt.pk}/results/"
        ).content.decode()
    )
    plan = main_text(
        client.get(f"/businesses/{world.business_a.pk}/health-check/plan/").content.decode()
    )

    warning = results.index("This alone fails Cyber Essentials")
    assert warning < results.index("Your risk")
    assert "Everyone uses 2-step verification" in results[warning : results.index("Your risk")]
    assert "You told us: 2-step checks for admins only" in results
    first = plan.index("1. Turn on 2-step checks for everyone")
    assert first < plan.index("This alone fails Cyber Essentials") < plan.index("2. ")


def _pdf_objects(document: bytes) -> bytes:
    """The PDF's own bytes plus every compressed stream opened (object streams hide the
    catalogue's tags).

    Each stream is taken up to "endstream" with its end-of-line bytes kept, and zlib reads
    only its own data and leaves the rest: cutting an optional "\\r" before "endstream" would
    truncate a stream whose data happens to end in that byte (a test that failed 1 time in
    a few hundred).
    """
    opened = [document]
    for match in re.finditer(rb"(?<!end)stream\r?\n(.*?)endstream", document, re.S):
        try:
            opened.append(zlib.decompressobj().decompress(match.group(1)))
        except zlib.error:
            continue
    return b"\n".join(opened)


def test_the_pdf_is_tagged_for_screen_readers_with_a_language_and_title(
    world: World, finished: Assessment, client_as: Callable[[str], Client]
) -> None:
    response = client_as("member_a").get(
        f"/businesses/{world.business_a.pk}/health-check/{finished.pk}/health-check.pdf"
    )
    objects = _pdf_objects(response.content)
    assert b"/StructTreeRoot" in objects
    assert b"/MarkInfo" in objects
    assert b"pdfuaid:part" in objects
    assert re.search(rb"/Lang \((en|en-gb)\)", objects, re.I)
    assert b"/DisplayDocTitle true" in objects
    assert b"Cyber health check" in objects  # the document title in the metadata


def test_the_pdf_page_says_risk_in_words_and_shows_stuck_with_its_reason(
    world: World, finished: Assessment, client_as: Callable[[str], Client]
) -> None:
    from django.template.loader import render_to_string

    from smeshield.healthcheck.presenters import areas_with_verdicts, planned_with_progress
    from smeshield.healthcheck.selectors import action_progress, assessment_state

    client = client_as("member_a")
    action_url = f"/businesses/{world.business_a.pk}/health-check/plan/update-router/"
    client.post(f"{action_url}stuck/", {"barrier": "cost", "note": ""})
    state = assessment_state(finished)
    items = planned_with_progress(
        state.plan, action_progress(business=world.business_a), state.catalogue
    )
    html = render_to_string(
        "healthcheck/pdf.html",
        {
            "business": world.business_a,
            "state": state,
            "verdicts": state.verdicts,
            "areas": areas_with_verdicts(state),
            "items": items,
        },
    )
    plan = main_text(
        client.get(f"/businesses/{world.business_a.pk}/health-check/plan/").content.decode()
    )

    assert not re.search(r"VERY_HIGH|\bHIGH\b|\bMEDIUM\b|\bLOW\b", html)
    assert re.search(r"Risk: <strong>(Low|Medium|High|Very high)</strong>", html)
    assert "Stuck: It costs too much" in html
    assert "Stuck Why: It costs too much" in plan
