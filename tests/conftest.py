"""Shared test set-up: a small world with one person per role (SECURITY.md S2)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import struct
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.db import connection
from django.test import Client

from smeshield.accounts.models import User
from smeshield.businesses.models import Business, PartnerOrganisation
from smeshield.domain.roles import ConsentScope, Role
from smeshield.kernel import encryption
from smeshield.kernel.message_catalogues import compile_catalogues
from tests.factories import (
    BusinessFactory,
    ConsentFactory,
    MembershipFactory,
    PartnerMembershipFactory,
    PartnerOrganisationFactory,
    PostcodeDistrictFactory,
    UserFactory,
)


def pytest_sessionstart(session: pytest.Session) -> None:
    """Compile the message catalogues (.mo are built, not committed: ADR 0063), so a
    fresh clone's tests see the translations."""
    compile_catalogues()


ROLES = (
    "anonymous",
    "member_a",
    "member_b",
    "mentor",
    "facilitator",
    "police",
    "partner",
    "researcher",
    "admin",
)


@dataclass
class World:
    business_a: Business
    business_b: Business
    police_force: PartnerOrganisation
    bank: PartnerOrganisation
    people: dict[str, User]


def enrol_two_factor(user: User) -> str:
    """Give a staff person an authenticator app (allauth's, secret encrypted with
    DATA_KEY as the adapter stores it); returns its base32 secret."""
    secret = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    Authenticator.objects.update_or_create(
        user=user,
        type=Authenticator.Type.TOTP,
        defaults={"data": {"secret": encryption.encrypt(secret)}},
    )
    RecoveryCodes.activate(user)
    return secret


def totp_code(secret: str, step: int) -> str:
    """RFC 6238 (SHA-1, 6 digits) worked out here, independently of the app's code."""
    digest = hmac.new(base64.b32decode(secret), struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def current_code(secret: str, *, steps_ahead: int = 0) -> str:
    return totp_code(secret, int(time.time()) // 30 + steps_ahead)


def mark_second_factor_proved(client: Client, user: User) -> None:
    """What allauth's mfa app records in the session when a second factor is proved."""
    session = client.session
    session["account_authentication_methods"] = [
        {"method": "mfa", "at": time.time(), "type": "totp"}
    ]
    session["account_authentication_methods_user"] = str(user.pk)
    session.save()


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    """Throttles live in the cache: each test starts with none used up."""
    from django.core.cache import cache

    cache.clear()


def _database_use(request: pytest.FixtureRequest) -> str | None:
    marker = request.node.get_closest_marker("django_db")
    names = set(request.fixturenames)
    if (marker and marker.kwargs.get("transaction")) or {"transactional_db", "live_server"} & names:
        return "transactional_db"
    if marker or "db" in names:
        return "db"
    return None


@pytest.fixture(autouse=True)
def _audit_purge_permit_only_for_emptying(request: pytest.FixtureRequest) -> Iterator[None]:
    """The audit triggers refuse deletes without a purge permit (see audit migration 0002).

    Tests that commit are emptied afterwards, so they leave a permit behind for that;
    every test starts by removing any permit, so no test runs with one by accident.
    """
    use = _database_use(request)
    if use is None:
        yield
        return
    request.getfixturevalue(use)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_purge_permit")
    yield
    if use == "transactional_db":
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO audit_purge_permit (reason) VALUES ('test clean-up')")


@pytest.fixture
def world(db: None) -> World:
    """Two businesses and one person per role; business A shares with the police force."""
    district = PostcodeDistrictFactory()
    business_a = BusinessFactory(district=district)
    business_b = BusinessFactory(district=district)
    member_a = MembershipFactory(business=business_a).user
    member_b = MembershipFactory(business=business_b).user
    police_force = PartnerOrganisationFactory(name="West Yorkshire Police (test)")
    bank = PartnerOrganisationFactory(name="Test Bank", kind="bank", police_force_code="")
    people: dict[str, User] = {"member_a": member_a, "member_b": member_b}
    for role in (Role.MENTOR, Role.FACILITATOR, Role.RESEARCHER, Role.ADMIN):
        people[role.value] = UserFactory(role=role)
    people["police"] = PartnerMembershipFactory(organisation=police_force).user
    people["partner"] = PartnerMembershipFactory(
        organisation=bank, user=UserFactory(role=Role.PARTNER)
    ).user
    ConsentFactory(
        business=business_a,
        scope=ConsentScope.NAMED_PARTNER,
        partner=police_force,
        granted_by=member_a,
    )
    for person in people.values():
        if person.is_staff_role:
            enrol_two_factor(person)
    return World(business_a, business_b, police_force, bank, people)


def sign_in(client: Client, user: User, *, second_factor: bool = True) -> Client:
    """Sign a person in; staff also pass their second factor unless told not to."""
    client.force_login(user)
    if user.is_staff_role and second_factor:
        mark_second_factor_proved(client, user)
    return client


@pytest.fixture
def client_as(world: World) -> Callable[[str], Client]:
    """A test client signed in as the named role ('anonymous' for nobody)."""

    def make(role: str) -> Client:
        client = Client()
        if role != "anonymous":
            sign_in(client, world.people[role])
        return client

    return make
