"""Done when: in Chromium, a visitor switches to Urdu (or Polish), signs up with an emailed
code, registers the business, answers three health-check questions and sees the results:
the page reads right to left in Urdu (left to right in Polish), the Back link and the
radio inputs sit on the reading side, and axe-core finds nothing serious on any page.

Selectors are by name and value, never by English words, so the journey still runs once
the words are translated. Whether any English is left on the pages walked depends on the
translators' catalogue: that assertion runs once the catalogue is complete (ADR 0062).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.core import mail
from tools.translations_check import placeholders, read_po

from smeshield.businesses.models import Business
from smeshield.content import catalogues
from smeshield.healthcheck.models import Assessment
from smeshield.kernel.message_catalogues import LOCALE_DIR
from tests.e2e.conftest import Visit
from tests.factories import PostcodeDistrictFactory
from tests.integration.healthcheck.answering import answer_all

pytestmark = pytest.mark.django_db(transaction=True)

WIDTH = 1024  # the visit fixture's viewport
CONTENT_MESSAGES = LOCALE_DIR.parent / "content" / "content_messages.py"


@dataclass
class Walked:
    """What the journey saw: each page's main text, by URL."""

    texts: dict[str, str] = field(default_factory=dict)


def _catalogue(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / "django.po"


def _code() -> str:
    match = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", mail.outbox[-1].body, re.MULTILINE)
    assert match
    return match.group(1)


def _direction(visit: Visit) -> tuple[str, str]:
    html = visit.page.locator("html")
    return str(html.get_attribute("lang")), str(html.get_attribute("dir"))


def _on_reading_side(visit: Visit, selector: str, rtl: bool) -> None:
    box = visit.page.locator(selector).first.bounding_box()
    assert box is not None, f"{selector} is not on the page"
    middle = box["x"] + box["width"] / 2
    if rtl:
        assert middle > WIDTH / 2, f"{selector} is on the left in a right-to-left page: {box}"
    else:
        assert middle < WIDTH / 2, f"{selector} is on the right in a left-to-right page: {box}"


def _submit(visit: Visit) -> None:
    visit.page.locator("main button[type=submit]:not([name])").first.click()
    visit.page.wait_for_load_state("load")


def _journey(visit: Visit, language: str, rtl: bool) -> Walked:
    walked = Walked()
    page = visit.page
    expected = (language, "rtl" if rtl else "ltr")

    def seen() -> None:
        visit.check()
        assert _direction(visit) == expected, page.url
        walked.texts[page.url] = page.locator("main").inner_text()

    PostcodeDistrictFactory(code="LS6")
    visit.goto("/")
    assert _direction(visit) == ("en-gb", "ltr")
    page.locator(f"header button[name=language][value={language}]").click()
    page.wait_for_load_state("load")
    seen()

    visit.goto("/account/sign-up/")
    seen()
    page.locator("main input[name=email]").fill(f"owner-{language}@bakery.example")
    _submit(visit)
    seen()
    page.locator("main input[name=code]").fill(_code())
    _submit(visit)
    page.wait_for_url("**/businesses/new/")
    seen()
    page.locator("input[name=name]").fill("Headingley Bakery")
    page.locator("input[name=postcode]").fill("LS6 2UE")
    page.locator("input[name=sector]").first.check()
    page.locator("input[name=size]").first.check()
    _submit(visit)
    seen()

    business = Business.objects.get()
    visit.goto(f"/businesses/{business.pk}/health-check/")
    seen()
    _on_reading_side(visit, ".govuk-back-link", rtl)
    page.locator("main button.govuk-button--start").click()
    page.wait_for_load_state("load")

    catalogue = catalogues.current_catalogue()
    for _ in range(3):
        seen()
        match = re.search(r"/questions/([^/]+)/", page.url)
        assert match, page.url
        question = catalogue.question(match.group(1))
        assert question is not None
        _on_reading_side(visit, ".govuk-back-link", rtl)
        _on_reading_side(visit, "input[name=answer]", rtl)
        page.locator("input[name=answer]").first.check()
        _submit(visit)

    # The rest of the questions answered for them (the full walk has its own journey).
    attempt = Assessment.objects.get()
    answer_all(attempt)
    visit.goto(f"/businesses/{business.pk}/health-check/{attempt.pk}/check/")
    seen()
    _submit(visit)
    assert "/results/" in page.url
    seen()
    return walked


def _english_left(walked: Walked, language: str) -> list[str]:
    """English messages (three words or more) still showing on the pages walked."""
    english = {
        entry.msgid
        for entry in read_po(_catalogue(language))
        if len(entry.msgid.split()) >= 3
        and not placeholders(entry.msgid)
        and entry.msgstr.get(0) != entry.msgid  # a name kept as it is, on purpose
    }
    return sorted(
        f"{url}: {text!r}"
        for url, page_text in walked.texts.items()
        for text in english
        if text in page_text
    )


def test_an_owner_does_the_check_in_urdu_right_to_left(visit: Visit) -> None:
    _journey(visit, "ur", rtl=True)


def test_an_owner_does_the_check_in_polish_left_to_right(visit: Visit) -> None:
    _journey(visit, "pl", rtl=False)


# The catalogues are complete (`make translations-check` in `make lint` holds them so).
@pytest.mark.parametrize(("language", "rtl"), [("ur", True), ("pl", False)])
def test_no_english_is_left_on_the_pages_walked(visit: Visit, language: str, rtl: bool) -> None:
    walked = _journey(visit, language, rtl=rtl)
    assert _english_left(walked, language) == []
