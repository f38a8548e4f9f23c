"""STIX 2.1: read advisories from bundles, and write the advisories we sent as a bundle.

Reading (``stix_advisories``): each object is parsed on its own with the ``stix2``
library, so one bad object is reported (with its index, id and field) while the rest
import. Vulnerability, indicator, campaign and report objects become advisories when
they name a product we can match:
1. a ``software`` object linked to them (by a relationship, or in a report's
   ``object_refs``), named by vendor and name;
2. for a vulnerability, a CVE the KEV catalogue already ties to a product;
3. a product's full name written in the object's name or description
   (e.g. "Fortinet FortiOS"; single words like "Office" are too loose to count).
Objects that name no product are skipped and counted.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import stix2
from stix2.exceptions import STIXError

from smeshield.domain.alerts.advisories import (
    UPDATES_REQUIREMENT,
    Advisory,
    EntryProblem,
    Severity,
    Source,
    Targeting,
    kev_steps,
    kev_what,
)
from smeshield.domain.alerts.words import kev_wording, stix_warning_wording
from smeshield.domain.products.vocabulary import Identity, Vocabulary, slug

ADVISORY_TYPES = ("vulnerability", "indicator", "campaign", "report")
PHISHING_REQUIREMENTS = ("ncsc.ph.awareness", "ce.uac.mfa-cloud")
_CVE = re.compile(r"^CVE-\d{4}-\d{4,}$")


@dataclass(frozen=True)
class StixRead:
    advisories: list[Advisory]
    problems: list[EntryProblem]
    skipped: int  # objects of the right type that name no product we know


def _field_of(error: Exception) -> str:
    for attribute in ("prop_name", "properties"):
        value = getattr(error, attribute, None)
        if value:
            return value if isinstance(value, str) else ", ".join(map(str, value))
    return "(object)"


def _cve_of(obj: Any) -> str:
    for reference in obj.get("external_references", []) or []:
        if reference.get("source_name") == "cve" and _CVE.match(str(reference.get("external_id"))):
            return str(reference["external_id"])
    name = str(obj.get("name", ""))
    return name if _CVE.match(name) else ""


def _named_in_text(text: str, vocabulary: Vocabulary) -> list[Identity]:
    """Curated products whose full name (two words or more) appears in the text."""
    found = []
    lowered = f" {re.sub(r'[^a-z0-9+]+', ' ', text.lower())} "
    for identity in vocabulary.identities:
        if not identity.aliases:
            continue  # only curated products are named loosely enough to find in prose
        names = {identity.name, *identity.aliases}
        for name in names:
            words = re.sub(r"[^a-z0-9+]+", " ", name.lower()).strip()
            if " " in words and f" {words} " in lowered:
                found.append(identity)
                break
    return found


def _software_identity(software: Any, vocabulary: Vocabulary) -> Identity:
    vendor = str(software.get("vendor", "")).strip()
    name = str(software.get("name", "")).strip()
    for text in (f"{vendor} {name}".strip(), name):
        identity = vocabulary.lookup(text)
        if identity is not None:
            return identity
    identity = vocabulary.for_kev(vendor, name) if vendor else None
    if identity is not None:
        return identity
    return Identity(id=f"{slug(vendor or 'unknown')}:{slug(name)}", vendor=vendor, product=name)


def _parse_objects(document: Any) -> tuple[list[Any], list[EntryProblem]]:
    if not isinstance(document, Mapping) or document.get("type") != "bundle":
        return [], [EntryProblem("(file)", "type", "not a STIX bundle")]
    raw = document.get("objects")
    if not isinstance(raw, list):
        return [], [EntryProblem("(file)", "objects", "missing: the bundle has no objects")]
    parsed: list[Any] = []
    problems: list[EntryProblem] = []
    for index, item in enumerate(raw):
        label = f"objects[{index}]"
        if isinstance(item, Mapping) and isinstance(item.get("id"), str):
            label += f" ({item['id']})"
        if not isinstance(item, Mapping) or not isinstance(item.get("id"), str):
            problems.append(EntryProblem(label, "id", "missing: every STIX object needs an id"))
            continue
        try:
            parsed.append(stix2.parse(dict(item), allow_custom=True, version="2.1"))
        except (STIXError, ValueError, TypeError, AttributeError) as error:
            problems.append(EntryProblem(label, _field_of(error), str(error)))
    return parsed, problems


def _links(objects: list[Any]) -> dict[str, set[str]]:
    """Object id -> ids it is linked to, both ways (relationships and report refs)."""
    links: dict[str, set[str]] = {}
    for obj in objects:
        if isinstance(obj, dict):
            continue  # a custom type stix2 could not check: its references are not trusted
        if obj.get("type") == "relationship":
            source, target = str(obj["source_ref"]), str(obj["target_ref"])
            links.setdefault(source, set()).add(target)
            links.setdefault(target, set()).add(source)
        for ref in obj.get("object_refs", []) or []:
            links.setdefault(str(obj["id"]), set()).add(str(ref))
    return links


def _day(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date(1970, 1, 1)


def stix_advisories(
    document: Any, vocabulary: Vocabulary, known_cves: Mapping[str, Iterable[str]]
) -> StixRead:
    """Advisories from a STIX 2.1 bundle. ``known_cves``: CVE -> identity ids (from KEV)."""
    objects, problems = _parse_objects(document)
    by_id = {str(obj["id"]): obj for obj in objects}
    links = _links(objects)
    advisories: list[Advisory] = []
    skipped = 0
    for obj in objects:
        if obj.get("type") not in ADVISORY_TYPES:
            continue
        identities: dict[str, Identity] = {}
        for linked in links.get(str(obj["id"]), ()):
            software = by_id.get(linked)
            if software is not None and software.get("type") == "software":
                identity = _software_identity(software, vocabulary)
                identities[identity.id] = identity
        cve = _cve_of(obj) if obj["type"] == "vulnerability" else ""
        for identity_id in known_cves.get(cve, ()) if cve else ():
            known = vocabulary.get(identity_id)
            if known is not None:
                identities.setdefault(known.id, known)
        text = f"{obj.get('name', '')} {obj.get('description', '')}"
        for identity in _named_in_text(text, vocabulary):
            identities.setdefault(identity.id, identity)
        if not identities:
            skipped += 1
            continue
        advisories.append(_advisory(obj, cve, list(identities.values())))
    return StixRead(advisories, problems, skipped)


def _advisory(obj: Any, cve: str, identities: list[Identity]) -> Advisory:
    names = " and ".join(sorted(identity.name for identity in identities))
    technical = f"{obj.get('name', '')}: {obj.get('description', '')}".strip(": ")
    warning = Advisory(
        key=f"stix:{obj['id']}",
        source=Source.STIX,
        title=f"Warning for people who use {names}",
        what=(
            f"Criminals are going after people who use {names}. They send fake emails, texts"
            " and login pages to steal passwords and money."
        ),
        steps=(
            f"Turn on 2-step verification for {names}.",
            "Do not open links or files you did not expect, even from people you know.",
            "If you clicked a link or typed a password, use Get help now at the top of the page.",
        ),
        severity=Severity.HIGH,
        targeting=Targeting(identities=frozenset(identity.id for identity in identities)),
        published_on=_day(obj.get("created")),
        technical=technical[:2000],
        source_ref=str(obj["id"]),
        requirements=PHISHING_REQUIREMENTS,
        product_names={identity.id: identity.name for identity in identities},
        wording=stix_warning_wording(names),
    )
    if obj["type"] != "vulnerability":
        return warning
    return dataclasses.replace(
        warning,
        key=cve or warning.key,
        title=f"Update {names}: criminals are using a weak spot in it",
        what=kev_what(names, ransomware=False),
        steps=kev_steps(names, discontinued=False),
        wording=kev_wording(names, ransomware=False, discontinued=False),
        cve=cve,
        requirements=(UPDATES_REQUIREMENT,),
    )


# --- Writing ------------------------------------------------------------------------------

PRODUCER = stix2.Identity(
    id="identity--6b3c5a8e-3f0e-4c55-9d5f-5a1b7f4a2e01",
    name="SME Shield",
    identity_class="organization",
    description="Cyber security alerts for small businesses in the North of England.",
    created="2026-11-27T00:00:00.000Z",
    modified="2026-11-27T00:00:00.000Z",
)


def _software(identity_id: str, name: str) -> stix2.Software:
    vendor, _, _ = identity_id.partition(":")
    # SCO ids are derived from their properties (UUIDv5), so one product has one id.
    return stix2.Software(name=name, vendor=vendor)


def stix_bundle(sent: Iterable[Advisory], *, created: datetime) -> stix2.Bundle:
    """The advisories sent in a period as one STIX 2.1 bundle.

    Each becomes a report (with its plain words) referring to the products it concerns
    and, when it has a CVE, a vulnerability object. Nothing names a business, and no
    counts are given (a count for a small place could point to one firm).
    """
    objects: dict[str, Any] = {PRODUCER.id: PRODUCER}
    for advisory in sent:
        refs: list[str] = []
        for identity_id, name in sorted(advisory.product_names.items()):
            software = _software(identity_id, name)
            objects[software.id] = software
            refs.append(software.id)
        if advisory.cve:
            vulnerability = stix2.Vulnerability(
                name=advisory.cve,
                created_by_ref=PRODUCER.id,
                created=created,
                modified=created,
                external_references=[{"source_name": "cve", "external_id": advisory.cve}],
                description=advisory.technical or advisory.what,
            )
            objects[vulnerability.id] = vulnerability
            refs.append(vulnerability.id)
        report = stix2.Report(
            name=advisory.title,
            description=advisory.what,
            published=datetime.combine(advisory.published_on, datetime.min.time()),
            report_types=["vulnerability" if advisory.cve else "threat-report"],
            object_refs=refs or [PRODUCER.id],
            created_by_ref=PRODUCER.id,
            created=created,
            modified=created,
            labels=[advisory.source.value, advisory.severity.value],
        )
        objects[report.id] = report
    return stix2.Bundle(objects=list(objects.values()), allow_custom=False)
