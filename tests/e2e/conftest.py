"""Browser tests: Playwright drives Debian's Chromium; axe-core checks every page visited."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, ConsoleMessage, Page, sync_playwright

# Playwright's sync API runs an event loop in this thread; the Django ORM calls made
# by the test itself (factories, reading the outbox) are still plain synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BLOCKING_IMPACTS = {"serious", "critical"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    assert CHROMIUM.exists(), "Debian's Chromium is needed: apt-get install -y chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class Visit:
    """A browser tab that checks accessibility and CSP on every page it lands on."""

    page: Page
    base_url: str
    axe: Axe = field(default_factory=Axe)
    checked: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def goto(self, path: str) -> None:
        self.page.goto(self.base_url + path)
        self.check()

    def check(self) -> None:
        """Run axe-core on the page now showing; keep serious or critical violations."""
        self.page.wait_for_load_state("load")
        results = self.axe.run(self.page)
        for violation in results.response["violations"]:
            if violation["impact"] in BLOCKING_IMPACTS:
                targets = [node["target"] for node in violation["nodes"]]
                self.problems.append(
                    f"{self.page.url}: {violation['id']} ({violation['impact']}) {targets}"
                )
        self.checked.append(self.page.url)


@pytest.fixture
def visit(browser: Browser, live_server: object) -> Iterator[Visit]:
    context = browser.new_context(viewport={"width": 1024, "height": 800})
    page = context.new_page()
    console: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if message.type in {"error", "warning"}:
            console.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: console.append(f"page error: {error}"))
    visit = Visit(page=page, base_url=str(live_server.url))  # type: ignore[attr-defined]
    yield visit
    context.close()
    assert visit.checked, "the journey visited no page"
    assert visit.problems == [], "accessibility (axe-core) problems"
    csp = [text for text in console if "Content Security Policy" in text]
    assert csp == [], "CSP violations"
    assert [text for text in console if "page error" in text] == []


def sign_in_browser(visit: Visit, user: object) -> None:
    """Sign a person in by session cookie (staff with their second factor passed):
    the sign-in journeys have browser tests of their own."""
    from django.conf import settings
    from django.test import Client

    from tests.conftest import sign_in

    client = sign_in(Client(), user)  # type: ignore[arg-type]
    visit.page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": visit.base_url,
            }
        ]
    )
