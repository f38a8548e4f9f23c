"""The support directory: the shipped North-of-England entries, search by place and need,
entries past their review date flagged, and a reload that keeps admins' checks."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlparse

import pytest
import yaml
from django.utils import timezone

from smeshield.content.directory import DIRECTORY
from smeshield.people import selectors
from smeshield.people.models import OrganisationKind, SupportOrganisation
from smeshield.people.services import directory_load

pytestmark = pytest.mark.django_db

NORTHERN_FORCES = {
    "Cheshire", "Cleveland", "Cumbria", "Durham", "Greater Manchester", "Humberside",
    "Lancashire", "Merseyside", "North Yorkshire", "Northumbria", "South Yorkshire",
    "West Yorkshire",
}  # fmt: skip


def _names(found: list[SupportOrganisation]) -> set[str]:
    return {organisation.name for organisation in found}


def test_the_shipped_directory_has_every_kind_the_forum_asked_for() -> None:
    loaded = directory_load()

    assert loaded == SupportOrganisation.objects.count() >= 25
    kinds = set(SupportOrganisation.objects.values_list("kind", flat=True))
    assert kinds == set(OrganisationKind.values)
    for organisation in SupportOrganisation.objects.all():
        assert urlparse(organisation.website).scheme == "https", organisation.name
        assert organisation.services
        assert organisation.verified_by
        assert organisation.national or organisation.police_force_areas or organisation.regions


def test_every_northern_police_force_area_has_its_own_protect_team_and_a_resilience_centre() -> (
    None
):
    directory_load()

    for force in NORTHERN_FORCES:
        found = selectors.directory(force=force)
        kinds = {o.kind for o in found if not o.national}
        assert {"police", "crc"} <= kinds, force


def test_search_by_place_shows_local_help_first_and_never_another_forces_team() -> None:
    directory_load()

    found = selectors.directory(force="West Yorkshire", region="Yorkshire and The Humber")

    names = _names(found)
    assert "West Yorkshire Police" in names
    assert "Yorkshire and Humber Cyber Resilience Centre" in names
    assert "Report Fraud" in names  # national
    assert "Cleveland Police" not in names
    assert "North East Business Resilience Centre" not in names
    first_national = next(i for i, o in enumerate(found) if o.national)
    assert all(o.national for o in found[first_national:])


def test_search_by_need_matches_an_incident_a_barrier_and_a_plan_area() -> None:
    directory_load()
    place = {"force": "Cleveland", "region": "North East"}

    by_incident = _names(selectors.directory(**place, needs=("incident:ransomware",)))
    by_barrier = _names(selectors.directory(**place, needs=("barrier:cost",)))
    by_area = _names(selectors.directory(**place, needs=("area:payment-fraud",)))

    assert {"Report Fraud", "Cleveland Police"} <= by_incident
    assert "Teesside University" not in by_incident
    assert "Teesside University" in by_barrier
    assert "Report Fraud" not in by_barrier
    assert "Take Five to Stop Fraud" in by_area
    assert "Cleveland Police" not in by_area


def test_an_entry_past_its_review_date_is_flagged() -> None:
    directory_load()
    entry = SupportOrganisation.objects.get(name="Report Fraud")
    entry.review_by = timezone.localdate() - timedelta(days=1)
    entry.save()

    assert entry.overdue()
    assert not SupportOrganisation.objects.get(name="Cleveland Police").overdue()


def test_reloading_the_directory_adds_nothing_twice_and_keeps_an_admins_check() -> None:
    directory_load()
    entry = SupportOrganisation.objects.get(name="Cleveland Police")
    entry.verified_by = "Ada Admin, by phone with the force"
    entry.save()
    before = SupportOrganisation.objects.count()

    directory_load()

    assert SupportOrganisation.objects.count() == before
    assert SupportOrganisation.objects.get(name="Cleveland Police").verified_by.startswith("Ada")


def test_the_shipped_file_names_organisations_only_once() -> None:
    document = yaml.safe_load(DIRECTORY.read_text(encoding="utf-8"))
    names = [entry["name"] for entry in document["organisations"]]
    assert len(names) == len(set(names))
