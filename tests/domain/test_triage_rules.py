"""Triage rules the other triage tests leave open: the order among the urgent kinds, the
order kept for the others, not-sure answers, repeats, and every nation's contacts."""

from __future__ import annotations

import pytest

from smeshield.domain.incidents.triage import Triage, TriageAnswers, TriageError, Urgency, triage
from smeshield.domain.reasons import Reason
from tests.domain.incidents_fixture import shipped_playbooks

BOOK = shipped_playbooks()


def _triage(*what: str, **answers: object) -> Triage:
    return triage(BOOK, TriageAnswers(what=what, **answers))  # type: ignore[arg-type]


def _ids(result: Triage) -> list[str]:
    return [p.id for p in result.types]


def test_the_urgent_kinds_come_ransomware_then_payment_then_card_whatever_the_order_chosen() -> (
    None
):
    result = _triage("phishing", "card-fraud", "payment-fraud", "ransomware")
    assert _ids(result) == ["ransomware", "payment-fraud", "card-fraud", "phishing"]


def test_card_fraud_comes_before_payment_fraud_only_if_the_rule_says_so() -> None:
    assert _ids(_triage("card-fraud", "payment-fraud")) == ["payment-fraud", "card-fraud"]


def test_kinds_that_are_not_urgent_keep_the_order_the_person_chose() -> None:
    assert _ids(_triage("website", "phishing", "lost-device")) == [
        "website",
        "phishing",
        "lost-device",
    ]
    assert _ids(_triage("lost-device", "website", "phishing")) == [
        "lost-device",
        "website",
        "phishing",
    ]


def test_a_kind_chosen_twice_is_triaged_once() -> None:
    assert _ids(_triage("phishing", "phishing")) == ["phishing"]


def test_personal_data_chosen_and_answered_yes_is_added_once() -> None:
    result = _triage("personal-data", "website", personal_data=True)
    assert _ids(result) == ["personal-data", "website"]


def test_not_sure_about_money_or_happening_now_is_not_urgent_for_a_non_urgent_kind() -> None:
    result = _triage("website", happening_now=None, money_lost=None)
    assert result.urgency is Urgency.TODAY
    assert not any("159" in step for step in result.steps)
    assert [c.id for c in result.contacts][:1] != ["bank"]


@pytest.mark.parametrize(("happening", "money"), [(True, False), (False, True), (True, True)])
def test_happening_now_or_money_lost_makes_any_kind_urgent(happening: bool, money: bool) -> None:
    assert _triage("website", happening_now=happening, money_lost=money).urgency is Urgency.NOW


def test_money_lost_puts_the_bank_step_first_without_repeats() -> None:
    result = _triage("payment-fraud", "card-fraud", money_lost=True)
    kept = _triage("payment-fraud", "card-fraud", money_lost=False)
    # The triage's own "call your bank" step comes before every playbook step (worded
    # when shown); the playbooks' steps follow in their order, each once.
    assert result.first_steps == (Reason("incidents.call_bank_first", {}),)
    assert kept.first_steps == ()
    assert len(result.steps) == len(set(result.steps))
    assert result.steps == kept.steps


@pytest.mark.parametrize("nation", ["england", "wales", "northern-ireland"])
def test_outside_scotland_lost_money_goes_to_the_bank_then_report_fraud(nation: str) -> None:
    contacts = [c.id for c in _triage("website", money_lost=True, nation=nation).contacts]
    assert contacts[:2] == ["bank", "report-fraud"]
    assert "police-scotland" not in contacts


def test_in_scotland_lost_money_goes_to_the_bank_then_police_scotland() -> None:
    contacts = [c.id for c in _triage("website", money_lost=True, nation="scotland").contacts]
    assert contacts[:2] == ["bank", "police-scotland"]
    assert "report-fraud" not in contacts


def test_without_lost_money_the_contacts_keep_the_playbooks_order() -> None:
    result = _triage("phishing", money_lost=False)
    playbook = BOOK.get("phishing")
    assert playbook is not None
    served = [c for c in playbook.contacts if BOOK.contact(c).serves("england")]
    assert [c.id for c in result.contacts] == served


def test_what_to_gather_joins_every_kind_without_repeats() -> None:
    result = _triage("phishing", "account-takeover")
    gathered = [g for t in ("phishing", "account-takeover") for g in BOOK.get(t).gather]  # type: ignore[union-attr]
    assert result.gather == tuple(dict.fromkeys(gathered))


def test_the_refusal_names_the_unknown_kind_and_the_unknown_nation() -> None:
    with pytest.raises(TriageError, match="not-a-type"):
        _triage("phishing", "not-a-type")
    with pytest.raises(TriageError, match="france"):
        _triage("phishing", nation="france")


def test_the_refusal_lists_every_unknown_kind() -> None:
    with pytest.raises(TriageError, match="unknown incident type: not-a-type, nor-this"):
        _triage("not-a-type", "phishing", "nor-this")


def test_lost_money_keeps_every_other_contact_after_the_bank_and_police() -> None:
    contacts = [c.id for c in _triage("phishing", money_lost=True).contacts]
    assert contacts[:2] == ["bank", "report-fraud"]
    assert {"phishing-email", "phishing-text"} <= set(contacts[2:])
    assert len(contacts) == len(set(contacts))


def test_two_kinds_give_every_step_of_both_playbooks_the_urgent_one_first() -> None:
    # Given ransomware (urgent) and a website problem, chosen in that order
    ransomware, website = BOOK.get("ransomware"), BOOK.get("website")
    assert ransomware is not None
    assert website is not None
    # When triaged
    result = _triage("website", "ransomware")
    # Then all of ransomware's steps come first, then the website steps not already given
    expected = list(ransomware.steps) + [s for s in website.steps if s not in ransomware.steps]
    assert list(result.steps) == expected
    assert len(result.steps) > len(ransomware.steps)
