"""Tailored by profile: each named rule changes what a business is asked, its plan's
steps and order, its costs, or the examples it reads."""

from __future__ import annotations

from dataclasses import replace

import pytest

from smeshield.domain.assessment.answers import Answer, profile_from
from smeshield.domain.assessment.applicability import PREDICATES
from smeshield.domain.assessment.profile import BusinessFacts, Profile
from smeshield.domain.assessment.questionnaire import Path, hint_for
from smeshield.domain.assessment.verdicts import evaluate
from smeshield.domain.catalog.model import CostBand, Verdict
from smeshield.domain.organisations.size_bands import SizeBand
from smeshield.domain.planning.plan import build_plan
from tests.domain.catalogue_fixture import shipped_catalogues

DANZELL = shipped_catalogues()[-1]
MICRO = BusinessFacts(sector="M", size_band=SizeBand.MICRO)


def _profile(facts: BusinessFacts = MICRO, **flags: object) -> Profile:
    base = {
        "remote_working": False,
        "own_devices": False,
        "others_use_it": False,
        "pays_suppliers": False,
        "personal_data": False,
        "charity": False,
        "card_payments": False,
        "payment_apps": False,
        "online_shop": False,
        "website": False,
        "cloud_services": frozenset({"microsoft_365"}),
    }
    return Profile(facts=facts, **{**base, **flags})  # type: ignore[arg-type]


def _asked(profile: Profile) -> set[str]:
    return {q.id for q in Path.for_profile(DANZELL, profile).questions}


def _plan_for(profile: Profile, gaps: dict[str, str]):  # type: ignore[no-untyped-def]
    answers = {qid: Answer(qid, (value,)) for qid, value in gaps.items()}
    shown = frozenset(q.id for q in Path.for_profile(DANZELL, profile).questions)
    verdicts = evaluate(DANZELL, profile, answers, shown)
    return build_plan(DANZELL, verdicts, profile.exposures(), profile=profile)


def _steps(profile: Profile, gaps: dict[str, str]) -> dict[str, tuple[str, ...]]:
    return {p.action.id: p.action.steps for p in _plan_for(profile, gaps).actions}


def _hint(question_id: str, profile: Profile) -> str:
    question = DANZELL.question(question_id)
    assert question is not None
    return hint_for(question, profile)


def test_there_are_at_least_8_named_profile_rules() -> None:
    rules = {
        "sole_trader",
        "has_staff",
        "charity",
        "hospitality",
        "retail",
        "small_or_larger",
        "takes_card_payments",
        "remote_working",
        "own_devices",
        "online_shop",
        "has_website",
        "pays_suppliers_with_staff",
        "others_use_it_or_staff",
    }
    assert rules <= set(PREDICATES)


def test_sole_trader_is_not_asked_whether_two_people_check_payments() -> None:
    with_staff = _profile(pays_suppliers=True, others_use_it=True)
    alone = _profile(
        BusinessFacts(sector="M", size_band=SizeBand.MICRO, sole_trader=True),
        pays_suppliers=True,
        others_use_it=True,
    )
    assert "pay.two-people" in _asked(with_staff)
    assert "pay.two-people" not in _asked(alone)


def test_sole_trader_sees_one_person_costs_and_time() -> None:
    gaps = {"bk.regular": "never", "sc.remove-unneeded": "no"}
    team = {p.action.id: p.action for p in _plan_for(_profile(), gaps).actions}
    alone = {
        p.action.id: p.action
        for p in _plan_for(
            _profile(BusinessFacts(sector="M", size_band=SizeBand.MICRO, sole_trader=True)), gaps
        ).actions
    }
    assert (team["set-up-backups"].cost, team["set-up-backups"].minutes) == (CostBand.UNDER_100, 60)
    assert (alone["set-up-backups"].cost, alone["set-up-backups"].minutes) == (CostBand.FREE, 30)
    assert alone["tidy-accounts-and-software"].minutes == 20


def test_sole_trader_reads_that_scam_training_means_them() -> None:
    alone = _profile(BusinessFacts(sector="M", size_band=SizeBand.MICRO, sole_trader=True))
    assert _hint("ph.awareness", alone).startswith("That means you.")
    assert not _hint("ph.awareness", _profile()).startswith("That means you.")


def test_small_business_is_asked_about_leavers_even_without_ticking_others() -> None:
    small = _profile(BusinessFacts(sector="M", size_band=SizeBand.SMALL))
    assert {"uac.own-accounts", "uac.leavers"} <= _asked(small)
    assert not {"uac.own-accounts", "uac.leavers"} & _asked(_profile())


def test_small_business_plan_adds_training_for_new_staff() -> None:
    small = _profile(BusinessFacts(sector="M", size_band=SizeBand.SMALL))
    steps = {p.action.id: p.action.steps for p in _plan_for(small, {"ph.awareness": "no"}).actions}
    assert "Make the course part of the first week for new staff." in steps["learn-to-spot-scams"]


def test_hospitality_examples_name_the_till_and_card_reader() -> None:
    cafe = _profile(BusinessFacts(sector="I", size_band=SizeBand.MICRO))
    assert "till" in _hint("scope.devices-listed", cafe)
    assert "card reader" in _hint("scope.devices-listed", cafe)
    assert "the till" not in _hint("scope.devices-listed", _profile())
    steps = _steps(cafe, {"scope.devices-listed": "no"})["list-connected-devices"]
    assert "Put the till, card reader and guest Wi-Fi router on the list." in steps


def test_retail_examples_name_tills_and_stock_scanners() -> None:
    shop = _profile(BusinessFacts(sector="G", size_band=SizeBand.MICRO))
    assert "stock scanners" in _hint("scope.devices-listed", shop)


def test_charity_examples_name_volunteers_and_donors() -> None:
    charity = _profile(charity=True)
    assert "volunteers" in _hint("scope.devices-listed", charity)
    assert "donors" in _hint("scope.cloud-listed", charity)
    steps = {
        p.action.id: p.action.steps for p in _plan_for(charity, {"ph.awareness": "no"}).actions
    }
    assert "Ask your volunteers to take the course too. It is free." in steps["learn-to-spot-scams"]


def test_charity_is_a_profile_answer() -> None:
    answers = {"profile.how-you-work": Answer("profile.how-you-work", ("charity",))}
    assert profile_from(DANZELL, MICRO, answers).charity is True
    assert profile_from(DANZELL, MICRO, {}).charity is None


@pytest.mark.parametrize(
    ("flags", "action_id"),
    [
        ({"card_payments": True}, "protect-payment-accounts"),
        ({"online_shop": True, "website": True}, "protect-website-admin"),
        ({"own_devices": True}, "set-screen-locks"),
        ({"remote_working": True}, "switch-on-laptop-firewalls"),
    ],
)
def test_a_profile_moves_its_own_risk_to_the_first_things_to_do(
    flags: dict[str, object], action_id: str
) -> None:
    gaps = {
        "pay.accounts": "no",
        "web.admin-two-step": "no",
        "sc.unlock": "some",
        "fw.device-firewall": "no",
        "bk.tested": "no",
        "ph.reporting": "no",
    }
    plain = _profile(card_payments=True, online_shop=True, website=True)
    plain = replace(plain, **{k: False for k in flags if k != "website"})
    tailored = replace(plain, **flags)
    before = {p.action.id: p for p in _plan_for(plain, gaps).actions}
    after = {p.action.id: p for p in _plan_for(tailored, gaps).actions}
    if action_id in before:
        assert after[action_id].rank <= before[action_id].rank
    assert after[action_id].first_things_first


def test_own_devices_adds_a_step_for_personal_phones() -> None:
    steps = _steps(_profile(own_devices=True), {"sc.unlock": "some"})["set-screen-locks"]
    assert "Ask everyone who uses their own phone for work to set a lock on it too." in steps
    plain = _steps(_profile(), {"sc.unlock": "some"})["set-screen-locks"]
    assert "Ask everyone who uses their own phone for work to set a lock on it too." not in plain


def test_no_website_means_no_website_questions() -> None:
    assert "upd.website" not in _asked(_profile(website=False))
    assert "upd.website" in _asked(_profile(website=True))


def test_card_payments_ask_about_payment_accounts() -> None:
    assert "pay.accounts" in _asked(_profile(card_payments=True))
    assert "pay.accounts" not in _asked(_profile())
    assert Verdict.NOT_MET  # the payment verdicts themselves are tested in test_verdicts


def test_an_alert_naming_a_willow_requirement_makes_its_danzell_successor_urgent() -> None:
    profile = _profile()
    answers = {"upd.os-fourteen-days": Answer("upd.os-fourteen-days", ("no",))}
    shown = frozenset(q.id for q in Path.for_profile(DANZELL, profile).questions)
    verdicts = evaluate(DANZELL, profile, answers, shown)
    plan = build_plan(
        DANZELL,
        verdicts,
        profile.exposures(),
        urgent_requirements=["ce.upd.fourteen-days"],
        profile=profile,
    )
    urgent = [p.action.id for p in plan.actions if p.made_urgent]
    assert "switch-on-automatic-updates" in urgent
