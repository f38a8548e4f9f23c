"""The words our code writes for KEV and STIX advisories are stored as reason codes and
worded in the reader's language; the source's own description stays as it came, and
advisories stored before (English only) still read as they did."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.utils import translation

from smeshield.alerts.models import Advisory, Delivery
from smeshield.alerts.services import as_domain, kev_import, stix_import
from smeshield.domain.alerts.advisories import kev_steps, kev_what
from tests.conftest import World
from tests.factories import AdvisoryFactory, DeliveryFactory
from tests.integration.alerts.test_imports import POISON_IVY
from tests.translation_fixture import TEST_LANGUAGE, install_test_language

pytestmark = pytest.mark.django_db

CVE = "CVE-2099-7001"
ENTRY = {
    "cveID": CVE,
    "vendorProject": "Fortinet",
    "product": "FortiOS",
    "vulnerabilityName": "Fortinet FortiOS Heap Overflow",
    "dateAdded": "2099-01-02",
    "shortDescription": "A heap-based buffer overflow lets a remote attacker run code.",
    "requiredAction": "Apply mitigations per vendor instructions.",
    "knownRansomwareCampaignUse": "Known",
}


def _import(tmp_path: Path) -> Advisory:
    path = tmp_path / "kev.json"
    path.write_text(json.dumps({"vulnerabilities": [ENTRY]}), encoding="utf-8")
    kev_import(path=path)
    return Advisory.objects.get(key=CVE)


def test_an_imported_kev_advisory_reads_in_the_readers_language(
    world: World, client_as: Callable[[str], Client], tmp_path: Path, settings: Any
) -> None:
    # Given a KEV entry imported and delivered to business A, and a language with our words
    advisory = _import(tmp_path)
    delivery = DeliveryFactory(advisory=advisory, business=world.business_a)
    install_test_language(
        tmp_path,
        settings,
        {
            "Update %(product)s: criminals are using a weak spot in it": (
                "[xx] Update %(product)s now"
            ),
            "Install every update it offers, then restart.": "[xx] Install and restart.",
        },
    )

    # When the owner reads the alert in that language
    client = client_as("member_a")
    client.cookies["django_language"] = TEST_LANGUAGE
    page = client.get(
        f"/businesses/{world.business_a.pk}/alerts/{delivery.pk}/",
        HTTP_ACCEPT_LANGUAGE=TEST_LANGUAGE,
    ).content.decode()

    # Then our words come through gettext, and CISA's description stays as CISA wrote it
    assert "[xx] Update Fortinet FortiOS now" in page
    assert "[xx] Install and restart." in page
    assert "A heap-based buffer overflow lets a remote attacker run code." in page


def test_the_stored_codes_read_exactly_as_the_english_kept_beside_them(tmp_path: Path) -> None:
    # Given a KEV advisory used in ransomware, imported
    advisory = _import(tmp_path)

    # When it is worded in English
    with translation.override("en-gb"):
        shown = (advisory.shown_title, advisory.shown_what, advisory.shown_steps)

    # Then it says what the English kept as text says
    assert shown == (
        "Update Fortinet FortiOS: criminals are using a weak spot in it",
        kev_what("Fortinet FortiOS", ransomware=True),
        list(kev_steps("Fortinet FortiOS", discontinued=False)),
    )
    assert advisory.title == shown[0]


def test_stix_warnings_store_their_words_as_codes_too() -> None:
    # Given a STIX bundle's warning about a product we know
    stix_import(path=POISON_IVY)

    # Then every advisory it made carries its words as codes that read as its English
    made = list(Advisory.objects.filter(source="stix"))
    assert made
    for advisory in made:
        assert advisory.wording
        with translation.override("en-gb"):
            assert advisory.shown_title == advisory.title
            assert advisory.shown_steps == list(advisory.steps)


def test_an_advisory_stored_before_still_reads_as_it_did(
    world: World, client_as: Callable[[str], Client]
) -> None:
    # Given an advisory stored before words were codes (English only) and a partner alert
    old = AdvisoryFactory(title="Update Old Router: criminals are using a weak spot in it")
    assert old.wording == {}
    delivery = DeliveryFactory(advisory=old, business=world.business_a)

    # When the owner reads it
    page = (
        client_as("member_a")
        .get(f"/businesses/{world.business_a.pk}/alerts/{delivery.pk}/")
        .content.decode()
    )

    # Then it shows the English it has
    assert "Update Old Router: criminals are using a weak spot in it" in page
    assert as_domain(old).wording == {}
    assert Delivery.objects.count() == 1


def test_importing_the_same_file_again_gives_stored_advisories_their_codes(
    tmp_path: Path,
) -> None:
    # Given an advisory stored by an older import, without codes
    _import(tmp_path)
    Advisory.objects.filter(key=CVE).update(wording={})

    # When the same catalogue is imported again
    path = tmp_path / "again.json"
    path.write_text(json.dumps({"vulnerabilities": [ENTRY]}), encoding="utf-8")
    outcome = kev_import(path=path)

    # Then it is updated with its codes
    assert outcome.updated == 1
    assert Advisory.objects.get(key=CVE).wording["title"]["code"] == "alerts.kev_title"
