"""Alert matching rules with every expected match and reason written out by hand, run
through both the inverted index and the naive scan (which share the reason codes, so
checking one against the other alone cannot catch a wrong reason). Reasons are codes
with parameters; their wording is tested where they are worded (kernel.wording).

A small vocabulary of our own keeps these tests about matching, not product recognition.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

import pytest

from smeshield.domain.alerts.advisories import Advisory, Severity, Source, Targeting
from smeshield.domain.alerts.matching import (
    Inventory,
    InventoryIndex,
    Match,
    NameResolver,
    naive_matches,
)
from smeshield.domain.products.vocabulary import Identity, Vocabulary
from smeshield.domain.reasons import Reason

M365 = Identity("microsoft:microsoft-365", "Microsoft", "Microsoft 365", aliases=("Office 365",))
SAGE = Identity("sage:sage-50", "Sage", "50 Accounts", aliases=("Sage 50",))
ZOOM = Identity("zoom:zoom", "Zoom", "Zoom Workplace", aliases=("Zoom",))
VOCABULARY = Vocabulary((M365, SAGE, ZOOM))
NAMES = {M365.id: "Microsoft 365", SAGE.id: "Sage 50 Accounts", ZOOM.id: "Zoom Workplace"}

Matcher = Callable[[Advisory, Sequence[Inventory]], list[Match]]


def _by_index(advisory: Advisory, inventories: Sequence[Inventory]) -> list[Match]:
    return list(InventoryIndex(inventories, VOCABULARY).matches(advisory))


def _by_columns(advisory: Advisory, inventories: Sequence[Inventory]) -> list[Match]:
    index = InventoryIndex.from_columns(
        [i.business for i in inventories],
        [i.names for i in inventories],
        VOCABULARY,
        {
            a: [getattr(i, a) for i in inventories]
            for a in ("sector", "size_band", "region", "police_force")
        },
    )
    return list(index.matches(advisory))


def _by_scan(advisory: Advisory, inventories: Sequence[Inventory]) -> list[Match]:
    return naive_matches(advisory, inventories, VOCABULARY)


MATCHERS = pytest.mark.parametrize("match", [_by_index, _by_columns, _by_scan])


def advisory(names: dict[str, str] | None = None, **targeting: frozenset[str]) -> Advisory:
    return Advisory(
        key="CVE-2099-0002",
        source=Source.KEV,
        title="t",
        what="w",
        steps=(),
        severity=Severity.HIGH,
        targeting=Targeting(**targeting),
        published_on=date(2026, 1, 1),
        product_names=NAMES if names is None else names,
    )


def found(
    match: Matcher, adv: Advisory, inventories: Sequence[Inventory]
) -> list[tuple[object, ...]]:
    return sorted(
        (m.business, m.identity, m.name_as_written, m.reason) for m in match(adv, inventories)
    )


@MATCHERS
def test_a_business_using_the_product_by_another_name_is_told_both_names(match: Matcher) -> None:
    adv = advisory(identities=frozenset({M365.id}))
    assert found(match, adv, [Inventory("b1", ("Office 365",))]) == [
        (
            "b1",
            M365.id,
            "Office 365",
            Reason("alerts.uses_product_as", {"name": "Office 365", "identity": "Microsoft 365"}),
        )
    ]


@MATCHERS
def test_a_business_using_the_products_own_name_is_not_told_it_twice(match: Matcher) -> None:
    adv = advisory(identities=frozenset({M365.id}))
    assert found(match, adv, [Inventory("b1", ("microsoft  365",))]) == [
        ("b1", M365.id, "microsoft  365", Reason("alerts.uses_product", {"name": "microsoft  365"}))
    ]


@MATCHERS
def test_two_products_named_the_reason_names_the_lowest_identity_id(match: Matcher) -> None:
    adv = advisory(identities=frozenset({M365.id, ZOOM.id, SAGE.id}))
    # "microsoft:..." < "sage:..." < "zoom:...", whatever order they were typed in.
    assert found(match, adv, [Inventory("b1", ("Zoom", "Sage 50", "Office 365"))]) == [
        (
            "b1",
            M365.id,
            "Office 365",
            Reason("alerts.uses_product_as", {"name": "Office 365", "identity": "Microsoft 365"}),
        )
    ]
    assert found(match, adv, [Inventory("b2", ("Zoom", "Sage 50"))]) == [
        (
            "b2",
            SAGE.id,
            "Sage 50",
            Reason("alerts.uses_product_as", {"name": "Sage 50", "identity": "Sage 50 Accounts"}),
        )
    ]


@MATCHERS
def test_one_product_typed_two_ways_keeps_the_first_way(match: Matcher) -> None:
    adv = advisory(identities=frozenset({M365.id}))
    assert found(match, adv, [Inventory("b1", ("O365 maybe", "Office 365", "Microsoft 365"))]) == [
        (
            "b1",
            M365.id,
            "Office 365",
            Reason("alerts.uses_product_as", {"name": "Office 365", "identity": "Microsoft 365"}),
        )
    ]


@MATCHERS
def test_a_product_nobody_named_or_an_unknown_name_matches_no_one(match: Matcher) -> None:
    inventories = [Inventory("b1", ("our own till",)), Inventory("b2", ("Zoom",))]
    assert found(match, advisory(identities=frozenset({M365.id})), inventories) == []
    assert found(match, advisory(identities=frozenset({"nobody:uses-this"})), inventories) == []


@MATCHERS
def test_without_the_products_name_the_reason_uses_its_id(match: Matcher) -> None:
    adv = advisory({}, identities=frozenset({ZOOM.id}))
    assert found(match, adv, [Inventory("b1", ("Zoom",))]) == [
        (
            "b1",
            ZOOM.id,
            "Zoom",
            Reason("alerts.uses_product_as", {"name": "Zoom", "identity": ZOOM.id}),
        )
    ]


BUILDER = Inventory("b1", ("Office 365",), "F", "micro", "Yorkshire", "West Yorkshire")
CAFE = Inventory("b2", ("Office 365",), "I", "small", "North East", "Durham")


@MATCHERS
@pytest.mark.parametrize(
    ("targeting", "expected"),
    [
        ({"sectors": frozenset({"F"})}, ["b1"]),
        ({"sectors": frozenset({"F", "I"})}, ["b1", "b2"]),
        ({"size_bands": frozenset({"small"})}, ["b2"]),
        ({"regions": frozenset({"Yorkshire"})}, ["b1"]),
        ({"police_forces": frozenset({"Durham"})}, ["b2"]),
        ({"police_forces": frozenset({"Cleveland"})}, []),
        ({"sectors": frozenset({"F"}), "police_forces": frozenset({"Durham"})}, []),
        ({"sectors": frozenset({"I"}), "size_bands": frozenset({"small"})}, ["b2"]),
        ({}, ["b1", "b2"]),
    ],
)
def test_every_part_of_the_targeting_must_hold_with_or_without_a_product(
    match: Matcher, targeting: dict[str, frozenset[str]], expected: list[str]
) -> None:
    with_product = advisory(identities=frozenset({M365.id}), **targeting)
    assert [m[0] for m in found(match, with_product, [BUILDER, CAFE])] == expected
    without = advisory(**targeting)
    assert [m[0] for m in found(match, without, [BUILDER, CAFE])] == expected


@MATCHERS
def test_an_alert_for_everyone_says_so(match: Matcher) -> None:
    assert found(match, advisory(), [BUILDER]) == [
        ("b1", "", "", Reason("alerts.for_every_business", {}))
    ]


@MATCHERS
def test_an_alert_for_kinds_of_business_says_which_in_a_fixed_order(match: Matcher) -> None:
    adv = advisory(
        sectors=frozenset({"F"}),
        size_bands=frozenset({"micro"}),
        regions=frozenset({"Yorkshire"}),
        police_forces=frozenset({"West Yorkshire"}),
    )
    assert found(match, adv, [BUILDER, CAFE]) == [
        (
            "b1",
            "",
            "",
            Reason(
                "alerts.for_businesses_like_yours",
                {
                    "kinds": (
                        Reason(
                            "alerts.kind_sector", {"sector": "Construction and building trades"}
                        ),
                        Reason("alerts.kind_size_band", {"size_band": "micro"}),
                        Reason("alerts.kind_place", {"place": "West Yorkshire"}),
                        Reason("alerts.kind_place", {"place": "Yorkshire"}),
                    )
                },
            ),
        )
    ]


@MATCHERS
def test_an_alert_for_one_region_names_only_the_region(match: Matcher) -> None:
    adv = advisory(regions=frozenset({"North East"}))
    assert found(match, adv, [BUILDER, CAFE]) == [
        (
            "b2",
            "",
            "",
            Reason(
                "alerts.for_businesses_like_yours",
                {"kinds": (Reason("alerts.kind_place", {"place": "North East"}),)},
            ),
        )
    ]


@MATCHERS
def test_an_unknown_sector_code_is_named_by_its_code(match: Matcher) -> None:
    odd = Inventory("b9", (), "ZZ", "micro", "Yorkshire", "West Yorkshire")
    assert found(match, advisory(sectors=frozenset({"ZZ"})), [odd]) == [
        (
            "b9",
            "",
            "",
            Reason(
                "alerts.for_businesses_like_yours",
                {"kinds": (Reason("alerts.kind_sector", {"sector": "ZZ"}),)},
            ),
        )
    ]


def test_an_index_without_a_column_matches_no_one_targeted_by_it() -> None:
    index = InventoryIndex.from_columns(["b1", "b2"], [("Office 365",), ()], VOCABULARY)
    assert len(index) == 2
    assert list(index.matches(advisory(sectors=frozenset({"F"})))) == []
    assert [m.business for m in index.matches(advisory())] == ["b1", "b2"]
    assert [m.business for m in index.matches(advisory(identities=frozenset({M365.id})))] == ["b1"]


def test_the_index_narrows_product_matches_by_place_in_business_order() -> None:
    inventories = [
        Inventory(f"b{i}", ("Office 365",) if i % 2 else ("Zoom",), police_force=force)
        for i, force in enumerate(["Durham", "Cleveland", "Durham", "Durham", "Cleveland"])
    ]
    adv = advisory(identities=frozenset({M365.id, ZOOM.id}), police_forces=frozenset({"Durham"}))
    matched = [(m.business, m.name_as_written) for m in _by_index(adv, inventories)]
    assert matched == [("b0", "Zoom"), ("b2", "Zoom"), ("b3", "Office 365")]


def test_the_resolver_reads_each_spelling_once_and_knows_unknown_names() -> None:
    resolver = NameResolver(VOCABULARY)
    resolver.learn(["Office 365", "Office 365", "Zoom", "mystery"])
    assert len(resolver.spelling_names) == 3
    assert resolver.resolve("Office 365") == (M365.id,)
    assert resolver.resolve("Microsoft 365") == (M365.id,)
    assert resolver.resolve("mystery") == ()
    assert len(resolver.spelling_names) == 4
    # Two spellings of one product share one identity code.
    assert resolver.identity_ids.count(M365.id) == 1


def test_an_index_given_only_later_columns_still_narrows_by_them() -> None:
    # Given columns for the police force only (sector, size and region come earlier)
    index = InventoryIndex.from_columns(
        ["b1", "b2", "b3"],
        [(), (), ()],
        VOCABULARY,
        {"police_force": ["Durham", "Cleveland", "Durham"]},
    )

    # When an alert is for Durham
    matched = [m.business for m in index.matches(advisory(police_forces=frozenset({"Durham"})))]

    # Then only the Durham businesses get it
    assert matched == ["b1", "b3"]
