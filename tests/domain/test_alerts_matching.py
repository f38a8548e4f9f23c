"""Matching: the inverted index gives exactly what a naive scan gives, with the same reasons."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smeshield.domain.alerts.advisories import Advisory, Severity, Source, Targeting
from smeshield.domain.alerts.matching import Inventory, InventoryIndex, naive_matches
from smeshield.domain.reasons import Reason
from tests.domain.examples import examples
from tests.domain.products_fixture import shipped_vocabulary

VOCABULARY = shipped_vocabulary()
CURATED = [identity for identity in VOCABULARY.identities if identity.aliases][:12]
SPELLINGS = sorted(
    {name for identity in CURATED for name in (identity.name, *identity.aliases[:3])}
    | {"FORTIGATE", "o365", "  Office   365 ", "Sage 50", "our own till", "Zoom"}
)
SECTORS, BANDS = ["F", "G", "I"], ["micro", "small", "medium"]
REGIONS, FORCES = ["North East", "Yorkshire"], ["West Yorkshire", "Cleveland", "Durham"]


def _advisory(targeting: Targeting) -> Advisory:
    return Advisory(
        key="CVE-2099-0001",
        source=Source.KEV,
        title="t",
        what="w",
        steps=(),
        severity=Severity.HIGH,
        targeting=targeting,
        published_on=date(2026, 1, 1),
        product_names={i.id: i.name for i in CURATED},
    )


inventories = st.lists(
    st.builds(
        Inventory,
        business=st.uuids().map(str),
        names=st.lists(st.sampled_from(SPELLINGS), max_size=6).map(tuple),
        sector=st.sampled_from(SECTORS),
        size_band=st.sampled_from(BANDS),
        region=st.sampled_from(REGIONS),
        police_force=st.sampled_from(FORCES),
    ),
    max_size=40,
    unique_by=lambda inventory: inventory.business,
)


def _subset(values: list[str]) -> st.SearchStrategy[frozenset[str]]:
    return st.frozensets(st.sampled_from(values), max_size=2)


targetings = st.builds(
    Targeting,
    identities=st.frozensets(
        st.sampled_from([i.id for i in CURATED] + ["nobody:uses-this"]), max_size=3
    ),
    sectors=_subset(SECTORS),
    size_bands=_subset(BANDS),
    regions=_subset(REGIONS),
    police_forces=_subset(FORCES),
)


@settings(max_examples=examples(300), deadline=None)
@given(inventories, targetings)
def test_the_index_gives_exactly_what_a_naive_scan_gives(
    given_inventories: list[Inventory], targeting: Targeting
) -> None:
    advisory = _advisory(targeting)
    index = InventoryIndex(given_inventories, VOCABULARY)

    from_index = sorted(index.matches(advisory), key=lambda m: m.business)
    from_scan = sorted(
        naive_matches(advisory, given_inventories, VOCABULARY), key=lambda m: m.business
    )

    assert from_index == from_scan


def test_the_reason_names_the_product_as_the_business_wrote_it() -> None:
    fortios = VOCABULARY.lookup("FortiGate")
    assert fortios is not None
    inventory = Inventory("b1", ("Sage 50", "fortigate firewall"))
    advisory = _advisory(Targeting(identities=frozenset({fortios.id})))
    advisory = Advisory(
        **{
            **{s: getattr(advisory, s) for s in Advisory.__slots__},
            "product_names": {fortios.id: fortios.name},
        }
    )

    (match,) = InventoryIndex([inventory], VOCABULARY).matches(advisory)

    assert match.identity == fortios.id
    assert match.reason == Reason(
        "alerts.uses_product_as", {"name": "fortigate firewall", "identity": fortios.name}
    )


def test_a_product_written_as_the_advisory_names_it_is_not_named_twice() -> None:
    fortios = VOCABULARY.lookup("FortiGate")
    assert fortios is not None
    advisory = _advisory(Targeting(identities=frozenset({fortios.id})))
    advisory = Advisory(
        **{
            **{s: getattr(advisory, s) for s in Advisory.__slots__},
            "product_names": {fortios.id: fortios.name},
        }
    )

    (match,) = InventoryIndex([Inventory("b1", (fortios.name,))], VOCABULARY).matches(advisory)

    assert match.reason == Reason("alerts.uses_product", {"name": fortios.name})


def test_an_alert_for_kinds_of_business_says_which_kinds_matched() -> None:
    inventory = Inventory("b1", (), sector="F", size_band="micro", police_force="Cleveland")
    advisory = _advisory(
        Targeting(sectors=frozenset({"F"}), police_forces=frozenset({"Cleveland"}))
    )

    (match,) = InventoryIndex([inventory], VOCABULARY).matches(advisory)

    assert match.reason == Reason(
        "alerts.for_businesses_like_yours",
        {
            "kinds": (
                Reason("alerts.kind_sector", {"sector": "Construction and building trades"}),
                Reason("alerts.kind_place", {"place": "Cleveland"}),
            )
        },
    )


def test_an_alert_for_everyone_says_so() -> None:
    (match,) = InventoryIndex([Inventory("b1", ())], VOCABULARY).matches(_advisory(Targeting()))

    assert match.reason == Reason("alerts.for_every_business")


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("O365", "Microsoft 365"), ("Office 365", "Microsoft 365"), ("FortiGate", "Fortinet FortiOS")],
)
def test_the_names_people_type_meet_the_advisories_names(typed: str, meant: str) -> None:
    identity = VOCABULARY.lookup(typed)
    assert identity is not None
    assert identity.name == meant


def test_an_advisory_for_a_place_and_sector_reaches_only_those_businesses() -> None:
    builders = Inventory("b1", (), sector="F", police_force="West Yorkshire")
    builders_elsewhere = Inventory("b2", (), sector="F", police_force="Durham")
    cafe = Inventory("b3", (), sector="I", police_force="West Yorkshire")
    advisory = _advisory(
        Targeting(sectors=frozenset({"F"}), police_forces=frozenset({"West Yorkshire"}))
    )

    matched = [
        m.business
        for m in InventoryIndex([builders, builders_elsewhere, cafe], VOCABULARY).matches(advisory)
    ]

    assert matched == ["b1"]
