"""A business person signs up and signs in with an emailed code; no password exists."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from smeshield.accounts.models import User
from smeshield.accounts.services import user_create
from smeshield.audit.models import AuditAction, AuditEntry
from smeshield.domain.roles import Role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _code_from_last_email() -> str:
    body = mail.outbox[-1].body
    match = re.search(r"^\s*([A-Z0-9]{3,4}-?[A-Z0-9]{3,4})\s*$", body, re.MULTILINE)
    assert match, body
    return match.group(1)


def test_given_a_new_visitor_when_they_sign_up_with_an_email_then_a_code_finishes_it() -> None:
    client = Client()
    response = client.post(reverse("account_signup"), {"email": "Owner@Example.com"})
    assert response.status_code == 302
    assert mail.outbox[-1].to == ["owner@example.com"]

    response = client.post(
        reverse("account_email_verification_sent"), {"code": _code_from_last_email()}
    )

    assert response.status_code == 302
    user = User.objects.get(email="owner@example.com")
    assert user.role == Role.BUSINESS
    assert not user.has_usable_password()
    assert client.get(reverse("home")).url == reverse("business_register")


def test_given_an_account_when_its_owner_asks_for_a_code_then_the_code_signs_them_in() -> None:
    user = UserFactory(email="baker@example.com")
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    client = Client()

    response = client.post(reverse("account_login"), {"email": "baker@example.com"})
    assert response.status_code == 302
    assert response.url == reverse("account_confirm_login_code")

    response = client.post(reverse("account_confirm_login_code"), {"code": _code_from_last_email()})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


@pytest.mark.parametrize("role", [Role.BUSINESS, Role.POLICE])
def test_given_an_account_an_admin_created_when_they_first_sign_in_then_the_code_is_enough(
    role: Role,
) -> None:
    user = user_create(email="new.person@example.com", role=role)
    client = Client()

    client.post(reverse("account_login"), {"email": "new.person@example.com"})
    response = client.post(reverse("account_confirm_login_code"), {"code": _code_from_last_email()})

    assert response.status_code == 302
    assert response.url == reverse("home")
    assert client.session["_auth_user_id"] == str(user.pk)
    assert user.emailaddress_set.get().verified


def test_given_a_wrong_code_when_entered_then_the_page_says_so_and_nobody_is_signed_in() -> None:
    user = UserFactory(email="baker@example.com")
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    client = Client()
    client.post(reverse("account_login"), {"email": "baker@example.com"})

    response = client.post(reverse("account_confirm_login_code"), {"code": "WRONG-CODE"})

    assert response.status_code == 200
    assert b"govuk-error-summary" in response.content
    assert "_auth_user_id" not in client.session
    assert (
        AuditEntry.objects.filter(
            action=AuditAction.SIGN_IN_CODE_REJECTED, actor_id=user.pk
        ).count()
        == 1
    )


def test_given_an_unknown_email_when_asking_for_a_code_then_the_answer_does_not_reveal_it() -> None:
    known = UserFactory(email="known@example.com")
    known.emailaddress_set.create(email=known.email, verified=True, primary=True)

    unknown_response = Client().post(reverse("account_login"), {"email": "nobody@example.com"})
    known_response = Client().post(reverse("account_login"), {"email": "known@example.com"})

    assert unknown_response.status_code == known_response.status_code == 302
    assert unknown_response.url == known_response.url


def test_given_signing_in_when_it_succeeds_then_the_session_key_changes() -> None:
    user = UserFactory(email="baker@example.com")
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    client = Client()
    client.get(reverse("account_login"))
    client.post(reverse("account_login"), {"email": "baker@example.com"})
    before = client.session.session_key

    client.post(reverse("account_confirm_login_code"), {"code": _code_from_last_email()})

    assert client.session.session_key != before
