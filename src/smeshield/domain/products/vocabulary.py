"""A vocabulary of product identities with aliases, so "O365", "Office 365" and
"Microsoft 365" all mean one thing.

Names are compared after normalising: lower case, "&" as "and", punctuation and
extra spaces removed, and a few filler words dropped ("the", "software", "app").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_PUNCTUATION = re.compile(r"[^a-z0-9+]+")
_FILLER = frozenset({"the", "software", "app", "application", "inc", "ltd", "corp", "corporation"})


def normalise_name(text: str) -> str:
    """The comparison key for a product name as someone typed it."""
    words = _PUNCTUATION.sub(" ", text.lower().replace("&", " and ")).split()
    return " ".join(word for word in words if word not in _FILLER)


@dataclass(frozen=True, slots=True)
class Identity:
    """One product: who makes it and what it is called, plus other names for it."""

    id: str  # e.g. "microsoft:microsoft-365"
    vendor: str
    product: str
    aliases: tuple[str, ...] = ()
    common: bool = False  # offered as a tick box to small businesses

    @property
    def name(self) -> str:
        if self.product.lower().startswith(self.vendor.lower()):
            return self.product
        return f"{self.vendor} {self.product}"


def slug(text: str) -> str:
    return "-".join(normalise_name(text).replace("+", "plus").split()) or "unnamed"


@dataclass(frozen=True, slots=True)
class Vocabulary:
    identities: tuple[Identity, ...]
    # (vendor, product) as the KEV catalogue spells them, normalised -> identity id
    kev_names: dict[tuple[str, str], str] = field(default_factory=dict)
    _by_key: dict[str, Identity] = field(init=False, repr=False, compare=False)
    _by_id: dict[str, Identity] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_key: dict[str, Identity] = {}
        for identity in self.identities:
            names = (identity.name, f"{identity.vendor} {identity.product}", *identity.aliases)
            for name in names:
                by_key.setdefault(normalise_name(name), identity)
        for identity in self.identities:  # a bare product name, when it is unambiguous
            key = normalise_name(identity.product)
            if key not in by_key and len(key) > 3:
                by_key[key] = identity
        object.__setattr__(self, "_by_key", by_key)
        object.__setattr__(self, "_by_id", {identity.id: identity for identity in self.identities})

    def lookup(self, text: str) -> Identity | None:
        """The identity a typed name means, or None when we do not know it."""
        return self._by_key.get(normalise_name(text))

    def identities_for(self, text: str) -> tuple[str, ...]:
        """The identities an exactly known name means (none or one)."""
        identity = self.lookup(text)
        return (identity.id,) if identity else ()

    def get(self, identity_id: str) -> Identity | None:
        return self._by_id.get(identity_id)

    def for_kev(self, vendor: str, product: str) -> Identity | None:
        """The identity a KEV entry's vendor and product name mean."""
        identity_id = self.kev_names.get((normalise_name(vendor), normalise_name(product)))
        return self._by_id.get(identity_id) if identity_id else None

    def common(self) -> tuple[Identity, ...]:
        return tuple(identity for identity in self.identities if identity.common)
