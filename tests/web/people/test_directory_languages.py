"""The directory lists the languages each organisation helps in, filters by language, and
answers "Stuck because of: language" only with organisations that speak more than English."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from django.test import Client

from smeshield.content.directory import DirectoryError, directory_entries
from smeshield.people.models import SupportOrganisation
from tests.web.page_text import main_text

pytestmark = pytest.mark.django_db


def _organisation(name: str, languages: list[str], needs: list[str]) -> SupportOrganisation:
    return SupportOrganisation.objects.create(
        name=name,
        kind="charity",
        services="Help for small firms.",
        cost="free",
        languages=languages,
        national=True,
        needs=needs,
        website="https://example.org",
        verified_by="SME Shield team",
        verified_on=date(2026, 11, 27),
        review_by=date(2027, 5, 27),
    )


@pytest.fixture
def directory() -> None:
    _organisation("English Helpers", ["English"], ["all"])
    _organisation("Urdu Help Line", ["English", "Urdu"], ["barrier:know_how"])
    _organisation("Polish Business Club", ["Polish"], ["barrier:trust"])


def _names(query: dict[str, str]) -> list[str]:
    response = Client().get("/support/", query)
    assert response.status_code == 200
    return [
        o
        for o in ("English Helpers", "Urdu Help Line", "Polish Business Club")
        if o in main_text(response.content.decode())
    ]


def test_stuck_because_of_language_finds_only_organisations_speaking_more_than_english(
    directory: None,
) -> None:
    # Given an English-only organisation tagged "all" and two speaking other languages
    # When an owner looks for help because English is hard
    found = _names({"need": "barrier:language"})
    # Then only the two that speak another language are shown
    assert found == ["Urdu Help Line", "Polish Business Club"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [("Urdu", ["Urdu Help Line"]), ("Polish", ["Polish Business Club"]), ("Arabic", [])],
)
def test_the_language_filter_returns_only_organisations_that_speak_it(
    directory: None, language: str, expected: list[str]
) -> None:
    # When an owner asks for help in a language; then only those speaking it are listed
    assert _names({"language": language}) == expected


def test_with_nobody_speaking_it_the_page_suggests_a_mentor(directory: None) -> None:
    page = main_text(Client().get("/support/", {"language": "Arabic"}).content.decode())
    assert "No organisation in our directory helps in that language yet" in page


def test_each_entry_shows_its_languages_and_an_unknown_language_is_refused(
    directory: None,
) -> None:
    # Given the directory; then each entry names its languages
    page = main_text(Client().get("/support/").content.decode())
    assert "English, Urdu" in page
    # And a language we do not list is a form error, not a crash
    response = Client().get("/support/", {"language": "Klingon"})
    assert response.status_code == 400
    assert "Select a language from the list" in response.content.decode()


YAML = """defaults:
  {{verified_by: Team, verified_on: 2026-11-27, review_months: 6, languages: [English]}}
organisations:
  - {{name: Test Org, kind: charity, cost: free, website: https://example.org,
      services: Help., {languages}}}
"""


@pytest.mark.parametrize(
    ("languages", "problem"),
    [
        ("languages: [English, Klingon]", "unknown languages ['Klingon']"),
        ("languages: []", "at least one"),
        ("languages: Urdu", "at least one"),
    ],
)
def test_the_loader_refuses_bad_languages(tmp_path: Path, languages: str, problem: str) -> None:
    # Given a directory file with a bad languages field
    path = tmp_path / "organisations.yaml"
    path.write_text(YAML.format(languages=languages), encoding="utf-8")
    # When it is loaded; then the loader names the entry and the problem
    with pytest.raises(DirectoryError, match=rf"^Test Org: .*{re.escape(problem)}"):
        directory_entries(path)


def test_the_loader_keeps_good_languages_and_the_default(tmp_path: Path) -> None:
    path = tmp_path / "organisations.yaml"
    path.write_text(YAML.format(languages="languages: [Polish, Urdu]"), encoding="utf-8")
    assert directory_entries(path)[0].described["languages"] == ["Polish", "Urdu"]
    path.write_text(YAML.format(languages="national: true"), encoding="utf-8")
    assert directory_entries(path)[0].described["languages"] == ["English"]
