"""Staff must set up and use two-step sign-in before anything else (S6, S7, S9).

The second factor is allauth's mfa app; these tests drive it through our pages
the way a person would: emailed code, then the authenticator app or a recovery code.
"""

from __future__ import annotations

import importlib
import re
from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.hashers import make_password
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from smeshield.accounts.models import User
from smeshield.audit.models import AuditAction, AuditEntry
from smeshield.domain.roles import Role
from tests.conftest import World, current_code, enrol_two_factor, sign_in
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
migration = importlib.import_module("smeshield.accounts.migrations.0002_second_factor_to_allauth")


def _code_from_last_email() -> str:
    match = re.search(r"^\s*([A-Z0-9]{3,4}-?[A-Z0-9]{3,4})\s*$", mail.outbox[-1].body, re.M)
    assert match
    return match.group(1)


def _staff(role: Role = Role.POLICE, email: str = "officer@example.com") -> User:
    user = UserFactory(role=role, email=email)
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    return user


def _emailed_code_step(client: Client, user: User) -> object:
    client.post(reverse("account_login"), {"email": user.email})
    return client.post(reverse("account_confirm_login_code"), {"code": _code_from_last_email()})


def _signed_in_as(client: Client) -> str | None:
    return client.session.get("_auth_user_id")


def _enrol_app_through_the_pages(client: Client) -> tuple[str, list[str]]:
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    secret = re.search(rb'id="totp-secret">([A-Z2-7]+)<', page.content)
    assert secret, page.content
    response = client.post(
        reverse("mfa_activate_totp"), {"code": current_code(secret.group(1).decode())}
    )
    assert response.status_code == 302
    assert response.url == reverse("mfa_view_recovery_codes")
    codes_page = client.get(response.url)
    codes = re.findall(rb"<li>(\d{8})</li>", codes_page.content)
    return secret.group(1).decode(), [c.decode() for c in codes]


def test_given_a_new_police_officer_when_they_open_any_page_then_they_must_set_up_first() -> None:
    officer = UserFactory(role=Role.POLICE)
    client = sign_in(Client(), officer, second_factor=False)

    for path in ("/dashboard/", "/staff/", "/account/", "/admin/", "/notifications/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response.url.startswith("/account/two-factor/"), path

    page = client.get("/account/two-factor/")
    assert page.status_code == 200
    assert b"Set up two-step sign-in" in page.content
    assert b"Set up a passkey" in page.content
    assert b"Set up an authenticator app" in page.content


def test_given_a_new_officer_when_they_set_up_the_app_then_codes_show_once_and_work_goes_on() -> (
    None
):
    officer = _staff()
    client = Client()
    _emailed_code_step(client, officer)
    assert _signed_in_as(client) == str(officer.pk)  # no factor yet: the code is enough to enrol
    assert client.get("/staff/").url.startswith("/account/two-factor/")  # but not for data

    _secret, codes = _enrol_app_through_the_pages(client)

    assert len(codes) == 10
    assert client.get("/staff/").status_code == 200  # setting it up proved it this session
    again = client.get(reverse("mfa_view_recovery_codes"))
    assert re.findall(rb"<li>(\d{8})</li>", again.content) == []  # shown once only
    assert "no-store" in again.headers["Cache-Control"]
    assert AuditEntry.objects.filter(action=AuditAction.MFA_ENROLLED, actor_id=officer.pk).exists()


def test_given_a_wrong_code_while_setting_up_then_the_error_summary_names_the_field() -> None:
    officer = UserFactory(role=Role.POLICE)
    client = sign_in(Client(), officer, second_factor=False)
    client.get(reverse("mfa_activate_totp"))

    response = client.post(reverse("mfa_activate_totp"), {"code": "123456x"})

    assert response.status_code == 200
    assert b"govuk-error-summary" in response.content
    assert b'href="#id_code"' in response.content
    assert b"The code is not right" in response.content


def test_given_an_enrolled_officer_when_they_sign_in_then_the_app_code_is_asked_before_entry() -> (
    None
):
    officer = _staff()
    secret = enrol_two_factor(officer)
    client = Client()

    response = _emailed_code_step(client, officer)

    assert response.url == reverse("mfa_authenticate")  # type: ignore[attr-defined]
    assert _signed_in_as(client) is None  # one factor is not a session
    page = client.get(reverse("mfa_authenticate"))
    assert b"Enter your security code" in page.content
    assert b"Use a passkey" in page.content

    response = client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})

    assert response.status_code == 302
    assert _signed_in_as(client) == str(officer.pk)
    assert client.get("/staff/").status_code == 200
    assert AuditEntry.objects.filter(action=AuditAction.MFA_VERIFIED, actor_id=officer.pk).exists()


def test_given_a_code_already_used_when_it_is_typed_again_then_it_is_refused() -> None:
    officer = _staff()
    secret = enrol_two_factor(officer)
    code = current_code(secret)
    first = Client()
    _emailed_code_step(first, officer)
    first.post(reverse("mfa_authenticate"), {"code": code})
    assert _signed_in_as(first) == str(officer.pk)

    replay = Client()
    _emailed_code_step(replay, officer)
    response = replay.post(reverse("mfa_authenticate"), {"code": code})

    assert response.status_code == 200
    assert b"The code is not right" in response.content
    assert _signed_in_as(replay) is None
    assert AuditEntry.objects.filter(action=AuditAction.MFA_REJECTED, actor_id=officer.pk).exists()


def test_given_recovery_codes_when_one_is_used_then_it_works_once_only() -> None:
    officer = _staff()
    client = Client()
    _emailed_code_step(client, officer)
    _secret, codes = _enrol_app_through_the_pages(client)
    client.post(reverse("account_logout"))

    first = Client()
    _emailed_code_step(first, officer)
    first.post(reverse("mfa_authenticate"), {"code": codes[3]})
    assert _signed_in_as(first) == str(officer.pk)

    second = Client()
    _emailed_code_step(second, officer)
    response = second.post(reverse("mfa_authenticate"), {"code": codes[3]})
    assert _signed_in_as(second) is None
    assert b"9 codes left" in first.get(reverse("mfa_index")).content
    assert b"The code is not right" in response.content
    assert AuditEntry.objects.filter(
        action=AuditAction.RECOVERY_CODE_USED, actor_id=officer.pk
    ).exists()


def test_given_recovery_codes_once_shown_then_only_salted_hashes_are_stored() -> None:
    from allauth.mfa.models import Authenticator
    from django.contrib.auth.hashers import check_password
    from django.db import connection

    officer = _staff()
    client = Client()
    _emailed_code_step(client, officer)
    _secret, codes = _enrol_app_through_the_pages(client)

    with connection.cursor() as cursor:
        cursor.execute("SELECT data FROM mfa_authenticator")
        raw = " ".join(str(row[0]) for row in cursor.fetchall())
    assert len(codes) == 10
    assert not any(code in raw for code in codes)
    stored = Authenticator.objects.get(user=officer, type="recovery_codes").data
    assert "seed" not in stored  # nothing left that the codes could be worked out from
    hashes = stored["smeshield_code_hashes"]
    assert len(hashes) == 10
    assert all(any(check_password(code, h) for h in hashes) for code in codes)
    page = client.get(reverse("mfa_index"))
    assert b"10 codes left" in page.content


def test_given_staff_enrolled_before_allauth_when_migrated_then_their_old_app_and_codes_work() -> (
    None
):
    from allauth.mfa.models import Authenticator

    officer = _staff()
    old_secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # as the old totp module made them
    old_codes = ["BCDF-GHJK-2345", "ZXWV-TSRQ-9876"]
    moved = migration.legacy_second_factors_to_authenticators(
        Authenticator,
        [(officer.pk, old_secret, timezone.now()), (UserFactory().pk, "AAAA", None)],
        [(officer.pk, make_password(code)) for code in old_codes],
    )
    assert moved == 1  # an unconfirmed device is not carried over

    client = Client()
    _emailed_code_step(client, officer)
    client.post(reverse("mfa_authenticate"), {"code": current_code(old_secret)})
    assert _signed_in_as(client) == str(officer.pk)

    for attempt, expected in ((old_codes[0].lower(), True), (old_codes[0], False)):
        other = Client()
        _emailed_code_step(other, officer)
        other.post(reverse("mfa_authenticate"), {"code": attempt})
        assert (_signed_in_as(other) == str(officer.pk)) is expected


def test_a_business_person_never_meets_a_second_factor(world: World) -> None:
    person = world.people["member_a"]
    person.emailaddress_set.update_or_create(
        email=person.email, defaults={"verified": True, "primary": True}
    )
    client = Client()
    _emailed_code_step(client, person)
    assert _signed_in_as(client) == str(person.pk)
    assert client.get(reverse("account")).status_code == 200
    assert client.get("/account/two-factor/").status_code == 302
    assert client.get(reverse("mfa_index")).status_code == 403
    assert client.get(reverse("mfa_activate_totp")).status_code == 403


def test_given_one_factor_when_staff_already_have_an_app_then_they_cannot_add_another(
    world: World,
) -> None:
    client = sign_in(Client(), world.people["police"], second_factor=False)
    for name in (
        "mfa_activate_totp",
        "mfa_add_webauthn",
        "mfa_index",
        "mfa_generate_recovery_codes",
    ):
        response = client.get(reverse(name))
        assert response.status_code == 302, name
        assert response.url.startswith("/account/two-factor/"), name


def test_given_a_session_without_the_second_factor_then_the_app_code_is_asked_again(
    world: World,
) -> None:
    officer = world.people["police"]
    secret = enrol_two_factor(officer)
    client = sign_in(Client(), officer, second_factor=False)
    assert client.get("/staff/").url == "/account/two-factor/?next=%2Fstaff%2F"

    check = client.get("/account/two-factor/?next=%2Fstaff%2F")
    assert check.url == "/account/two-factor/check/?next=%2Fstaff%2F"
    response = client.post(check.url, {"code": current_code(secret), "next": "/staff/"})

    assert response.status_code == 302
    assert response.url == "/staff/"
    assert client.get("/staff/").status_code == 200


def test_a_next_address_on_another_site_is_never_followed(world: World) -> None:
    officer = world.people["police"]
    secret = enrol_two_factor(officer)
    client = sign_in(Client(), officer, second_factor=False)
    response = client.post(
        "/account/two-factor/check/",
        {"code": current_code(secret), "next": "https://evil.example/"},
    )
    assert response.status_code == 302
    assert not response.url.startswith("https://evil.example")


def test_guessing_second_factor_codes_is_throttled_per_person() -> None:
    """S8: at most 20 wrong second-factor codes an hour per person, whatever the address."""
    officer = _staff()
    secret = enrol_two_factor(officer)
    client = Client()
    _emailed_code_step(client, officer)
    for n in range(20):
        client.post(reverse("mfa_authenticate"), {"code": "000000"}, REMOTE_ADDR=f"203.0.113.{n}")
    response = client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    assert _signed_in_as(client) is None
    assert b"Too many" in response.content


def test_staff_sessions_end_after_30_idle_minutes(world: World) -> None:
    with time_machine.travel("2026-11-27 09:00 +0000", tick=False) as traveller:
        client = sign_in(Client(), world.people["police"])
        assert client.get("/staff/").status_code == 200
        traveller.shift(timedelta(minutes=29))
        assert client.get("/staff/").status_code == 200
        traveller.shift(timedelta(minutes=31))

        response = client.get("/staff/")

    assert response.status_code == 302
    assert response.url.startswith("/account/sign-in/")
    assert AuditEntry.objects.filter(action=AuditAction.SESSION_EXPIRED).exists()


def test_staff_sessions_end_after_12_hours_however_busy(world: World) -> None:
    with time_machine.travel("2026-11-27 09:00 +0000", tick=False) as traveller:
        client = sign_in(Client(), world.people["police"])
        for _ in range(12 * 3 + 1):  # a request every 20 minutes for over 12 hours
            traveller.shift(timedelta(minutes=20))
            response = client.get("/staff/")
    assert response.status_code == 302
    assert response.url.startswith("/account/sign-in/")


def test_signing_out_ends_the_session_on_the_server(world: World) -> None:
    client = sign_in(Client(), world.people["member_a"])
    session_key = client.session.session_key
    client.post(reverse("account_logout"))

    from django.contrib.sessions.models import Session

    assert not Session.objects.filter(session_key=session_key).exists()
    assert client.get(reverse("account")).status_code == 302
