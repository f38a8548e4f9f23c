"""The catalogue content: valid, complete, sourced, and checked at start-up."""

from __future__ import annotations

import copy

import pytest

from smeshield.domain.catalog.loader import CatalogueError, build_catalogue
from smeshield.domain.catalog.model import Barrier
from tests.domain.catalogue_fixture import document, schema, shipped_catalogue

CE_AREAS = {"firewalls", "secure-configuration", "update-management", "user-access", "malware"}
GUIDE_AREAS = {"backups", "phishing", "passwords", "mobile"}


def test_the_shipped_catalogue_is_valid_and_dated() -> None:
    catalogue = shipped_catalogue()
    assert catalogue.version == "3.2"
    assert "Willow" in catalogue.name
    assert catalogue.effective_from.isoformat() == "2025-04-28"


def test_it_covers_the_five_controls_the_guide_topics_fraud_and_readiness() -> None:
    areas = {r.area for r in shipped_catalogue().requirements}
    assert CE_AREAS | GUIDE_AREAS | {"payment-fraud", "readiness"} <= areas
    ce_areas = {r.area for r in shipped_catalogue().requirements if r.cyber_essentials}
    assert ce_areas == CE_AREAS


def test_every_requirement_names_its_source_and_a_nist_csf_subcategory() -> None:
    for requirement in shipped_catalogue().requirements:
        assert requirement.source.scheme
        assert requirement.source.section
        assert requirement.source.nist_csf, requirement.id


def test_every_barrier_has_a_tailored_offer() -> None:
    assert {offer.barrier for offer in shipped_catalogue().offers} == set(Barrier)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            lambda d: d["questions"][10]["options"][0].update(verdicts={"no.such": "met"}),
            "unknown requirement no.such",
        ),
        (lambda d: d["requirements"].append({**d["requirements"][0]}), "is used twice"),
        (lambda d: d["questions"][10].update(show_when="on_tuesdays"), "unknown rule on_tuesdays"),
        (lambda d: d["actions"][0].update(cost="priceless"), "priceless"),
        (lambda d: d.update(extra="field"), "Additional properties"),
        (lambda d: d["actions"].pop(0), "no action fixes it"),
    ],
)
def test_a_broken_content_file_is_refused_with_every_reason(change, problem) -> None:  # type: ignore[no-untyped-def]
    broken = copy.deepcopy(document())
    change(broken)
    with pytest.raises(CatalogueError) as error:
        build_catalogue(broken, schema())
    assert any(problem in p for p in error.value.problems), error.value.problems
