"""Recognising products in what owners type: descriptions, model numbers, devices,
missing makers and misspellings; nothing matched silently when unsure."""

from __future__ import annotations

from datetime import date

import pytest

from smeshield.domain.alerts.advisories import Advisory, Severity, Source, Targeting
from smeshield.domain.alerts.matching import Inventory, InventoryIndex, naive_matches
from smeshield.domain.products.build import vocabulary_from
from smeshield.domain.products.recognition import (
    Lexicon,
    Recogniser,
    VocabularyError,
    lexicon_from,
)
from smeshield.domain.products.vocabulary import normalise_name
from tests.domain.products_fixture import shipped_recogniser, shipped_vocabulary

RECOGNISER = shipped_recogniser()


@pytest.mark.parametrize(
    ("typed", "identity"),
    [
        ("Windows 11 laptops", "microsoft:windows"),
        ("FortiGate 60F firewall", "fortinet:fortios"),
        ("Exchange Server 2019 (on site)", "microsoft:exchange-server"),
        ("Dell Latitude laptops (Windows 11 Pro)", "microsoft:windows"),
        ("Office 365 email", "microsoft:microsoft-365"),
        ("Staff iPhones", "apple:ios"),
        ("Synology DiskStation DS923+", "synology:diskstation-manager"),
        ("Chromebooks for staff", "google:chromium"),
    ],
)
def test_given_descriptions_and_model_numbers_when_recognised_then_the_product_is_kept(
    typed: str, identity: str
) -> None:
    recognition = RECOGNISER.recognise(typed)

    assert identity in recognition.identities


def test_given_a_galaxy_phone_when_recognised_then_both_android_and_samsung_are_meant() -> None:
    recognition = RECOGNISER.recognise("Samsung Galaxy S23 work phones")

    assert {"google:android", "samsung:mobile-devices"} <= set(recognition.identities)


@pytest.mark.parametrize(
    ("typed", "identity"),
    [("Tomcat server for bookings", "apache:tomcat"), ("WinRAR", "rarlab:winrar")],
)
def test_given_no_maker_when_recognised_then_the_maker_is_inferred(
    typed: str, identity: str
) -> None:
    assert RECOGNISER.recognise(typed).identities == (identity,)


def test_given_a_maker_and_a_kind_of_device_when_recognised_then_that_kind_is_chosen() -> None:
    recognition = RECOGNISER.recognise("Zyxel NAS326")

    assert recognition.identities == ("zyxel:multiple-network-attached-storage-nas-devices",)


def test_given_a_misspelling_when_recognised_then_it_matches_with_less_than_full_confidence() -> (
    None
):
    recognition = RECOGNISER.recognise("Micosoft Teams")

    assert recognition.identities == ("microsoft:microsoft-365",)
    assert recognition.how == "fuzzy"
    assert 0.8 <= recognition.confidence < 1.0


def test_given_only_a_maker_with_many_products_then_nothing_is_matched_but_a_guess_is_offered() -> (
    None
):
    recognition = RECOGNISER.recognise("Fortinet")

    assert recognition.identities == ()
    assert "fortinet:fortios" in recognition.suggestions
    assert recognition.confidence < 0.8


@pytest.mark.parametrize("typed", ["the office printer", "our own till", "Wix website", ""])
def test_given_words_that_name_no_product_when_recognised_then_nothing_matches(
    typed: str,
) -> None:
    assert RECOGNISER.recognise(typed).identities == ()


def test_given_filler_words_when_normalised_then_they_are_dropped() -> None:
    assert normalise_name("The Sage software app") == "sage"
    assert normalise_name("Zoom Application") == "zoom"


def test_given_one_alias_for_two_identities_when_the_vocabulary_loads_then_it_is_refused() -> None:
    curated = [
        {"id": "a:one", "vendor": "A", "product": "One", "aliases": ["Shared name"]},
        {"id": "b:two", "vendor": "B", "product": "Two", "aliases": ["shared  NAME"]},
    ]

    with pytest.raises(VocabularyError, match="both a:one and b:two"):
        vocabulary_from(curated, [])


def test_given_a_device_without_a_source_when_the_file_loads_then_it_is_refused() -> None:
    document = {"devices": [{"names": ["Gadget"], "platforms": ["a:one"]}]}

    with pytest.raises(VocabularyError, match="source"):
        lexicon_from(document)


def test_given_a_device_naming_an_unknown_identity_when_built_then_it_is_refused() -> None:
    vocabulary = vocabulary_from([{"id": "a:one", "vendor": "A", "product": "One"}], [])
    lexicon = Lexicon(
        descriptive=frozenset(),
        devices=lexicon_from(
            {"devices": [{"names": ["Gadget"], "platforms": ["z:none"], "source": "x"}]}
        ).devices,
    )

    with pytest.raises(VocabularyError, match="z:none"):
        Recogniser(vocabulary, lexicon)


def test_given_a_device_meaning_two_identities_when_indexed_then_both_reach_the_business() -> None:
    advisory = Advisory(
        key="CVE-2099-0002",
        source=Source.KEV,
        title="t",
        what="w",
        steps=(),
        severity=Severity.HIGH,
        targeting=Targeting(identities=frozenset({"samsung:mobile-devices"})),
        published_on=date(2026, 1, 1),
        product_names={"samsung:mobile-devices": "Samsung Mobile Devices"},
    )
    inventories = [
        Inventory("shop", ("Till", "Samsung Galaxy S23 work phones")),
        Inventory("cafe", ("Staff iPhones",)),
    ]

    indexed = list(InventoryIndex(inventories, RECOGNISER).matches(advisory))

    assert [m.business for m in indexed] == ["shop"]
    assert indexed[0].identity == "samsung:mobile-devices"
    assert indexed == naive_matches(advisory, inventories, RECOGNISER)


def test_given_the_shipped_vocabulary_then_exact_lookups_still_answer_identities_for() -> None:
    assert shipped_vocabulary().identities_for("O365") == ("microsoft:microsoft-365",)
