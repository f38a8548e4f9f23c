"""One question per fact: each product is offered by one question only, every product an
option names is in the vocabulary, and products named anywhere reach the technology list."""

from __future__ import annotations

from smeshield.domain.alerts.inventory import inventory_of
from smeshield.domain.assessment.answers import Answer, profile_from
from smeshield.domain.assessment.profile import BusinessFacts
from smeshield.domain.catalog.model import QuestionKind
from smeshield.domain.organisations.size_bands import SizeBand
from tests.domain.catalogue_fixture import shipped_catalogues
from tests.domain.products_fixture import shipped_vocabulary

DANZELL = shipped_catalogues()[-1]


def _named_by(question) -> set[str]:  # type: ignore[no-untyped-def]
    return {
        option.product or (str(option.fact) if question.kind is QuestionKind.PRODUCTS else "")
        for option in question.options
    } - {"", "None"}


def test_given_the_current_catalogue_then_no_product_is_asked_about_twice() -> None:
    seen: dict[str, str] = {}
    for question in DANZELL.questions:
        for product in _named_by(question):
            assert product not in seen, f"{product} in {seen.get(product)} and {question.id}"
            seen[product] = question.id
    assert seen["microsoft:microsoft-365"] == "profile.online-services"
    assert seen["xero:xero"] == "profile.online-services"


def test_every_product_an_option_names_is_in_the_vocabulary() -> None:
    vocabulary = shipped_vocabulary()
    for catalogue in shipped_catalogues():
        for question in catalogue.questions:
            for product in _named_by(question):
                assert vocabulary.get(product) is not None, (catalogue.version, product)


def test_given_online_services_and_devices_then_both_reach_the_technology_list() -> None:
    answers = {
        "profile.online-services": Answer("profile.online-services", ("microsoft-365", "xero")),
        "profile.products": Answer("profile.products", ("windows",), ("BT Smart Hub",)),
    }

    items = dict(inventory_of(DANZELL, answers, shipped_vocabulary()))
    profile = profile_from(
        DANZELL, BusinessFacts(sector="I", size_band=SizeBand.MICRO), answers, shipped_vocabulary()
    )

    identities = set(items)
    assert {"microsoft:microsoft-365", "xero:xero", "microsoft:windows"} <= identities
    assert {"microsoft:microsoft-365", "xero:xero", "microsoft:windows"} <= profile.products
    assert profile.cloud_services == frozenset({"microsoft_365", "online_accounts"})


def test_given_not_sure_about_online_services_then_nothing_is_added() -> None:
    answers = {"profile.online-services": Answer("profile.online-services", ("not_sure",))}
    assert inventory_of(DANZELL, answers, shipped_vocabulary()) == []
