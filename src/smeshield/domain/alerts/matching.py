"""Which businesses an advisory affects, and why: an inverted index, not a scan.

The index maps each product identity to the businesses that use it (and each sector,
size band, region and police force to the businesses in it), as sorted arrays. An
advisory's businesses are the union of its identities' lists, narrowed by its other
targeting. ``naive_matches`` scans every inventory instead; a property test holds the
two to the same answers.

Rules for the answer, the same in both:
- a business matches when it uses any of the advisory's products (or the advisory
  names none), and it is in every sector / size band / region / force list given;
- the reason names the product by the lowest identity id among those it uses, with
  the name as the business first wrote it ("You told us you use O365");
- names people typed are resolved once per distinct spelling (normalising is the
  costly part at a million inventories).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Protocol

import numpy as np
import numpy.typing as npt

from smeshield.domain.alerts.advisories import Advisory, Targeting
from smeshield.domain.organisations.sectors import UnknownSectorError, sector_for
from smeshield.domain.products.vocabulary import normalise_name

ATTRIBUTES = ("sector", "size_band", "region", "police_force")
_TARGET_OF = {
    "sector": "sectors",
    "size_band": "size_bands",
    "region": "regions",
    "police_force": "police_forces",
}
Rows = npt.NDArray[np.int64]


class Resolver(Protocol):
    """Typed name -> the identities it means (a Vocabulary, or a Recogniser for free text)."""

    def identities_for(self, text: str) -> tuple[str, ...]: ...


@dataclass(frozen=True, slots=True)
class Inventory:
    """What one business uses, as it wrote the names, and where and what it is."""

    business: str
    names: tuple[str, ...]
    sector: str = ""
    size_band: str = ""
    region: str = ""
    police_force: str = ""


@dataclass(frozen=True, slots=True)
class Match:
    advisory: str
    business: str
    identity: str  # "" when matched by sector, size or place alone
    name_as_written: str
    reason: str


def _attribute(inventory: Inventory, name: str) -> str:
    value: str = getattr(inventory, name)
    return value


def _sector_name(code: str) -> str:
    try:
        return sector_for(code).name
    except UnknownSectorError:
        return code


def targeted_reason(targeting: Targeting, inventory: Inventory) -> str:
    """Why an alert aimed at kinds of business, not products, reached this one."""
    if targeting.is_empty:
        return "It is for every business."
    parts = []
    if targeting.sectors:
        parts.append(_sector_name(inventory.sector))
    if targeting.size_bands:
        parts.append(f"{inventory.size_band} businesses")
    if targeting.police_forces:
        parts.append(inventory.police_force)
    if targeting.regions:
        parts.append(inventory.region)
    return f"It is for businesses like yours ({'; '.join(parts)})."


def reason_text(name_as_written: str, identity_name: str) -> str:
    """Plain words for why an alert about a product reached this business."""
    if normalise_name(name_as_written) == normalise_name(identity_name):
        return f"You told us you use {name_as_written}."
    return f"You told us you use {name_as_written} ({identity_name})."


def _in_targeting(inventory: Inventory, targeting: Targeting) -> bool:
    for attribute in ATTRIBUTES:
        wanted: frozenset[str] = getattr(targeting, _TARGET_OF[attribute])
        if wanted and _attribute(inventory, attribute) not in wanted:
            return False
    return True


def match_one(
    advisory: Advisory, inventory: Inventory, resolve: Callable[[str], tuple[str, ...]]
) -> Match | None:
    """The plain check for one business: does the advisory affect it, and why?"""
    targeting = advisory.targeting
    if not _in_targeting(inventory, targeting):
        return None
    if not targeting.identities:
        reason = targeted_reason(targeting, inventory)
        return Match(advisory.key, inventory.business, "", "", reason)
    used: dict[str, str] = {}
    for name in inventory.names:
        for identity in resolve(name):
            if identity in targeting.identities:
                used.setdefault(identity, name)
    if not used:
        return None
    identity = min(used)
    return Match(
        advisory.key,
        inventory.business,
        identity,
        used[identity],
        reason_text(used[identity], advisory.product_names.get(identity, identity)),
    )


def naive_matches(
    advisory: Advisory, inventories: Sequence[Inventory], vocabulary: Resolver
) -> list[Match]:
    """Scan every inventory, normalising every name: the baseline the index must equal."""
    resolve = vocabulary.identities_for
    return [m for inv in inventories if (m := match_one(advisory, inv, resolve)) is not None]


@dataclass
class _Postings:
    """Values -> sorted row numbers, as one array cut by offsets (CSR)."""

    keys: dict[str, int]
    offsets: npt.NDArray[np.int64]
    rows: Rows

    order: npt.NDArray[np.int64]  # where each posting came from in the input

    @classmethod
    def build(cls, codes: npt.NDArray[np.int64], rows: Rows, keys: dict[str, int]) -> _Postings:
        order = np.argsort(codes, kind="stable")
        counts = np.bincount(codes, minlength=len(keys) + 1)
        offsets = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        return cls(keys, offsets, rows[order], order)

    def rows_for(self, key: str) -> Rows:
        code = self.keys.get(key)
        if code is None:
            return np.empty(0, dtype=np.int64)
        return self.rows[self.offsets[code] : self.offsets[code + 1]]


@dataclass
class NameResolver:
    """Typed names to identity codes, normalising each distinct spelling once."""

    vocabulary: Resolver
    identity_codes: dict[str, int] = field(default_factory=dict)  # identity id -> 1..n
    identity_ids: list[str] = field(default_factory=lambda: [""])  # code -> identity id
    spellings: dict[str, int] = field(default_factory=dict)  # typed name -> spelling code
    spelling_names: list[str] = field(default_factory=list)
    # spelling code -> identity codes (a device can mean two: Galaxy -> Android, Samsung)
    spelling_identities: list[tuple[int, ...]] = field(default_factory=list)

    def _code_of(self, identity_id: str) -> int:
        code = self.identity_codes.get(identity_id)
        if code is None:
            code = self.identity_codes[identity_id] = len(self.identity_ids)
            self.identity_ids.append(identity_id)
        return code

    def learn(self, names: Sequence[str]) -> None:
        for name in sorted(set(names) - self.spellings.keys()):
            identities = self.vocabulary.identities_for(name)
            self.spellings[name] = len(self.spelling_names)
            self.spelling_names.append(name)
            self.spelling_identities.append(tuple(self._code_of(i) for i in identities))

    def resolve(self, name: str) -> tuple[str, ...]:
        self.learn([name])
        return tuple(self.identity_ids[c] for c in self.spelling_identities[self.spellings[name]])


class InventoryIndex:
    """Businesses by the products they use and by what and where they are."""

    def __init__(self, inventories: Sequence[Inventory], vocabulary: Resolver) -> None:
        self.businesses = [inventory.business for inventory in inventories]
        self.resolver = NameResolver(vocabulary)
        names = [inventory.names for inventory in inventories]
        attributes = {a: [_attribute(inv, a) for inv in inventories] for a in ATTRIBUTES}
        self._build(names, attributes)

    @classmethod
    def from_columns(
        cls,
        businesses: list[str],
        names: Sequence[Sequence[str]],
        vocabulary: Resolver,
        attributes: Mapping[str, Sequence[str]] | None = None,
    ) -> InventoryIndex:
        """Build from columns (fast for millions: no Inventory objects are made)."""
        index = cls.__new__(cls)
        index.businesses = businesses
        index.resolver = NameResolver(vocabulary)
        index._build(names, attributes or {})
        return index

    def _build(
        self, names: Sequence[Sequence[str]], attributes: Mapping[str, Sequence[str]]
    ) -> None:
        flat = list(chain.from_iterable(names))
        lengths = np.fromiter(map(len, names), dtype=np.int64, count=len(names))
        self.resolver.learn(flat)
        spelling = np.fromiter(map(self.resolver.spellings.__getitem__, flat), np.int64, len(flat))
        rows = np.repeat(np.arange(len(names), dtype=np.int64), lengths)
        meanings = self.resolver.spelling_identities
        per_spelling = np.fromiter(map(len, meanings), np.int64, len(meanings))
        counts = per_spelling[spelling] if flat else np.empty(0, dtype=np.int64)
        identity = np.fromiter(
            chain.from_iterable(meanings[s] for s in spelling.tolist()), np.int64, int(counts.sum())
        )
        rows, spelling = np.repeat(rows, counts), np.repeat(spelling, counts)
        self._products = _Postings.build(identity, rows, self.resolver.identity_codes)
        # The spelling of each posting, in the same order, for the reasons.
        self._spelling_of_posting = spelling[self._products.order]
        self._attributes: dict[str, _Postings] = {}
        self._row_attribute: dict[str, tuple[list[str], npt.NDArray[np.int64]]] = {}
        for attribute in ATTRIBUTES:
            values = attributes.get(attribute)
            if not values:
                continue
            keys: dict[str, int] = {}
            codes = np.fromiter(
                (keys.setdefault(v, len(keys) + 1) for v in values), np.int64, len(values)
            )
            self._attributes[attribute] = _Postings.build(
                codes, np.arange(len(values), dtype=np.int64), keys
            )
            self._row_attribute[attribute] = (list(values), codes)

    def _inventory_at(self, row: int) -> Inventory:
        """What the index knows of one row's attributes (for the reasons)."""
        values = {a: self._row_attribute[a][0][row] for a in self._row_attribute}
        return Inventory(self.businesses[row], (), **values)

    def __len__(self) -> int:
        return len(self.businesses)

    def _narrow(self, rows: Rows | None, targeting: Targeting) -> Rows:
        for attribute in ATTRIBUTES:
            wanted: frozenset[str] = getattr(targeting, _TARGET_OF[attribute])
            if not wanted:
                continue
            postings = self._attributes.get(attribute)
            if postings is None:
                return np.empty(0, dtype=np.int64)
            if rows is None:  # no products named: start from the smallest attribute lists
                rows = np.unique(np.concatenate([postings.rows_for(v) for v in sorted(wanted)]))
            else:
                codes = [postings.keys[v] for v in wanted if v in postings.keys]
                rows = rows[np.isin(self._row_attribute[attribute][1][rows], codes)]
        if rows is None:
            rows = np.arange(len(self.businesses), dtype=np.int64)
        return rows

    def affected(self, advisory: Advisory) -> tuple[Rows, npt.NDArray[np.int64]]:
        """Rows of the affected businesses, and the spelling each matched by (-1 if none)."""
        rows, spelling, _identity = self._affected(advisory)
        return rows, spelling

    def _affected(
        self, advisory: Advisory
    ) -> tuple[Rows, npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        targeting = advisory.targeting
        if not targeting.identities:
            rows = self._narrow(None, targeting)
            none = np.full(len(rows), -1, dtype=np.int64)
            return rows, none, none
        pieces, spellings, identities = [], [], []
        for identity_id in sorted(targeting.identities):  # lowest identity id first
            code = self._products.keys.get(identity_id)
            if code is None:
                continue
            start, end = self._products.offsets[code], self._products.offsets[code + 1]
            pieces.append(self._products.rows[start:end])
            spellings.append(self._spelling_of_posting[start:end])
            identities.append(np.full(end - start, code, dtype=np.int64))
        if not pieces:
            empty = np.empty(0, dtype=np.int64)
            return empty, empty, empty
        rows = np.concatenate(pieces)
        spelling = np.concatenate(spellings)
        identity = np.concatenate(identities)
        rows, first = np.unique(rows, return_index=True)  # the first hit: lowest id, first name
        spelling, identity = spelling[first], identity[first]
        kept = self._narrow(rows, targeting)
        if len(kept) != len(rows):
            keep = np.isin(rows, kept)
            spelling, identity = spelling[keep], identity[keep]
        return kept, spelling, identity

    def matches(self, advisory: Advisory) -> Iterator[Match]:
        rows, spellings, codes = self._affected(advisory)
        resolver = self.resolver
        for row, spelling, code in zip(
            rows.tolist(), spellings.tolist(), codes.tolist(), strict=True
        ):
            if spelling < 0:
                reason = targeted_reason(advisory.targeting, self._inventory_at(row))
                yield Match(advisory.key, self.businesses[row], "", "", reason)
                continue
            name = resolver.spelling_names[spelling]
            identity = resolver.identity_ids[code]
            yield Match(
                advisory.key,
                self.businesses[row],
                identity,
                name,
                reason_text(name, advisory.product_names.get(identity, identity)),
            )
