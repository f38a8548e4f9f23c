"""Building the product vocabulary from our curated list and the KEV catalogue's names.

Curated identities come first, with their aliases and the KEV names that mean them
(``kev_products``, under ``kev_vendor`` when the KEV spells the vendor differently).
Every other KEV vendor/product pair becomes an identity of its own, so no name from
an advisory is lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from smeshield.domain.products.recognition import VocabularyError
from smeshield.domain.products.vocabulary import Identity, Vocabulary, normalise_name, slug


def vocabulary_from(
    curated: Iterable[Mapping[str, Any]], kev_pairs: Iterable[tuple[str, str]]
) -> Vocabulary:
    identities: list[Identity] = []
    kev: dict[tuple[str, str], str] = {}
    owner: dict[str, str] = {}  # normalised name -> the curated identity it means
    for record in curated:
        for name in (record["product"], *record.get("aliases", ())):
            said = normalise_name(
                f"{record['vendor']} {name}" if name == record["product"] else name
            )
            if owner.setdefault(said, str(record["id"])) != str(record["id"]):
                raise VocabularyError(
                    f"{name!r} is given to both {owner[said]} and {record['id']}: "
                    "one name must mean one product"
                )
        kev_vendor = str(record.get("kev_vendor", record["vendor"]))
        kev_products = [str(product) for product in record.get("kev_products", ())]
        identity = Identity(
            id=str(record["id"]),
            vendor=str(record["vendor"]),
            product=str(record["product"]),
            # What people type, and how advisories name it ("Google Chromium V8").
            aliases=(
                *(str(alias) for alias in record.get("aliases", ())),
                *(f"{kev_vendor} {product}" for product in kev_products),
            ),
            common=bool(record.get("common", False)),
        )
        identities.append(identity)
        for product in kev_products:
            kev[(normalise_name(kev_vendor), normalise_name(product))] = identity.id
    known = {identity.id for identity in identities}
    for vendor, product in sorted(set(kev_pairs)):
        key = (normalise_name(vendor), normalise_name(product))
        if key in kev:
            continue
        identity_id = f"{slug(vendor)}:{slug(product)}"
        kev[key] = identity_id
        if identity_id not in known:
            identities.append(
                Identity(id=identity_id, vendor=vendor.strip(), product=product.strip())
            )
            known.add(identity_id)
    return Vocabulary(tuple(identities), kev_names=kev)
