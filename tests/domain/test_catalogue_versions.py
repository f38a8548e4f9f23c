"""Cyber Essentials v3.3 (Danzell) beside v3.2 (Willow): dated, sourced, automatic fails
marked, and broken files refused with the file, line and field named."""

from __future__ import annotations

from datetime import date

import pytest

from smeshield.domain.catalog.loader import CatalogueError, build_catalogue, build_catalogues
from smeshield.domain.catalog.locations import parse_located
from tests.domain.catalogue_fixture import (
    CONTENT,
    DANZELL_FILE,
    WILLOW_FILE,
    schema,
    shipped_catalogues,
)


def _text(name: str) -> str:
    return (CONTENT / name).read_text()


def _by_version() -> dict[str, object]:
    return {c.version: c for c in shipped_catalogues()}


def test_given_both_files_then_willow_ends_the_day_before_danzell_starts() -> None:
    willow, danzell = shipped_catalogues()
    assert (willow.version, danzell.version) == ("3.2", "3.3")
    assert willow.effective_from == date(2025, 4, 28)
    assert willow.effective_to == date(2026, 4, 27)
    assert danzell.effective_from == date(2026, 4, 28)
    assert danzell.effective_to is None
    assert "Danzell" in danzell.name


def test_given_danzell_then_missing_mfa_and_late_updates_are_automatic_fails() -> None:
    danzell = shipped_catalogues()[1]
    assert danzell.auto_fail_ids == {
        "ce.uac.mfa-every-cloud",
        "ce.upd.os-fourteen-days",
        "ce.upd.apps-fourteen-days",
    }
    assert not shipped_catalogues()[0].auto_fail_ids


def test_given_danzell_then_every_change_is_a_sourced_requirement_saying_what_changed() -> None:
    danzell = shipped_catalogues()[1]
    changed = {r.id: r for r in danzell.requirements if r.change}
    assert {
        "ce.scope.cloud",
        "ce.scope.every-device",
        "ce.uac.mfa-every-cloud",
        "ce.upd.os-fourteen-days",
        "ce.upd.apps-fourteen-days",
        "ce.uac.sign-in",
        "ce.fw.device-firewall",
    } <= set(changed)
    for requirement in changed.values():
        assert requirement.source.scheme == "Cyber Essentials v3.3 (Danzell)"
        assert requirement.source.url.startswith("https://www.ncsc.gov.uk/")
    assert "Passkeys" in changed["ce.uac.sign-in"].change
    passkeys = danzell.question("uac.passwords").option("passkeys")  # type: ignore[union-attr]
    assert passkeys is not None
    assert passkeys.verdicts == {"ce.uac.sign-in": "met"}


def test_given_danzell_then_the_whole_business_is_in_scope_whatever_its_profile() -> None:
    danzell = shipped_catalogues()[1]
    for rid in ("ce.scope.cloud", "ce.scope.every-device", "ce.fw.device-firewall"):
        assert danzell.requirement(rid).applies_when == "always"


def test_given_a_file_with_an_option_without_a_summary_then_the_line_and_field_are_named() -> None:
    text = _text(DANZELL_FILE)
    target = (
        '- {value: "yes", label: "Yes, we have a list", summary: "Every online service is known", '
    )
    line = text[: text.index(target)].count("\n") + 1
    broken = text.replace(target, '- {value: "yes", label: "Yes, we have a list", ', 1)
    with pytest.raises(CatalogueError) as error:
        build_catalogue(parse_located(broken, source=DANZELL_FILE), schema())
    assert any(
        p.startswith(f"{DANZELL_FILE}, line {line}, field questions[")
        and p.split(":")[0].endswith(".options[0].summary")
        for p in error.value.problems
    ), error.value.problems


def test_given_an_unknown_requirement_then_the_file_line_and_field_are_named() -> None:
    text = _text(DANZELL_FILE)
    target = "verdicts: {ce.scope.cloud: met}"
    line = text[: text.index(target)].count("\n") + 1
    broken = text.replace(target, "verdicts: {ce.scope.clouds: met}", 1)
    with pytest.raises(CatalogueError) as error:
        build_catalogue(parse_located(broken, source=DANZELL_FILE), schema())
    assert any(
        p.startswith(f"{DANZELL_FILE}, line {line}, field ")
        and "unknown requirement ce.scope.clouds" in p
        for p in error.value.problems
    ), error.value.problems


def test_given_a_question_naming_another_versions_requirement_then_it_is_refused() -> None:
    broken = _text(DANZELL_FILE).replace(
        "verdicts: {ce.uac.mfa-every-cloud: met}", "verdicts: {ce.uac.mfa-cloud: met}", 1
    )
    documents = [
        parse_located(_text(WILLOW_FILE), source=WILLOW_FILE),
        parse_located(broken, source=DANZELL_FILE),
    ]
    with pytest.raises(CatalogueError) as error:
        build_catalogues(documents, schema())
    assert any(
        p.startswith(f"{DANZELL_FILE}, line ")
        and "requirement ce.uac.mfa-cloud belongs to version 3.2, not to version 3.3" in p
        for p in error.value.problems
    ), error.value.problems


def test_given_overlapping_version_dates_then_both_are_refused_naming_the_date_field() -> None:
    text = _text(WILLOW_FILE)
    line = text[: text.index("effective_to:")].count("\n") + 1
    overlapping = text.replace('effective_to: "2026-04-27"', 'effective_to: "2026-05-31"', 1)
    documents = [
        parse_located(overlapping, source=WILLOW_FILE),
        parse_located(_text(DANZELL_FILE), source=DANZELL_FILE),
    ]
    with pytest.raises(CatalogueError) as error:
        build_catalogues(documents, schema())
    assert any(
        p.startswith(f"{DANZELL_FILE}, line ")
        and "field catalogue.effective_from" in p
        and "overlap with version 3.2 (2025-04-28 to 2026-05-31)" in p
        for p in error.value.problems
    ), error.value.problems
    assert line > 0


def test_given_an_open_ended_older_version_then_the_overlap_is_refused() -> None:
    open_ended = _text(WILLOW_FILE).replace('effective_to: "2026-04-27"', "effective_to: null", 1)
    documents = [
        parse_located(open_ended, source=WILLOW_FILE),
        parse_located(_text(DANZELL_FILE), source=DANZELL_FILE),
    ]
    with pytest.raises(CatalogueError, match="no end date"):
        build_catalogues(documents, schema())
