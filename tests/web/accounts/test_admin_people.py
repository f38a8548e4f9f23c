"""Admins manage people in the Django admin; every role change and disabling is audited."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from smeshield.accounts.models import User
from smeshield.audit.models import AuditAction, AuditEntry
from tests.conftest import World

pytestmark = pytest.mark.django_db


def test_an_admin_adds_a_police_officer_who_can_then_sign_in_by_code(
    client_as: Callable[[str], Client],
) -> None:
    response = client_as("admin").post(
        "/admin/accounts/user/add/",
        {
            "email": "pc.new@example.com",
            "display_name": "PC New",
            "role": "police",
            "is_active": "on",
        },
    )

    assert response.status_code == 302
    officer = User.objects.get(email="pc.new@example.com")
    assert officer.role == "police"
    assert not officer.has_usable_password()
    assert officer.emailaddress_set.get().email == "pc.new@example.com"
    assert AuditEntry.objects.filter(
        action=AuditAction.ROLE_CHANGED, target=f"user:{officer.pk}"
    ).exists()


def test_disabling_a_person_is_audited_and_ends_their_access_at_once(
    world: World, client_as: Callable[[str], Client]
) -> None:
    police = client_as("police")
    assert police.get("/staff/").status_code == 200
    officer = world.people["police"]

    client_as("admin").post(
        f"/admin/accounts/user/{officer.pk}/change/",
        {"email": officer.email, "display_name": "x", "role": "police"},  # is_active unticked
    )

    assert AuditEntry.objects.filter(action=AuditAction.USER_DISABLED).count() == 1
    assert police.get("/staff/").status_code == 302  # signed out on the next request


def test_only_admins_hold_admin_permissions(world: World) -> None:
    assert world.people["admin"].has_perm("accounts.change_user")
    assert not world.people["police"].has_perm("accounts.change_user")
    assert not world.people["member_a"].has_module_perms("accounts")
