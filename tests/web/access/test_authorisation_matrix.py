"""Every URL x every role x GET and POST gets exactly the answer the policy promises.

SECURITY.md S1 (every URL declares a policy; a stale declaration fails too),
S2 (0 responses outside the expected set, 0 unauthorised 2xx), S3 (a foreign
object answers like a missing one) and S6 (staff without their second factor
reach nothing but the two-factor pages).
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from datetime import timedelta

import pytest
from django.db import connection, reset_queries, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from smeshield.accounts.selectors import passkey_public_id
from smeshield.alerts.models import InventoryItem
from smeshield.alerts.services import unsubscribe_token
from smeshield.api.services import api_token_create
from smeshield.businesses.models import ConsentRecord
from smeshield.healthcheck.models import ShareLink
from smeshield.healthcheck.services import assessment_start, share_token_digest
from smeshield.incidents.services import incident_share
from smeshield.kernel.access import declared_policy
from tests.conftest import World, sign_in
from tests.factories import (
    DeliveryFactory,
    HelpRequestFactory,
    IncidentFactory,
    LearningSetFactory,
    MentoringSessionFactory,
    MentorProfileFactory,
    MentorshipFactory,
    PasskeyFactory,
    SetMeetingFactory,
)
from tests.web.access.urls_walk import WalkedUrl, walk_urls

ALLOWED, SIGN_IN, TWO_FACTOR, FORBIDDEN, NOT_FOUND, UNAUTHORISED, WRONG_METHOD = (
    "allowed",
    "sign in",
    "two-factor",
    "forbidden",
    "not found",
    "unauthorised",
    "method not allowed",
)
STAFF = ("mentor", "facilitator", "police", "partner", "researcher", "admin")
MEMBERS = ("member_a", "member_b")
ROLES = ("anonymous", *MEMBERS, *STAFF, "police_one_factor")

ATTEMPT = "businesses/<uuid:business_id>/health-check/<uuid:assessment_id>/"
INCIDENTS = "businesses/<uuid:business_id>/incidents/"
MENTORING = "businesses/<uuid:business_id>/mentoring/"

# The policy each URL must declare. Adding a URL means adding it here, on purpose.
EXPECTED_POLICY = {
    "": "public",
    "accessibility/": "public",
    "privacy/": "public",
    "cookies/": "public",
    "healthz": "public",
    "i18n/setlang/": "public",
    "account/": "signed_in",
    "account/sign-in/": "public",
    "account/sign-in/code/": "public",
    "account/sign-up/": "public",
    "account/verify-email/": "public",
    "account/sign-out/": "public",
    "account/inactive/": "public",
    "account/two-factor/": "signed_in_one_factor",
    # allauth's mfa views: the sign-in step is guarded by allauth's login stage.
    "account/two-factor/sign-in/": "public",
    "account/two-factor/check/": "staff_second_factor_proof",
    "account/two-factor/check/passkey/": "staff_second_factor_proof",
    "account/two-factor/manage/": "staff_second_factor_setup",
    "account/two-factor/app/": "staff_second_factor_setup",
    "account/two-factor/app/remove/": "staff_second_factor_setup",
    "account/two-factor/passkeys/": "staff_second_factor_setup",
    "account/two-factor/passkeys/add/": "staff_second_factor_setup",
    "account/two-factor/passkeys/<uuid:passkey_id>/rename/": "staff_own_passkey",
    "account/two-factor/passkeys/<uuid:passkey_id>/remove/": "staff_own_passkey",
    "account/two-factor/recovery-codes/": "staff_second_factor_setup",
    "account/two-factor/recovery-codes/new/": "staff_second_factor_setup",
    "account/two-factor/recovery-codes/download/": "staff_second_factor_setup",
    "dashboard/": "signed_in",
    "businesses/new/": "business_person",
    "businesses/<uuid:business_id>/": "business_member",
    "businesses/<uuid:business_id>/sharing/": "business_owner",
    "businesses/<uuid:business_id>/sharing/<uuid:consent_id>/stop/": "business_owner",
    "staff/": "any_staff",
    "staff/businesses/<uuid:business_id>/": "business_viewer",
    "staff/audit/": "admin_only",
    "businesses/<uuid:business_id>/health-check/": "business_member",
    "businesses/<uuid:business_id>/health-check/start/": "business_member",
    ATTEMPT + "questions/<str:question_id>/": "business_member",
    ATTEMPT + "check/": "business_member",
    ATTEMPT + "results/": "business_member",
    ATTEMPT + "health-check.pdf": "business_member",
    "businesses/<uuid:business_id>/health-check/plan/": "business_member",
    "businesses/<uuid:business_id>/health-check/plan/<str:action_id>/": "business_member",
    "businesses/<uuid:business_id>/health-check/plan/<str:action_id>/stuck/": "business_member",
    "businesses/<uuid:business_id>/health-check/share/": "business_owner",
    "businesses/<uuid:business_id>/health-check/certificate/": "business_member",
    "businesses/<uuid:business_id>/health-check/share/<uuid:link_id>/revoke/": "business_owner",
    "shared/<str:token>/": "public",
    "help/": "public",
    "help/questions/": "public",
    "help/<slug:type_id>/": "public",
    "help/<slug:type_id>/checklist/": "public",
    "help/<slug:type_id>/checklist.pdf": "public",
    INCIDENTS: "business_member",
    INCIDENTS + "new/": "business_member",
    INCIDENTS + "<uuid:incident_id>/": "business_member",
    INCIDENTS + "<uuid:incident_id>/veris.json": "business_member",
    INCIDENTS + "<uuid:incident_id>/send-to-police/": "business_owner",
    "staff/incidents/": "police_only",
    "businesses/<uuid:business_id>/alerts/": "business_member",
    "businesses/<uuid:business_id>/alerts/<uuid:delivery_id>/": "business_member",
    "businesses/<uuid:business_id>/what-we-use/": "business_member",
    "businesses/<uuid:business_id>/what-we-use/<int:item_id>/": "business_member",
    "businesses/<uuid:business_id>/what-we-use/<int:item_id>/remove/": "business_member",
    "alerts/unsubscribe/<str:token>/": "public",
    "staff/alerts/": "alert_author",
    "staff/alerts/new/": "alert_author",
    "staff/alerts/relevance/": "admin_only",
    "staff/alerts/unknown-products/": "admin_only",
    "insights/": "insights_viewer",
    "insights/download/<slug:block>.csv": "insights_viewer",
    "insights/extract/": "researcher_only",
    "insights/dictionary/": "insights_viewer",
    "staff/incidents/<uuid:incident_id>/": "shared_incident_viewer",
    "businesses/<uuid:business_id>/api-tokens/": "business_owner",
    "businesses/<uuid:business_id>/api-tokens/<uuid:token_id>/revoke/": "business_owner",
    "api/v1/health-check/<business_id>": "api_token",
    "api/v1/health-check/<business_id>/attempts": "api_token",
    "api/v1/health-check/<business_id>/answers": "api_token",
    "api/v1/health-check/<business_id>/answers/<question_id>": "api_token",
    "api/v1/health-check/<business_id>/verdicts": "api_token",
    "api/v1/health-check/<business_id>/plan": "api_token",
    "api/v1/insights/table": "api_token",
    "api/v1/openapi.json": "api_public",
    "api/v1/me": "api_token",
    "api/v1/businesses": "api_token",
    "api/v1/businesses/<business_id>": "api_token",
    "api/v1/": "api_public",
    "support/": "public",
    MENTORING: "business_member",
    MENTORING + "<uuid:mentorship_id>/share/": "business_owner",
    MENTORING + "<uuid:mentorship_id>/stop-sharing/": "business_owner",
    MENTORING + "<uuid:mentorship_id>/end/": "business_member",
    "businesses/<uuid:business_id>/learning-sets/": "business_member",
    "mentor/": "mentor_only",
    "mentor/profile/": "mentor_only",
    "mentor/mentorships/<uuid:mentorship_id>/": "mentor_of_mentorship",
    "mentor/mentorships/<uuid:mentorship_id>/end/": "mentor_of_mentorship",
    "supervision/": "supervisor_role",
    "supervision/sessions/<uuid:session_id>/sign-off/": "supervisor_of_session",
    "staff/mentors/": "admin_only",
    "staff/mentors/<uuid:profile_id>/vetting/": "admin_only",
    "staff/learning-sets/": "facilitator_only",
    "staff/learning-sets/<uuid:set_id>/": "set_facilitator",
    "staff/learning-sets/<uuid:set_id>/meetings/<uuid:meeting_id>/": "set_facilitator",
    "insights/what-works/": "what_works_viewer",
    "notifications/": "signed_in",
}
# Nothing lives at Ninja's root marker: it answers 404 to everyone. The share and
# unsubscribe pages get real tokens, so their GETs are checked for writes too.
EXPECTED_FOR_ROUTE = {
    "api/v1/": NOT_FOUND,
}
ADMIN_PREFIX = "admin/"  # every Django admin URL is for admins only


def _everyone(outcome: str) -> dict[str, str]:
    return dict.fromkeys(ROLES, outcome)


def _signed_in(outcome_for_signed_in: dict[str, str]) -> dict[str, str]:
    return {"anonymous": SIGN_IN, "police_one_factor": TWO_FACTOR, **outcome_for_signed_in}


# What each policy answers each role.
EXPECTED_OUTCOME: dict[str, dict[str, str]] = {
    "public": _everyone(ALLOWED),
    "api_public": _everyone(ALLOWED),
    "api_token": _everyone(UNAUTHORISED),  # pages' session cookies never work on the API
    "signed_in": _signed_in(dict.fromkeys((*MEMBERS, *STAFF), ALLOWED)),
    "signed_in_one_factor": {
        "anonymous": SIGN_IN,
        **dict.fromkeys((*MEMBERS, *STAFF, "police_one_factor"), ALLOWED),
    },
    # Staff managing their second factor: with one factor only until they have one.
    "staff_second_factor_setup": _signed_in(
        {**dict.fromkeys(MEMBERS, FORBIDDEN), **dict.fromkeys(STAFF, ALLOWED)}
    ),
    # Proving the factor they have: that is what a one-factor session is for.
    "staff_second_factor_proof": {
        "anonymous": SIGN_IN,
        **dict.fromkeys(MEMBERS, FORBIDDEN),
        **dict.fromkeys((*STAFF, "police_one_factor"), ALLOWED),
    },
    # The sample passkey is the police officer's (they also have an app, so it may go).
    "staff_own_passkey": _signed_in(
        {**dict.fromkeys(MEMBERS, FORBIDDEN), **dict.fromkeys(STAFF, NOT_FOUND), "police": ALLOWED}
    ),
    "business_person": _signed_in(
        {**dict.fromkeys(MEMBERS, ALLOWED), **dict.fromkeys(STAFF, FORBIDDEN)}
    ),
    "any_staff": _signed_in({**dict.fromkeys(MEMBERS, FORBIDDEN), **dict.fromkeys(STAFF, ALLOWED)}),
    "admin_only": _signed_in({**dict.fromkeys((*MEMBERS, *STAFF), FORBIDDEN), "admin": ALLOWED}),
    "business_member": _signed_in(
        {**dict.fromkeys((*MEMBERS, *STAFF), NOT_FOUND), "member_a": ALLOWED}
    ),
    "business_owner": _signed_in(
        {**dict.fromkeys((*MEMBERS, *STAFF), NOT_FOUND), "member_a": ALLOWED}
    ),
    "police_only": _signed_in({**dict.fromkeys((*MEMBERS, *STAFF), FORBIDDEN), "police": ALLOWED}),
    # Police write alerts; so would Cyber Resilience Centre staff (the partner here is a bank).
    "alert_author": _signed_in({**dict.fromkeys((*MEMBERS, *STAFF), FORBIDDEN), "police": ALLOWED}),
    "insights_viewer": _signed_in(
        {
            **dict.fromkeys((*MEMBERS, "mentor", "facilitator"), FORBIDDEN),
            **dict.fromkeys(("police", "partner", "researcher", "admin"), ALLOWED),
        }
    ),
    "researcher_only": _signed_in(
        {**dict.fromkeys((*MEMBERS, *STAFF), FORBIDDEN), "researcher": ALLOWED}
    ),
    # Business A sent its incident to the police force, and to nobody else.
    "shared_incident_viewer": _signed_in(
        {**dict.fromkeys((*MEMBERS, *STAFF), NOT_FOUND), "police": ALLOWED}
    ),
    "mentor_only": _signed_in({**dict.fromkeys((*MEMBERS, *STAFF), FORBIDDEN), "mentor": ALLOWED}),
    "facilitator_only": _signed_in(
        {**dict.fromkeys((*MEMBERS, *STAFF), FORBIDDEN), "facilitator": ALLOWED}
    ),
    # Facilitators supervise mentors; admins can stand in.
    "supervisor_role": _signed_in(
        {
            **dict.fromkeys((*MEMBERS, *STAFF), FORBIDDEN),
            **dict.fromkeys(("facilitator", "admin"), ALLOWED),
        }
    ),
    "what_works_viewer": _signed_in(
        {
            **dict.fromkeys((*MEMBERS, *STAFF), FORBIDDEN),
            **dict.fromkeys(("facilitator", "researcher", "admin"), ALLOWED),
        }
    ),
    # The world's mentor mentors business A; the facilitator supervises them and runs the set.
    "mentor_of_mentorship": _signed_in(
        {**dict.fromkeys((*MEMBERS, *STAFF), NOT_FOUND), "mentor": ALLOWED}
    ),
    "supervisor_of_session": _signed_in(
        {**dict.fromkeys((*MEMBERS, *STAFF), NOT_FOUND), "facilitator": ALLOWED}
    ),
    "set_facilitator": _signed_in(
        {**dict.fromkeys((*MEMBERS, *STAFF), NOT_FOUND), "facilitator": ALLOWED}
    ),
    # Business A shares with the police force; admins give a reason first.
    "business_viewer": _signed_in(
        {**dict.fromkeys((*MEMBERS, *STAFF), NOT_FOUND), "police": ALLOWED, "admin": ALLOWED}
    ),
}


BY_STATUS = {405: WRONG_METHOD, 401: UNAUTHORISED, 403: FORBIDDEN, 404: NOT_FOUND}
BY_REDIRECT = {"/account/sign-in/?next=": SIGN_IN, "/account/two-factor/?next=": TWO_FACTOR}


def _outcome(status: int, location: str) -> str:
    if status in BY_STATUS:
        return BY_STATUS[status]
    if status in (301, 302):
        for prefix, outcome in BY_REDIRECT.items():
            if location.startswith(prefix):
                return outcome
    return ALLOWED


def _acceptable(expected: str, route: str) -> set[str]:
    """The outcomes that satisfy an expectation.

    A wrong method (405) reveals nothing, so it satisfies an expectation that is not a
    redirect or a 403; the GET of the same URL still has to give the exact answer.
    Inside the Django admin, an allowed admin may still get the admin's own 403 (no
    'add' for read-only models) or 404 (no such object).
    """
    acceptable = {expected}
    if expected in (ALLOWED, UNAUTHORISED, NOT_FOUND):
        acceptable.add(WRONG_METHOD)
    if expected == ALLOWED and route.startswith(ADMIN_PREFIX):
        acceptable |= {FORBIDDEN, NOT_FOUND}
    return acceptable


@pytest.fixture
def urls(world: World) -> list[WalkedUrl]:
    consent = ConsentRecord.objects.get(business=world.business_a, partner=world.police_force)
    attempt = assessment_start(business=world.business_a, actor=world.people["member_a"])
    share_token = secrets.token_urlsafe(32)
    link = ShareLink.objects.create(
        business=world.business_a,
        assessment=attempt,
        token_hash=share_token_digest(share_token),
        label="insurer",
        expires_at=timezone.now() + timedelta(days=7),
    )
    incident = IncidentFactory(business=world.business_a)
    delivery = DeliveryFactory(business=world.business_a)
    incident_share(incident=incident, partner=world.police_force, actor=world.people["member_a"])
    profile = MentorProfileFactory(
        user=world.people["mentor"], supervisor=world.people["facilitator"]
    )
    mentorship = MentorshipFactory(
        request=HelpRequestFactory(business=world.business_a, status="matched"), mentor=profile
    )
    session = MentoringSessionFactory(mentorship=mentorship)
    meeting = SetMeetingFactory(
        learning_set=LearningSetFactory(facilitator=world.people["facilitator"])
    )
    passkey = PasskeyFactory(user=world.people["police"])
    samples = {
        "passkey_id": str(passkey_public_id(passkey)),
        "mentorship_id": str(mentorship.pk),
        "session_id": str(session.pk),
        "profile_id": str(profile.pk),
        "set_id": str(meeting.learning_set_id),
        "meeting_id": str(meeting.pk),
        "incident_id": str(incident.pk),
        "delivery_id": str(delivery.pk),
        "item_id": str(
            InventoryItem.objects.create(business=world.business_a, name_as_written="Xero").pk
        ),
        "type_id": "ransomware",
        "block": "size",
        "business_id": str(world.business_a.pk),
        "consent_id": str(consent.pk),
        "assessment_id": str(attempt.pk),
        "question_id": "fw.router-password",
        "action_id": "change-router-password",
        "link_id": str(link.pk),
        "token": "not-a-real-token",
        "token_id": str(
            api_token_create(user=world.people["member_a"], business=world.business_a, name="x")[
                0
            ].pk
        ),
    }
    real_tokens = {
        "shared/<str:token>/": {"token": share_token},
        "alerts/unsubscribe/<str:token>/": {
            "token": unsubscribe_token(world.people["member_a"], world.business_a)
        },
    }
    return list(walk_urls(samples, real_tokens))


def _expected_policy(route: str) -> str | None:
    if route.startswith(ADMIN_PREFIX):
        return "admin_only"
    return EXPECTED_POLICY.get(route)


def test_every_url_declares_the_policy_we_expect(urls: list[WalkedUrl]) -> None:
    mismatches = {
        url.route: (
            getattr(declared_policy(url.callback), "name", None),
            _expected_policy(url.route),
        )
        for url in urls
        if getattr(declared_policy(url.callback), "name", None) != _expected_policy(url.route)
    }
    assert mismatches == {}, "route: (declared, expected)"


def test_every_expected_policy_still_has_its_url(urls: list[WalkedUrl]) -> None:
    routes = {url.route for url in urls}
    assert set(EXPECTED_POLICY) - routes == set()


def _client(world: World, role: str) -> Client:
    client = Client()
    if role == "police_one_factor":
        return sign_in(client, world.people["police"], second_factor=False)
    if role != "anonymous":
        sign_in(client, world.people[role])
    return client


# A GET may write only what records that it happened: the audit trail (with its
# chain head), the insights release log (what was shown, for the differencing check),
# the session (idle timers, messages), the cache (throttles), and allauth's recovery-code
# row when the one showing of new codes is recorded and the codes become hashes (ADR 0034).
GET_MAY_WRITE = re.compile(
    r'^"?(audit_\w+|insights_insightsquery|insights_releasedfigure|django_session'
    r'|smeshield_cache\w*|mfa_authenticator)"?$'
)
_WRITE = re.compile(
    r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(?P<table>[\w.]+)"?', re.IGNORECASE
)


def _tables_written(queries: list[dict[str, str]]) -> set[str]:
    """Tables that the captured SQL wrote to, other than the ones a GET may write."""
    written = set()
    for query in queries:
        match = _WRITE.match(query["sql"])
        if match and not GET_MAY_WRITE.match(match.group("table")):
            written.add(match.group("table"))
    return written


def test_every_url_answers_every_role_as_its_policy_promises(
    world: World, urls: list[WalkedUrl]
) -> None:
    clients = {role: _client(world, role) for role in ROLES}
    surprises: list[str] = []
    for url in urls:
        policy_name = _expected_policy(url.route)
        assert policy_name is not None, url.route
        for role in ROLES:
            expected = EXPECTED_FOR_ROUTE.get(url.route, EXPECTED_OUTCOME[policy_name][role])
            for method in ("get", "post"):
                # The query log holds 9,000 entries; once full, a capture would see nothing.
                reset_queries()
                with transaction.atomic(), CaptureQueriesContext(connection) as queries:
                    # Each request is undone so one cannot change what the next sees.
                    client = _client(world, role) if method == "post" else clients[role]
                    response = getattr(client, method)(url.path)
                    transaction.set_rollback(True)
                got = _outcome(response.status_code, response.headers.get("Location", ""))
                if got not in _acceptable(expected, url.route):
                    surprises.append(
                        f"{method.upper()} {url.path} as {role}: {response.status_code} "
                        f"means {got!r}, expected {expected!r}"
                    )
                if expected != ALLOWED and 200 <= response.status_code < 300:
                    surprises.append(f"{method.upper()} {url.path} as {role}: unauthorised 2xx")
                if method == "get" and (written := _tables_written(queries.captured_queries)):
                    surprises.append(f"GET {url.path} as {role} wrote to {sorted(written)}")
    assert not surprises, "\n".join(surprises)


def _without_per_response_values(content: bytes) -> bytes:
    """Drop what differs on every response anyway: CSP nonces and CSRF tokens."""
    content = re.sub(rb'nonce="[^"]+"', b"", content)
    return re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", content)


def test_a_foreign_business_answers_exactly_like_a_missing_one(
    world: World, client_as: Callable[[str], Client]
) -> None:
    client = client_as("member_b")
    missing_id = "00000000-0000-4000-8000-000000000000"
    foreign_id = str(world.business_a.pk)

    foreign = client.get(f"/businesses/{foreign_id}/")
    missing = client.get(f"/businesses/{missing_id}/")

    assert foreign.status_code == missing.status_code == 404
    assert _without_per_response_values(foreign.content).replace(
        foreign_id.encode(), b"ID"
    ) == _without_per_response_values(missing.content).replace(missing_id.encode(), b"ID")
    assert world.business_a.name.encode() not in foreign.content
