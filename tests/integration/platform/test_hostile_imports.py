"""The three importers never crash: every hostile file is refused with its name and the
reason, and the rest of a folder is still imported (SECURITY.md S13, issue 12.2).

The contract, for any bytes at all:
- ``incidents import-veris``: each file is either imported or listed as rejected with its
  name and a reason; the real record beside it is imported;
- ``alerts import-kev`` / ``import-stix``: the file is imported (bad entries listed, each
  named) or refused with a ``ValueError`` (a ``CommandError`` at the command) that names
  the file.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smeshield.alerts.services import ImportOutcome, kev_import, stix_import
from smeshield.incidents.models import ResearchIncident
from smeshield.incidents.services import research_import
from tests.domain.incidents_fixture import VCDB_FIXTURES

pytestmark = pytest.mark.django_db

REAL_RECORD = sorted(VCDB_FIXTURES.glob("*.json"))[0]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=30,
)


@st.composite
def hostile_bytes(draw: st.DrawFn) -> bytes:
    """Deep nesting, huge numbers, broken text, or any JSON at all (as KEV/STIX-ish shapes)."""
    kind = draw(st.sampled_from(["deep", "number", "bytes", "json", "kev", "stix", "truncated"]))
    if kind == "deep":
        depth = draw(st.integers(min_value=65, max_value=200_000))
        opener = draw(st.sampled_from(["[", '{"a":']))
        return (opener * depth).encode()
    if kind == "number":
        digits = draw(st.integers(min_value=41, max_value=20_000))
        return ('{"incident_id": "x", "n": ' + "9" * digits + "}").encode()
    if kind == "bytes":
        return draw(st.binary(max_size=200))
    value: Any = draw(json_values)
    if kind == "kev":
        value = {"vulnerabilities": draw(st.lists(json_values | st.dictionaries(
            st.sampled_from(["cveID", "vendorProject", "product", "dateAdded", "shortDescription",
                             "requiredAction", "dueDate", "knownRansomwareCampaignUse"]),
            json_values, max_size=8), max_size=4))}  # fmt: skip
    if kind == "stix":
        value = {"type": "bundle", "id": "bundle--1", "objects": draw(st.lists(
            st.dictionaries(st.sampled_from(["type", "id", "name", "created", "modified",
                                             "description", "external_references", "spec_version"]),
                            json_values, max_size=8), max_size=4))}  # fmt: skip
    text = json.dumps(value)
    if kind == "truncated":
        text = text[: draw(st.integers(min_value=0, max_value=max(0, len(text) - 1)))]
    return text.encode()


FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(data=hostile_bytes())
def test_any_file_beside_a_real_record_is_imported_or_rejected_by_name(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    folder = tmp_path_factory.mktemp("veris")
    shutil.copy(REAL_RECORD, folder / REAL_RECORD.name)
    (folder / "hostile.json").write_bytes(data)

    outcome = research_import(folder=folder)

    assert json.loads(REAL_RECORD.read_text())["incident_id"] in outcome.imported
    rejected = dict(outcome.rejected)
    assert len(outcome.imported) + len(rejected) == 2
    if "hostile.json" in rejected:
        assert rejected["hostile.json"].strip()


def _imported_or_refused_by_name(importer: Callable[..., ImportOutcome], path: Path) -> None:
    """The contract: an outcome whose problems are all worded, or a refusal naming the file."""
    outcome: ImportOutcome | str
    try:
        outcome = importer(path=path)
    except ValueError as error:
        outcome = str(error)

    if isinstance(outcome, str):
        assert str(path) in outcome  # refused, naming the file
    else:
        assert all(problem.strip() for problem in outcome.problems)


@FUZZ
@given(data=hostile_bytes())
def test_any_kev_file_is_imported_or_refused_naming_the_file(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("kev") / "catalogue.json"
    path.write_bytes(data)
    _imported_or_refused_by_name(kev_import, path)


@FUZZ
@given(data=hostile_bytes())
def test_any_stix_file_is_imported_or_refused_naming_the_file(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("stix") / "bundle.json"
    path.write_bytes(data)
    _imported_or_refused_by_name(stix_import, path)


# --- The pen test's files, by name, through the commands ---------------------------------------


HOSTILE = {
    "deep.json": b"[" * 100_000,
    "long-number.json": b'{"incident_id": "a", "n": ' + b"1" * 5_000 + b"}",
    "not-text.json": b"\xff\xfe\x00",
}
REASONS = {
    "deep.json": "nested 100000 levels deep",
    "long-number.json": "a number 5,000 characters long",
    "not-text.json": "not UTF-8",
}


def test_import_veris_names_each_hostile_file_and_its_reason_and_imports_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for path in VCDB_FIXTURES.glob("*.json"):
        shutil.copy(path, tmp_path / path.name)
    for name, data in HOSTILE.items():
        (tmp_path / name).write_bytes(data)

    with pytest.raises(CommandError, match="3 file"):
        call_command("incidents", "import-veris", str(tmp_path))

    errors = capsys.readouterr().err
    for name, reason in REASONS.items():
        assert f"rejected {name}: (file): {reason}" in errors
    assert ResearchIncident.objects.count() == 33  # every real record still imported


def test_a_veris_file_over_a_megabyte_is_refused_before_it_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "huge.json").write_bytes(
        b'{"incident_id": "a", "summary": "' + b"x" * 1_100_000 + b'"}'
    )

    with pytest.raises(CommandError):
        call_command("incidents", "import-veris", str(tmp_path))

    assert (
        "rejected huge.json: (file): the file is larger than 1,000,000 bytes"
        in capsys.readouterr().err
    )


@pytest.mark.parametrize("action", ["import-kev", "import-stix"])
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_alert_imports_refuse_a_hostile_file_naming_it_and_the_reason(
    tmp_path: Path, action: str, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(HOSTILE[name])

    with pytest.raises(CommandError) as refused:
        call_command("alerts", action, str(path), "--no-send")

    assert str(path) in str(refused.value)
    assert REASONS[name] in str(refused.value)
