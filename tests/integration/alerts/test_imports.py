"""Importing advisories: the real KEV snapshot with 0 errors, idempotently; bad entries
named with their field while the good ones import; STIX bundles; the bulk match CLI."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from smeshield.alerts.models import Advisory, AdvisorySource, Delivery
from smeshield.alerts.services import kev_import, stix_import
from tests.domain.incidents_fixture import SHARED_DATA
from tests.domain.products_fixture import KEV_FILE, kev_document

pytestmark = pytest.mark.django_db

SHARED_KEV = SHARED_DATA / "cisa-kev" / "known_exploited_vulnerabilities.json"
POISON_IVY = SHARED_DATA / "stix21-schemas" / "examples" / "threat-reports" / "poisonivy.json"


def _write(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_the_real_kev_snapshot_imports_with_no_errors_and_again_changes_nothing() -> None:
    first = kev_import(path=SHARED_KEV)
    second = kev_import(path=SHARED_KEV)

    assert first.problems == []
    assert len(first.created) == Advisory.objects.count() == 1404
    assert (len(second.created), second.updated, second.unchanged) == (0, 0, 1404)


def test_the_shipped_snapshot_is_the_shared_one() -> None:
    assert json.loads(KEV_FILE.read_text()) == json.loads(SHARED_KEV.read_text())


def test_a_changed_entry_is_updated_in_place(tmp_path: Path) -> None:
    kev_import(path=KEV_FILE)
    document = copy.deepcopy(kev_document())
    document["vulnerabilities"][0]["knownRansomwareCampaignUse"] = "Known"

    outcome = kev_import(path=_write(tmp_path / "kev.json", document))

    assert outcome.updated == 1
    changed = Advisory.objects.get(key=document["vulnerabilities"][0]["cveID"])
    assert changed.known_ransomware is True
    assert changed.severity == "critical"


def test_the_command_names_bad_entries_imports_the_good_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = copy.deepcopy(kev_document()["vulnerabilities"][0])
    bad = {**good, "cveID": "CVE-2099-0002", "dateAdded": "last week"}
    path = _write(tmp_path / "kev.json", {"vulnerabilities": [good, bad]})

    with pytest.raises(CommandError, match="1 entries had errors"):
        call_command("alerts", "import-kev", str(path), "--no-send")

    captured = capsys.readouterr()
    assert (
        "skipped vulnerabilities[1] (CVE-2099-0002): dateAdded: not in the expected form"
        in captured.err
    )
    assert "Imported 1 new, 0 updated, 0 unchanged; 1 with errors." in captured.out
    assert list(Advisory.objects.values_list("key", flat=True)) == [good["cveID"]]


@pytest.mark.parametrize("text", ["{not json", '"just a string"', ""])
def test_a_file_that_is_not_a_catalogue_is_refused_plainly(tmp_path: Path, text: str) -> None:
    path = tmp_path / "kev.json"
    path.write_text(text, encoding="utf-8")

    with pytest.raises(CommandError):
        call_command("alerts", "import-kev", str(path))
    assert Advisory.objects.count() == 0


def test_a_stix_bundle_after_kev_adds_only_what_kev_did_not_have() -> None:
    kev_import(path=KEV_FILE)

    outcome = stix_import(path=POISON_IVY)

    assert outcome.problems == []
    assert outcome.created == []  # its six CVEs are all in KEV already: one advisory each
    assert outcome.unchanged == 6
    assert Advisory.objects.filter(source=AdvisorySource.STIX).count() == 0


def test_a_stix_bundle_alone_becomes_advisories_for_the_products_it_names() -> None:
    outcome = stix_import(path=POISON_IVY)

    keys = {a.key for a in outcome.created}
    # Their descriptions name curated products ("Microsoft Word", "Adobe acrobat"); the
    # Java and Internet Explorer ones name no product on our curated list.
    assert keys == {"CVE-2012-0158", "CVE-2010-3333", "CVE-2009-4324"}
    assert outcome.skipped > 0


def test_a_kev_reimport_sends_nothing_new(tmp_path: Path) -> None:
    call_command("alerts", "import-kev", str(KEV_FILE))
    before = Delivery.objects.count()

    call_command("alerts", "import-kev", str(KEV_FILE))

    assert Delivery.objects.count() == before


def _inventories(tmp_path: Path, rows: list[dict[str, Any]]) -> Path:
    path = tmp_path / "inventories.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    return path


def test_the_match_command_prints_one_json_line_per_match(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fortinet = [e for e in kev_document()["vulnerabilities"] if e["vendorProject"] == "Fortinet"]
    advisories = _write(tmp_path / "kev.json", {"vulnerabilities": fortinet[:2]})
    inventories = _inventories(
        tmp_path,
        [
            {"business": "b-1", "products": ["FortiGate", "Sage 50"]},
            {"business": "b-2", "products": ["Windows 11"]},
        ],
    )

    call_command(
        "alerts", "match", "--advisories", str(advisories), "--inventories", str(inventories)
    )

    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    fortios = {e["cveID"] for e in fortinet[:2] if e["product"] in {"FortiOS", "FortiProxy"}}
    assert fortios, "the sample needs a FortiOS entry"
    assert {line["advisory"] for line in lines} == fortios
    assert {line["business"] for line in lines} == {"b-1"}
    for line in lines:
        assert set(line) == {"advisory", "business", "identity", "reason", "reason_code"}
        assert line["reason"].startswith("You told us you use FortiGate")
        assert line["reason_code"]["code"] == "alerts.uses_product_as"
        assert line["reason_code"]["params"]["name"] == "FortiGate"


def test_the_match_command_names_a_bad_inventory_line(tmp_path: Path) -> None:
    inventories = _inventories(tmp_path, [{"business": "b-1", "products": "FortiGate"}])

    with pytest.raises(CommandError, match="line 1: products: must be a list of names"):
        call_command(
            "alerts", "match", "--advisories", str(KEV_FILE), "--inventories", str(inventories)
        )
