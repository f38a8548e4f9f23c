"""Staff rename or remove a passkey (a lost one), by UUID, never their last factor (S5, S6)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from allauth.mfa.models import Authenticator
from django.test import Client

from smeshield.accounts.models import User
from smeshield.audit.models import AuditAction, AuditEntry
from smeshield.domain.roles import Role
from tests.conftest import enrol_two_factor, sign_in
from tests.factories import PasskeyFactory, UserFactory
from tests.web.query_counts import constant_queries, count_of

pytestmark = pytest.mark.django_db

UUID_LINK = re.compile(r'href="/account/two-factor/passkeys/([0-9a-f-]{36})/(rename|remove)/"')


def _officer(*, with_app: bool = True) -> User:
    officer = UserFactory(role=Role.POLICE, email="officer@example.com")
    if with_app:
        enrol_two_factor(officer)
    return officer


def _links(client: Client) -> list[tuple[str, str]]:
    response = client.get("/account/two-factor/passkeys/")
    assert response.status_code == 200
    return UUID_LINK.findall(response.content.decode())


def _audited(user: User, action: str) -> int:
    return AuditEntry.objects.filter(action=action, actor_id=user.pk).count()


def test_given_an_officer_with_a_passkey_then_their_list_links_to_it_by_uuid_only() -> None:
    officer = _officer()
    passkey = PasskeyFactory(user=officer, name="Work laptop")
    client = sign_in(Client(), officer)

    links = _links(client)

    assert {kind for _, kind in links} == {"rename", "remove"}
    assert len({public_id for public_id, _ in links}) == 1
    page = client.get("/account/two-factor/passkeys/").content.decode()
    assert "Work laptop" in page
    assert f"/passkeys/{passkey.pk}/" not in page  # never allauth's integer id


def test_given_an_officer_when_they_rename_a_passkey_then_the_new_name_shows_and_is_audited() -> (
    None
):
    officer = _officer()
    PasskeyFactory(user=officer, name="Work laptop")
    client = sign_in(Client(), officer)
    [(public_id, _), *_] = _links(client)

    response = client.post(
        f"/account/two-factor/passkeys/{public_id}/rename/", {"name": "  Old   phone "}
    )

    assert response.status_code == 302
    assert response.headers["Location"] == "/account/two-factor/passkeys/"
    assert Authenticator.objects.get(user=officer, type="webauthn").data["name"] == "Old phone"
    assert _audited(officer, AuditAction.MFA_RENAMED) == 1


def test_given_a_blank_name_when_renaming_then_the_error_summary_says_what_to_do() -> None:
    officer = _officer()
    PasskeyFactory(user=officer, name="Work laptop")
    client = sign_in(Client(), officer)
    [(public_id, _), *_] = _links(client)

    response = client.post(f"/account/two-factor/passkeys/{public_id}/rename/", {"name": "   "})

    assert response.status_code == 200
    page = response.content.decode()
    assert "govuk-error-summary" in page
    assert "Enter a name for the passkey" in page
    assert Authenticator.objects.get(user=officer, type="webauthn").data["name"] == "Work laptop"
    assert _audited(officer, AuditAction.MFA_RENAMED) == 0


def test_given_an_app_as_well_when_they_remove_a_lost_passkey_then_it_is_gone_and_audited() -> None:
    officer = _officer(with_app=True)
    PasskeyFactory(user=officer)
    client = sign_in(Client(), officer)
    [(public_id, _), *_] = _links(client)

    response = client.post(f"/account/two-factor/passkeys/{public_id}/remove/")

    assert response.status_code == 302
    assert not Authenticator.objects.filter(user=officer, type="webauthn").exists()
    assert Authenticator.objects.filter(user=officer, type="totp").exists()
    assert _audited(officer, AuditAction.MFA_REMOVED) == 1


def test_given_two_passkeys_and_no_app_when_one_is_removed_then_the_other_stays() -> None:
    officer = _officer(with_app=False)
    PasskeyFactory(user=officer, name="Lost phone")
    PasskeyFactory(user=officer, name="Work laptop")
    client = sign_in(Client(), officer)
    first = _links(client)[0][0]  # oldest first: the lost phone

    response = client.post(f"/account/two-factor/passkeys/{first}/remove/")

    assert response.status_code == 302
    names = [a.data["name"] for a in Authenticator.objects.filter(user=officer, type="webauthn")]
    assert names == ["Work laptop"]


def test_given_a_passkey_is_the_last_factor_when_removing_it_then_it_is_refused() -> None:
    officer = _officer(with_app=False)
    PasskeyFactory(user=officer, name="Only key")
    client = sign_in(Client(), officer)
    [(public_id, _), *_] = _links(client)

    shown = client.get(f"/account/two-factor/passkeys/{public_id}/remove/")
    response = client.post(f"/account/two-factor/passkeys/{public_id}/remove/")

    assert "Remove the passkey</button>" not in shown.content.decode()
    assert response.status_code == 200
    page = response.content.decode()
    assert "govuk-error-summary" in page
    assert "You cannot remove your only authenticator app or passkey" in page
    assert Authenticator.objects.filter(user=officer, type="webauthn").count() == 1
    assert _audited(officer, AuditAction.MFA_REMOVED) == 0


def test_given_someone_elses_passkey_then_it_answers_like_a_missing_one() -> None:
    owner = _officer()
    PasskeyFactory(user=owner)
    [(public_id, _), *_] = _links(sign_in(Client(), owner))
    other = UserFactory(role=Role.POLICE, email="other@example.com")
    enrol_two_factor(other)
    client = sign_in(Client(), other)

    answers = [
        client.get(f"/account/two-factor/passkeys/{public_id}/rename/").status_code,
        client.post(f"/account/two-factor/passkeys/{public_id}/remove/").status_code,
        client.get(
            "/account/two-factor/passkeys/00000000-0000-4000-8000-000000000000/remove/"
        ).status_code,
    ]

    assert answers == [404, 404, 404]
    assert Authenticator.objects.filter(user=owner, type="webauthn").count() == 1


def test_given_a_session_without_the_second_factor_then_removing_asks_for_it_first() -> None:
    officer = _officer()
    PasskeyFactory(user=officer)
    [(public_id, _), *_] = _links(sign_in(Client(), officer))
    client = sign_in(Client(), officer, second_factor=False)

    response = client.post(f"/account/two-factor/passkeys/{public_id}/remove/")

    assert response.status_code == 302
    assert response.headers["Location"].startswith("/account/two-factor/?next=")
    assert Authenticator.objects.filter(user=officer, type="webauthn").count() == 1
    assert _audited(officer, AuditAction.MFA_REMOVED) == 0


def test_the_passkey_list_queries_do_not_grow_with_the_passkeys(
    django_assert_max_num_queries: Any,
) -> None:
    officer = _officer()
    constant_queries(
        django_assert_max_num_queries,
        sign_in(Client(), officer),
        "/account/two-factor/passkeys/",
        lambda n: PasskeyFactory(user=officer, name=f"Key {n}"),
        rows_shown=count_of('href="/account/two-factor/passkeys/{uuid}/rename/"'),
    )


def test_given_only_an_app_when_staff_try_to_remove_it_then_it_stays() -> None:
    officer = _officer(with_app=True)
    client = sign_in(Client(), officer)

    response = client.post("/account/two-factor/app/remove/")

    assert response.status_code == 200
    assert "Set up a passkey first" in response.content.decode()
    assert Authenticator.objects.filter(user=officer, type="totp").exists()
    assert _audited(officer, AuditAction.MFA_REMOVED) == 0


def test_given_a_passkey_as_well_when_staff_remove_the_app_then_the_passkey_carries_on() -> None:
    officer = _officer(with_app=True)
    PasskeyFactory(user=officer)
    client = sign_in(Client(), officer)

    response = client.post("/account/two-factor/app/remove/")

    assert response.status_code == 302
    assert not Authenticator.objects.filter(user=officer, type="totp").exists()
    assert Authenticator.objects.filter(user=officer, type="webauthn").count() == 1
    assert _audited(officer, AuditAction.MFA_REMOVED) == 1
