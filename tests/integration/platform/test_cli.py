"""The smeshield command: every verb explains itself, and the demo set-up is repeatable."""

from __future__ import annotations

import io
from contextlib import redirect_stdout

import pytest
from django.core.management import call_command

from smeshield.accounts.models import User
from smeshield.businesses.models import Business, ConsentRecord
from smeshield.cli import VERBS, main
from smeshield.domain.roles import Role
from smeshield.incidents.models import Incident, IncidentShare


def test_help_lists_every_verb() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        main(["--help"])
    for verb in ("demo", "serve", "worker", "check"):
        assert f"  {verb} " in out.getvalue()


@pytest.mark.parametrize("verb", sorted(VERBS))
def test_every_verb_has_help(verb: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([verb, "--help"])
    assert exit_.value.code == 0
    assert "usage: smeshield" in capsys.readouterr().out


@pytest.mark.django_db
def test_the_demo_set_up_runs_twice_without_duplicating_anything() -> None:
    out = io.StringIO()
    call_command("demo", "--no-serve", stdout=out)
    models = (User, Business, ConsentRecord, Incident, IncidentShare)
    counts = [model.objects.count() for model in models]

    call_command("demo", "--no-serve", stdout=io.StringIO())

    assert [model.objects.count() for model in models] == counts
    assert IncidentShare.objects.count() == 1  # the police login has a record to read
    text = out.getvalue()
    assert "http://127.0.0.1:8000/" in text
    for role in Role:
        assert role.value in text
    assert "owner1@demo.smeshield.example" in text
    assert Business.objects.count() >= 10


@pytest.mark.django_db
def test_the_check_verb_reports_a_healthy_installation() -> None:
    call_command("reference", "load", stdout=io.StringIO())
    out = io.StringIO()
    call_command("platform_check", stdout=out)
    assert "FAIL" not in out.getvalue()
    assert "ok    Audit chain: intact" in out.getvalue()
