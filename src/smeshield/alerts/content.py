"""The product vocabulary the alerts use: the shipped one plus names admins tied to it."""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from django.db.models import Count, Max

from smeshield.alerts.models import ProductAlias
from smeshield.content import products
from smeshield.domain.products.recognition import Recogniser
from smeshield.domain.products.vocabulary import Vocabulary


@lru_cache(maxsize=4)
def _with_aliases(version: tuple[int, int]) -> Vocabulary:
    shipped = products.vocabulary()
    extra: dict[str, list[str]] = {}
    for alias in ProductAlias.objects.order_by("id"):
        extra.setdefault(alias.identity_id, []).append(alias.example)
    if not extra:
        return shipped
    identities = tuple(
        dataclasses.replace(identity, aliases=(*identity.aliases, *extra.get(identity.id, ())))
        for identity in shipped.identities
    )
    return Vocabulary(identities, kev_names=shipped.kev_names)


def _version() -> tuple[int, int]:
    seen = ProductAlias.objects.aggregate(newest=Max("id"), count=Count("id"))
    return (seen["newest"] or 0, seen["count"])


def vocabulary() -> Vocabulary:
    """Rebuilt only when an admin adds a name (one small query to find out)."""
    return _with_aliases(_version())


@lru_cache(maxsize=2)
def _recogniser(version: tuple[int, int]) -> Recogniser:
    return Recogniser(_with_aliases(version), products.lexicon())


def recogniser() -> Recogniser:
    """Free text -> identities, the same reader the bulk command uses."""
    return _recogniser(_version())
