"""smeshield healthcheck: the catalogue as JSON, and bulk scoring of answers files."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.integration.healthcheck.answering import PROFILE


def _run(*args: str) -> str:
    out = io.StringIO()
    call_command("healthcheck", *args, stdout=out)
    return out.getvalue()


def test_the_catalogue_prints_requirements_with_control_source_and_rule() -> None:
    catalogue = json.loads(_run("catalogue", "--format", "json", "--version", "3.2"))
    requirement = next(r for r in catalogue["requirements"] if r["id"] == "ce.upd.fourteen-days")
    assert requirement["area"] == "update-management"
    assert requirement["source"]["section"] == "Security update management"
    assert requirement["applies_when"] == "always"
    assert requirement["auto_fail"] is False
    assert catalogue["version"] == "3.2"
    assert (catalogue["effective_from"], catalogue["effective_to"]) == ("2025-04-28", "2026-04-27")


def test_given_today_then_the_catalogue_in_force_is_danzell_with_its_automatic_fails() -> None:
    catalogue = json.loads(_run("catalogue", "--format", "json"))
    assert catalogue["version"] == "3.3"
    assert (catalogue["effective_from"], catalogue["effective_to"]) == ("2026-04-28", None)
    auto_fail = {r["id"] for r in catalogue["requirements"] if r["auto_fail"]}
    assert auto_fail == {
        "ce.uac.mfa-every-cloud",
        "ce.upd.os-fourteen-days",
        "ce.upd.apps-fourteen-days",
    }
    assert all(isinstance(r["auto_fail"], bool) for r in catalogue["requirements"])


def test_given_an_unknown_version_then_the_command_says_so() -> None:
    with pytest.raises(CommandError, match=r"no health-check catalogue version 9\.9"):
        _run("catalogue", "--version", "9.9")


def test_a_jsonl_file_scores_each_line_and_reports_bad_answers(tmp_path: Path) -> None:
    good = {"id": "one", "answers": {**PROFILE, "fw.router-password": "no"}}
    bad = {"id": "two", "answers": {"no.such": "yes", "bk.regular": "sometimes"}}
    source = tmp_path / "interviews.jsonl"
    source.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n")

    lines = [json.loads(line) for line in _run("evaluate", str(source)).splitlines()]

    assert [line["id"] for line in lines] == ["one", "two"]
    first = {v["requirement"]: v["verdict"] for v in lines[0]["verdicts"]}
    assert first["ce.fw.default-password"] == "not_met"
    (router,) = [v for v in lines[0]["verdicts"] if v["requirement"] == "ce.fw.default-password"]
    assert router["reasons"] == [
        {
            "code": "assessment.answer_summary",
            "params": {"summary": "Router password not changed"},
        }
    ]
    assert lines[0]["ready_for_cyber_essentials"] is False
    assert lines[0]["plan"][0]["first_things_first"] is True
    assert {p["question"] for p in lines[1]["problems"]} == {"no.such", "bk.regular"}


def test_a_file_that_is_not_json_stops_with_the_line(tmp_path: Path) -> None:
    source = tmp_path / "broken.json"
    source.write_text('{"answers": {\n  "fw.router-password": yes\n}}')
    with pytest.raises(CommandError, match="line 2"):
        _run("evaluate", str(source))
