"""Passkeys in Chromium: a police officer sets one up, then signs in with it (S6).

Chromium's DevTools virtual authenticator (CTAP2, resident keys, user verified)
stands in for a phone or security key, so the real WebAuthn ceremony runs in the
browser against allauth's server side.
"""

from __future__ import annotations

import re

import pytest
from allauth.mfa.models import Authenticator
from django.core import mail

from smeshield.accounts.services import user_create
from smeshield.audit.models import AuditAction, AuditEntry
from smeshield.domain.roles import Role
from tests.e2e.conftest import Visit
from tests.factories import BusinessFactory, ConsentFactory, PartnerMembershipFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _latest_code() -> str:
    match = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", mail.outbox[-1].body, re.MULTILINE)
    assert match, mail.outbox[-1].body
    return match.group(1)


def _emailed_code(visit: Visit, email: str) -> None:
    page = visit.page
    visit.goto("/account/sign-in/")
    page.get_by_label("Email address").fill(email)
    page.get_by_role("button", name="Send me a code").click()
    page.wait_for_url("**/account/sign-in/code/")
    page.get_by_label("Code").fill(_latest_code())
    page.get_by_role("button", name="Continue").click()


def _virtual_authenticator(visit: Visit) -> object:
    cdp = visit.page.context.new_cdp_session(visit.page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )
    return cdp


def test_a_police_officer_sets_up_a_passkey_then_signs_in_with_it(visit: Visit) -> None:
    officer = PartnerMembershipFactory(
        user=user_create(email="pc.passkey@example.com", role=Role.POLICE)
    ).user
    ConsentFactory(
        business=BusinessFactory(name="Passkey Bakery"),
        scope="named_partner",
        partner=officer.partner_memberships.get().organisation,
    )
    page = visit.page
    page.set_default_timeout(120_000)  # a busy 2-core machine: the first page can be slow
    _virtual_authenticator(visit)

    _emailed_code(visit, officer.email)
    page.wait_for_url("**/account/two-factor/**")
    visit.check()
    page.get_by_role("link", name="Set up a passkey").click()
    page.wait_for_url("**/account/two-factor/passkeys/add/")
    visit.check()
    page.get_by_label("Name for this passkey").fill("Work laptop")
    page.get_by_role("button", name="Set up a passkey").click()
    page.wait_for_url("**/account/two-factor/recovery-codes/")
    visit.check()
    assert page.locator("#recovery-codes li").count() == 10
    passkey = Authenticator.objects.get(user=officer, type=Authenticator.Type.WEBAUTHN)
    assert passkey.wrap().name == "Work laptop"
    visit.goto("/staff/")  # setting it up proved it for this session
    assert "/staff/" in page.url
    page.get_by_role("button", name="Sign out").click()

    _emailed_code(visit, officer.email)
    page.wait_for_url("**/account/two-factor/sign-in/")
    visit.check()
    page.get_by_role("button", name="Use a passkey").click()
    page.wait_for_url(lambda url: "/account/two-factor/" not in url)
    visit.goto("/staff/")
    assert "/staff/" in page.url
    page.get_by_role("link", name="Passkey Bakery").click()
    visit.check()
    assert AuditEntry.objects.filter(
        action=AuditAction.MFA_VERIFIED, actor_id=officer.pk, data__type="webauthn"
    ).exists()
