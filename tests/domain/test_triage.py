"""Triage: a few plain answers give the kinds of incident, how urgent it is, and what to do."""

from __future__ import annotations

import pytest

from smeshield.domain.incidents.triage import (
    Triage,
    TriageAnswers,
    TriageError,
    Urgency,
    triage,
)
from smeshield.domain.reasons import Reason
from tests.domain.incidents_fixture import shipped_playbooks

BOOK = shipped_playbooks()
ISSUE_TYPES = (
    "ransomware",
    "payment-fraud",
    "account-takeover",
    "phishing",
    "malware",
    "lost-device",
    "website",
    "personal-data",
    "card-fraud",
    "insider",
    "scam-call",
)
ALWAYS_URGENT = {"ransomware", "payment-fraud", "card-fraud"}


def _triage(*what: str, **answers: object) -> Triage:
    return triage(BOOK, TriageAnswers(what=what, **answers))  # type: ignore[arg-type]


def _contact_ids(result: Triage) -> list[str]:
    return [contact.id for contact in result.contacts]


def test_every_kind_of_incident_the_forum_named_has_a_playbook() -> None:
    assert set(ISSUE_TYPES) <= set(BOOK.ids)
    assert "other" in BOOK.ids


@pytest.mark.parametrize("type_id", ISSUE_TYPES)
def test_given_one_kind_when_triaged_then_its_steps_come_in_the_playbooks_order(
    type_id: str,
) -> None:
    result = _triage(type_id, happening_now=False, money_lost=False, personal_data=False)

    playbook = BOOK.get(type_id)
    assert playbook is not None
    assert result.types[0] == playbook
    assert result.first_steps == ()
    assert result.steps[: len(playbook.steps)] == playbook.steps
    assert result.gather[: len(playbook.gather)] == playbook.gather


@pytest.mark.parametrize("type_id", ISSUE_TYPES)
def test_given_one_kind_not_happening_now_then_only_money_kinds_are_urgent(type_id: str) -> None:
    result = _triage(type_id, happening_now=False, money_lost=False, personal_data=False)

    expected = Urgency.NOW if type_id in ALWAYS_URGENT else Urgency.TODAY
    assert result.urgency is expected


@pytest.mark.parametrize("type_id", ISSUE_TYPES)
def test_given_it_is_still_happening_then_every_kind_is_urgent(type_id: str) -> None:
    assert _triage(type_id, happening_now=True).urgency is Urgency.NOW


@pytest.mark.parametrize("type_id", ISSUE_TYPES)
def test_given_money_left_the_account_then_the_bank_comes_first(type_id: str) -> None:
    result = _triage(type_id, money_lost=True)

    assert result.urgency is Urgency.NOW
    assert result.first_steps == (Reason("incidents.call_bank_first"),)
    assert _contact_ids(result)[:2] == ["bank", "report-fraud"]
    assert _contact_ids(_triage(type_id, money_lost=True, nation="scotland"))[:2] == [
        "bank",
        "police-scotland",
    ]
    assert len(result.steps) == len(set(result.steps))


@pytest.mark.parametrize("type_id", ISSUE_TYPES)
def test_in_england_report_fraud_is_named_and_in_scotland_police_scotland(type_id: str) -> None:
    english = _contact_ids(_triage(type_id, nation="england"))
    scottish = _contact_ids(_triage(type_id, nation="scotland"))

    assert "police-scotland" not in english
    assert "report-fraud" not in scottish
    if "report-fraud" in english:
        assert "police-scotland" in scottish


def test_given_personal_data_may_be_involved_then_the_ico_steps_are_added() -> None:
    result = _triage("ransomware", personal_data=True)

    assert [p.id for p in result.types] == ["ransomware", "personal-data"]
    assert "ico" in _contact_ids(result)


def test_given_not_sure_about_personal_data_then_nothing_is_added() -> None:
    result = _triage("website", personal_data=None)

    assert [p.id for p in result.types] == ["website"]


def test_given_nothing_chosen_then_the_general_playbook_is_used() -> None:
    result = _triage()

    assert [p.id for p in result.types] == ["other"]
    assert result.urgency is Urgency.TODAY


def test_given_several_kinds_then_the_most_urgent_comes_first_and_steps_are_not_repeated() -> None:
    result = _triage("phishing", "account-takeover", "payment-fraud")

    assert [p.id for p in result.types] == ["payment-fraud", "phishing", "account-takeover"]
    assert len(result.steps) == len(set(result.steps))
    assert len(_contact_ids(result)) == len(set(_contact_ids(result)))


def test_the_ransomware_steps_say_disconnect_and_do_not_pay() -> None:
    steps = " ".join(_triage("ransomware").steps).lower()

    assert "unplug" in steps
    assert "do not pay" in steps


def test_report_fraud_gives_its_number_and_the_24_7_line_for_a_live_attack() -> None:
    report_fraud = BOOK.contact("report-fraud")

    assert report_fraud.phone == "0300 123 2040"
    assert "press 9" in report_fraud.detail


def test_phishing_names_the_email_address_and_7726() -> None:
    result = _triage("phishing")

    assert BOOK.contact("phishing-email").email == "report@phishing.gov.uk"
    assert BOOK.contact("phishing-text").phone == "7726"
    assert {"phishing-email", "phishing-text"} <= set(_contact_ids(result))


def test_personal_data_names_the_ico_72_hour_test() -> None:
    assert "72 hours" in BOOK.contact("ico").detail


@pytest.mark.parametrize(
    "answers",
    [TriageAnswers(what=("not-a-type",)), TriageAnswers(what=("ransomware",), nation="france")],
)
def test_an_answer_that_is_not_a_choice_is_refused(answers: TriageAnswers) -> None:
    with pytest.raises(TriageError):
        triage(BOOK, answers)
