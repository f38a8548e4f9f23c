"""Links that work anywhere: every email template and every email, PDF and share link
points at SITE_URL, and each link resolves to a page of the service."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve, reverse

from smeshield.alerts.services import digest_send
from smeshield.people.services import notify
from tests.conftest import World
from tests.factories import DeliveryFactory

pytestmark = pytest.mark.django_db

SITE = "http://127.0.0.1:8107"
SRC = Path(__file__).resolve().parents[3] / "src" / "smeshield"
LINK = re.compile(r"https?://[^\s<>\"')]+")
OUTSIDE = ("https://www.reportfraud.police.uk", "https://www.ncsc.gov.uk", "https://www.gov.uk")


def _email_templates() -> list[str]:
    """Every text template of an email: a name with "email" in it, under any templates/."""
    found = []
    for path in SRC.glob("*/templates/**/*.txt"):
        name = "/".join(path.parts[path.parts.index("templates") + 1 :])
        if "email" in name:
            found.append(name)
    return sorted(found)


def _our_links(text: str) -> list[str]:
    return [link for link in LINK.findall(text) if not link.startswith(OUTSIDE)]


def _assert_resolves(link: str) -> None:
    assert link.startswith(SITE + "/"), link
    try:
        resolve(urlsplit(link).path)
    except Resolver404:
        pytest.fail(f"{link} is no page of the service")


@pytest.fixture(autouse=True)
def site_url(settings: object) -> None:
    settings.SITE_URL = SITE  # type: ignore[attr-defined]


def test_there_are_email_templates_to_check() -> None:
    assert "alerts/email.txt" in _email_templates()
    assert "account/email/login_code_message.txt" in _email_templates()


@pytest.mark.parametrize("template", _email_templates())
def test_given_any_email_template_when_rendered_then_every_link_is_on_site_url(
    template: str, world: World
) -> None:
    delivery = DeliveryFactory(business=world.business_a)
    context = {
        "site_url": SITE,
        "business": world.business_a,
        "deliveries": [delivery],
        "unsubscribe": SITE + reverse("alerts_unsubscribe", args=["token"]),
        "login_url": SITE + reverse("account_login"),
        "signup_url": SITE + reverse("account_login"),
        "code": "ABCD-EFGH",
        "user": world.people["member_a"],
    }

    text = render_to_string(template, context)

    for link in _our_links(text):
        _assert_resolves(link)


def test_given_the_weekly_digest_when_sent_then_its_links_are_on_site_url(world: World) -> None:
    DeliveryFactory(business=world.business_a)

    digest_send()

    (message,) = [m for m in mail.outbox if "security alert" in m.body.lower()]
    links = _our_links(message.body)
    assert len(links) >= 2  # the alert and the one-click unsubscribe
    for link in links:
        _assert_resolves(link)


def test_given_a_notice_when_emailed_then_its_link_is_on_site_url(world: World) -> None:
    notify(user=world.people["member_a"], key="k", text="A notice", link="/notifications/")

    (link,) = _our_links(mail.outbox[-1].body)
    _assert_resolves(link)
