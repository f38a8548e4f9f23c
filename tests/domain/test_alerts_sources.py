"""Advisory sources: the real KEV catalogue and STIX 2.1 bundles, read entry by entry;
plain words; and the STIX export that stix2-validator passes."""

from __future__ import annotations

import copy
import json
import re
from datetime import UTC, date, datetime
from typing import Any

import pytest
import stix2
import textstat
from hypothesis import given, settings
from hypothesis import strategies as st
from stix2validator import ValidationOptions, validate_instance

from smeshield.domain.alerts.advisories import (
    UPDATES_REQUIREMENT,
    Severity,
    due_on,
    kev_advisories,
)
from smeshield.domain.alerts.stix import stix_advisories, stix_bundle
from tests.domain.examples import examples
from tests.domain.incidents_fixture import SHARED_DATA
from tests.domain.products_fixture import kev_document, shipped_vocabulary

VOCABULARY = shipped_vocabulary()
POISON_IVY = SHARED_DATA / "stix21-schemas" / "examples" / "threat-reports" / "poisonivy.json"


def _kev(*entries: Any) -> dict[str, Any]:
    return {"vulnerabilities": list(entries)}


def _entry(**changes: Any) -> dict[str, Any]:
    entry = copy.deepcopy(kev_document()["vulnerabilities"][0])
    entry.update(changes)
    return entry


# --- KEV ------------------------------------------------------------------------------------


def test_the_real_kev_catalogue_reads_with_no_errors() -> None:
    advisories, problems = kev_advisories(kev_document(), VOCABULARY)

    assert problems == []
    assert len(advisories) == kev_document()["count"] == 1404
    known = sum(
        e["knownRansomwareCampaignUse"] == "Known" for e in kev_document()["vulnerabilities"]
    )
    assert sum(a.severity is Severity.CRITICAL for a in advisories) == known
    assert all(a.requirements == (UPDATES_REQUIREMENT,) for a in advisories)


def test_kev_names_meet_the_curated_identities() -> None:
    advisories, _ = kev_advisories(kev_document(), VOCABULARY)
    windows = [a for a in advisories if "microsoft:windows" in a.targeting.identities]

    assert len(windows) > 50
    assert windows[0].title.startswith("Update Microsoft Windows")


def test_a_kev_entry_becomes_a_14_day_clock_from_when_the_business_is_told() -> None:
    assert due_on(date(2026, 11, 27)) == date(2026, 12, 11)


def test_bad_entries_are_named_with_their_field_and_the_good_ones_still_read() -> None:
    document = _kev(
        _entry(cveID="CVE-2099-0001"),
        _entry(cveID="CVE-2099-0002", dateAdded="yesterday"),
        _entry(cveID="CVE-2099-0003", product=""),
        "not an entry",
        _entry(cveID="not-a-cve"),
        _entry(cveID="CVE-2099-0001"),
    )

    advisories, problems = kev_advisories(document, VOCABULARY)

    assert [a.key for a in advisories] == ["CVE-2099-0001"]
    assert [str(p) for p in problems] == [
        "vulnerabilities[1] (CVE-2099-0002): dateAdded: not in the expected form",
        "vulnerabilities[2] (CVE-2099-0003): product: missing, empty or not text",
        "vulnerabilities[3]: (entry): not an object",
        "vulnerabilities[4] (not-a-cve): cveID: not in the expected form",
        "vulnerabilities[5] (CVE-2099-0001): cveID: appears twice in this file",
    ]


def test_a_file_that_is_not_a_kev_catalogue_says_so() -> None:
    advisories, problems = kev_advisories({"hello": "world"}, VOCABULARY)

    assert advisories == []
    assert str(problems[0]) == "(file): vulnerabilities: missing: is this a KEV catalogue?"


def _plain_texts() -> list[str]:
    advisories, _ = kev_advisories(kev_document(), VOCABULARY)
    texts = []
    for advisory in advisories:
        texts += [advisory.what, *advisory.steps]
    return texts


def _without_product_names(text: str) -> str:
    # Product names are proper nouns the reader knows; they are not what makes text hard.
    return re.sub(r"(Update|in|Open|use) [A-Z][\w.+-]*( [A-Z0-9][\w.+-]*)*", r"\1 it", text)


def test_kev_alerts_read_at_grade_9_or_below() -> None:
    whole = " ".join(_without_product_names(text) for text in dict.fromkeys(_plain_texts()))

    assert textstat.flesch_kincaid_grade(whole) <= 9


# --- STIX ------------------------------------------------------------------------------------


def _bundle(*objects: Any) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(stix2.Bundle(objects=list(objects)).serialize())
    return loaded


KNOWN_CVES = {"CVE-2012-0158": ["microsoft:mscomctl-ocx"]}


def test_a_real_bundle_gives_an_advisory_for_its_cve_that_kev_ties_to_a_product() -> None:
    cves = {a.cve: a.targeting.identities for a in kev_advisories(kev_document(), VOCABULARY)[0]}

    read = stix_advisories(json.loads(POISON_IVY.read_text()), VOCABULARY, cves)

    assert read.problems == []
    by_key = {a.key: a for a in read.advisories}
    assert len(by_key) == 6  # the bundle's six vulnerabilities, each with a CVE in KEV
    assert all(by_key[cve].targeting.identities >= cves[cve] for cve in by_key)
    # "Weaponized Microsoft Word document": the text names a curated product too.
    assert "microsoft:microsoft-365" in by_key["CVE-2012-0158"].targeting.identities


def test_an_indicator_linked_to_software_becomes_an_advisory_for_that_product() -> None:
    software = stix2.Software(name="FortiOS", vendor="Fortinet")
    indicator = stix2.Indicator(
        name="Fake VPN login page",
        pattern="[url:value = 'http://vpn-login.example']",
        pattern_type="stix",
    )
    link = stix2.Relationship(indicator, "related-to", software)

    read = stix_advisories(_bundle(software, indicator, link), VOCABULARY, {})

    (advisory,) = read.advisories
    assert advisory.targeting.identities == frozenset({"fortinet:fortios"})
    assert advisory.title == "Warning for people who use Fortinet FortiOS"


def test_a_campaign_naming_a_product_in_its_description_is_matched_but_loose_words_are_not() -> (
    None
):
    named = stix2.Campaign(name="Invoice lures", description="Phishing for Microsoft 365 logins.")
    loose = stix2.Campaign(name="Office move", description="Targets the office manager.")

    read = stix_advisories(_bundle(named, loose), VOCABULARY, {})

    assert [a.targeting.identities for a in read.advisories] == [
        frozenset({"microsoft:microsoft-365"})
    ]
    assert read.skipped == 1


def test_a_bad_stix_object_is_named_with_its_field_and_the_rest_still_import() -> None:
    good = stix2.Campaign(name="Invoice lures", description="Phishing for Microsoft 365 logins.")
    document = _bundle(good)
    document["objects"].append(
        {
            "type": "vulnerability",
            "spec_version": "2.1",
            "id": "vulnerability--" + "0" * 8 + "-0000-4000-8000-" + "0" * 12,
            "created": "2026-01-01T00:00:00Z",
            "modified": "2026-01-01T00:00:00Z",
        }
    )

    read = stix_advisories(document, VOCABULARY, {})

    assert len(read.advisories) == 1
    (problem,) = read.problems
    assert problem.entry.startswith("objects[1] (vulnerability--")
    assert problem.field == "name"


@pytest.mark.parametrize("document", [{"type": "report"}, [], {"type": "bundle"}])
def test_a_file_that_is_not_a_bundle_says_so(document: Any) -> None:
    read = stix_advisories(document, VOCABULARY, {})

    assert read.advisories == []
    assert read.problems[0].entry == "(file)"


def test_the_export_of_sent_advisories_passes_stix2_validator() -> None:
    advisories, _ = kev_advisories(kev_document(), VOCABULARY)
    stix_read = stix_advisories(json.loads(POISON_IVY.read_text()), VOCABULARY, KNOWN_CVES)

    bundle = stix_bundle(
        [*advisories[:200], *stix_read.advisories], created=datetime(2026, 11, 27, tzinfo=UTC)
    )

    result = validate_instance(json.loads(bundle.serialize()), ValidationOptions(strict=False))
    assert result.is_valid, [str(e) for e in result.errors]
    reports = [o for o in bundle.objects if o.type == "report"]
    assert len(reports) == 200 + len(stix_read.advisories)


# --- Fuzzing the importers (SECURITY.md S13) ---------------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3)
    ),
    max_leaves=15,
)
KEV_ENTRY = st.fixed_dictionaries(
    {},
    optional={
        name: JSON | st.text(max_size=12)
        for name in (
            "cveID",
            "vendorProject",
            "product",
            "dateAdded",
            "shortDescription",
            "knownRansomwareCampaignUse",
            "requiredAction",
        )
    },
)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(KEV_ENTRY | JSON, max_size=6))
def test_any_kev_entries_give_advisories_or_named_problems_never_a_crash(
    entries: list[Any],
) -> None:
    advisories, problems = kev_advisories(_kev(*entries), VOCABULARY)

    assert len(advisories) + len(problems) == len(entries)


STIX_OBJECT = st.fixed_dictionaries(
    {
        "type": st.sampled_from(
            [
                "vulnerability",
                "indicator",
                "campaign",
                "report",
                "software",
                "relationship",
                "x-thing",
            ]
        )
    },
    optional={
        "id": JSON | st.just("campaign--0f4a2c1e-0000-4000-8000-000000000000"),
        "spec_version": st.just("2.1") | JSON,
        "name": JSON,
        "created": JSON,
        "modified": JSON,
        "object_refs": JSON,
        "source_ref": JSON,
        "target_ref": JSON,
    },
)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(STIX_OBJECT | JSON, max_size=6))
def test_any_stix_objects_give_advisories_or_named_problems_never_a_crash(
    objects: list[Any],
) -> None:
    read = stix_advisories({"type": "bundle", "objects": objects}, VOCABULARY, {})

    assert len(read.problems) <= len(objects)
