"""``smeshield incidents import-veris`` and ``export-veris`` with the real VCDB records."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from smeshield.content.playbooks import veris_schema
from smeshield.domain.incidents.veris import validation_problems
from smeshield.incidents.models import ResearchIncident
from tests.conftest import World
from tests.domain.incidents_fixture import VCDB_FIXTURES
from tests.factories import IncidentFactory

pytestmark = pytest.mark.django_db

FIXTURES = sorted(VCDB_FIXTURES.glob("*.json"))


def _load(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def test_every_real_vcdb_record_imports_keeps_its_id_and_its_original(
    capsys: pytest.CaptureFixture[str],
) -> None:
    call_command("incidents", "import-veris", str(VCDB_FIXTURES))

    assert f"Imported {len(FIXTURES)} record(s); rejected 0." in capsys.readouterr().out
    for path in FIXTURES:
        original = _load(path)
        kept = ResearchIncident.objects.get(incident_id=original["incident_id"])
        assert kept.original == original
        assert kept.original_schema_version == original["schema_version"]
        assert validation_problems(kept.record, veris_schema()) == []


def test_imported_records_export_as_one_valid_file_each_named_by_incident_id_and_round_trip(
    world: World, tmp_path: Path
) -> None:
    own = IncidentFactory(business=world.business_a, types=["ransomware", "personal-data"])
    call_command("incidents", "import-veris", str(VCDB_FIXTURES))
    first = ResearchIncident.objects.order_by("incident_id").values_list("incident_id", "record")

    call_command("incidents", "export-veris", "--out", str(tmp_path / "out"))

    written = {p.stem: _load(p) for p in (tmp_path / "out").glob("*.json")}
    assert set(written) == {str(own.pk)} | {_load(p)["incident_id"] for p in FIXTURES}
    assert all(validation_problems(r, veris_schema()) == [] for r in written.values())
    assert written[str(own.pk)]["plus"]["smeshield"]["types"] == ["ransomware", "personal-data"]
    for incident_id, record in first:
        assert written[incident_id] == record

    # Round trip: the exported files import again unchanged.
    ResearchIncident.objects.all().delete()
    (tmp_path / "out" / f"{own.pk}.json").unlink()
    call_command("incidents", "import-veris", str(tmp_path / "out"))
    again = dict(ResearchIncident.objects.values_list("incident_id", "record"))
    assert again == dict(first)
    assert all(r.rules_applied == [] for r in ResearchIncident.objects.all())


def test_a_bad_record_is_rejected_with_path_and_reason_while_the_good_ones_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(FIXTURES[0], tmp_path / FIXTURES[0].name)
    bad = _load(FIXTURES[1])
    bad["victim"]["employee_count"] = "Lots"
    (tmp_path / "bad-size.json").write_text(json.dumps(bad))
    (tmp_path / "broken.json").write_text('{"incident_id": "x", ')
    (tmp_path / "unsafe-id.json").write_text(json.dumps({**bad, "incident_id": "../../etc"}))

    with pytest.raises(CommandError, match="3 file"):
        call_command("incidents", "import-veris", str(tmp_path))

    err = capsys.readouterr().err
    assert "rejected bad-size.json: victim/employee_count: 'Lots' is not one of" in err
    assert "rejected broken.json: (file): not valid JSON" in err
    assert "rejected unsafe-id.json: incident_id:" in err
    assert list(ResearchIncident.objects.values_list("incident_id", flat=True)) == [
        _load(FIXTURES[0])["incident_id"]
    ]


def test_importing_the_same_record_twice_keeps_one_copy() -> None:
    call_command("incidents", "import-veris", str(VCDB_FIXTURES))
    call_command("incidents", "import-veris", str(VCDB_FIXTURES))

    assert ResearchIncident.objects.count() == len(FIXTURES)


def test_import_from_a_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="No folder at"):
        call_command("incidents", "import-veris", str(tmp_path / "nowhere"))
