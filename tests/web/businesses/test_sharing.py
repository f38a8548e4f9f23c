"""What a business shares: granted in one step, withdrawn in one step, audited (S22, S24)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from smeshield.audit.models import AuditAction, AuditEntry
from smeshield.businesses.models import ConsentRecord, ConsentWithdrawal
from smeshield.businesses.selectors import business_ids_consenting
from smeshield.businesses.services import consent_grant, consent_withdraw
from smeshield.domain.roles import ConsentScope
from tests.conftest import World

pytestmark = pytest.mark.django_db


def _police_consent(world: World) -> ConsentRecord:
    return ConsentRecord.objects.get(business=world.business_a, partner=world.police_force)


def test_given_a_business_shares_with_police_when_an_officer_looks_then_one_audit_entry(
    world: World, client_as: Callable[[str], Client]
) -> None:
    response = client_as("police").get(f"/staff/businesses/{world.business_a.pk}/")

    assert response.status_code == 200
    assert world.business_a.name.encode() in response.content
    entries = AuditEntry.objects.filter(
        action=AuditAction.BUSINESS_DATA_VIEWED, business_id=world.business_a.pk
    )
    assert entries.count() == 1
    assert entries.get().actor_id == world.people["police"].pk
    assert entries.get().reason == f"consent {_police_consent(world).pk}"


def test_given_the_staff_home_lists_sharing_businesses_then_each_listed_one_is_audited(
    world: World, client_as: Callable[[str], Client]
) -> None:
    response = client_as("police").get("/staff/")

    assert world.business_a.name.encode() in response.content
    listed = AuditEntry.objects.filter(action=AuditAction.BUSINESS_DATA_VIEWED, target="/staff/")
    assert [(e.business_id, e.actor_id) for e in listed] == [
        (world.business_a.pk, world.people["police"].pk)
    ]
    assert world.business_b.name.encode() not in response.content


def test_given_the_owner_withdraws_in_one_step_then_the_officer_sees_nothing_at_once(
    world: World, client_as: Callable[[str], Client]
) -> None:
    consent = _police_consent(world)
    owner = client_as("member_a")

    response = owner.post(f"/businesses/{world.business_a.pk}/sharing/{consent.pk}/stop/")

    assert response.status_code == 302
    assert ConsentWithdrawal.objects.filter(consent=consent).count() == 1
    assert client_as("police").get(f"/staff/businesses/{world.business_a.pk}/").status_code == 404
    assert b"Stopped" in owner.get(f"/businesses/{world.business_a.pk}/sharing/").content


def test_an_admin_must_give_a_reason_and_the_reason_is_audited(
    world: World, client_as: Callable[[str], Client]
) -> None:
    admin = client_as("admin")
    url = f"/staff/businesses/{world.business_b.pk}/"

    asked = admin.get(url)
    too_short = admin.get(url, {"reason": "curious"})
    given = admin.get(url, {"reason": "Owner asked for help by phone, ticket 42"})

    assert world.business_b.name.encode() not in asked.content
    assert world.business_b.name.encode() not in too_short.content
    assert b"govuk-error-message" in too_short.content
    assert world.business_b.name.encode() in given.content
    entry = AuditEntry.objects.get(action=AuditAction.BUSINESS_DATA_VIEWED)
    assert entry.reason == "admin support: Owner asked for help by phone, ticket 42"


def test_consent_records_are_append_only(world: World) -> None:
    consent = _police_consent(world)
    consent.wording = "changed"
    with pytest.raises(PermissionError):
        consent.save()
    with pytest.raises(PermissionError):
        ConsentRecord.objects.filter(pk=consent.pk).update(wording="changed")
    with pytest.raises(PermissionError):
        ConsentRecord.objects.filter(pk=consent.pk).delete()


def test_withdrawing_twice_keeps_the_first_withdrawal(world: World) -> None:
    consent = _police_consent(world)
    owner = world.people["member_a"]
    first = consent_withdraw(consent=consent, actor=owner)
    second = consent_withdraw(consent=consent, actor=owner)
    assert first.pk == second.pk
    assert AuditEntry.objects.filter(action=AuditAction.CONSENT_WITHDRAWN).count() == 1


def test_the_next_statistics_release_excludes_a_business_that_withdrew(world: World) -> None:
    owner = world.people["member_a"]
    consent = consent_grant(
        business=world.business_a, scope=ConsentScope.ANONYMISED_STATISTICS, actor=owner
    )
    assert world.business_a in business_ids_consenting(scope=ConsentScope.ANONYMISED_STATISTICS)

    consent_withdraw(consent=consent, actor=owner)

    assert world.business_a not in business_ids_consenting(scope=ConsentScope.ANONYMISED_STATISTICS)


def test_an_owner_can_start_sharing_with_a_named_partner(
    world: World, client_as: Callable[[str], Client]
) -> None:
    owner = client_as("member_a")
    response = owner.post(
        f"/businesses/{world.business_a.pk}/sharing/", {"partner": str(world.bank.pk)}
    )
    assert response.status_code == 302
    assert client_as("partner").get(f"/staff/businesses/{world.business_a.pk}/").status_code == 200


def test_choosing_no_partner_gives_a_clear_error(
    world: World, client_as: Callable[[str], Client]
) -> None:
    response = client_as("member_a").post(f"/businesses/{world.business_a.pk}/sharing/", {})
    assert response.status_code == 400
    assert b"Select who you want to share with" in response.content
