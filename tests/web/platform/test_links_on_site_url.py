"""Every link in every email and PDF is on SITE_URL and leads to a page that exists.

The emails are found by looking (every ``email/*_message.*`` and ``email.*`` template in
every app, allauth's included), so a new email template fails here until it is sent
below. Each is sent the way the product sends it, through a request whose host is not
SITE_URL's: a link built from the request would show up as ``testserver``.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from allauth.account.adapter import get_adapter
from allauth.account.internal.flows.signup import send_unknown_account_mail
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from allauth.core import context as allauth_context
from django.apps import apps
from django.core import mail
from django.test import Client, RequestFactory, override_settings
from django.urls import Resolver404, get_resolver, resolve, reverse

from smeshield.alerts.services import delivery_email_send, digest_send
from smeshield.healthcheck.services import assessment_complete, assessment_start
from smeshield.people import notices
from smeshield.people.services import notify
from tests.conftest import World
from tests.factories import AdvisoryFactory, DeliveryFactory
from tests.integration.healthcheck.answering import answer_all

pytestmark = pytest.mark.django_db

SITE_URL = "http://example.test:8123"
LINK = re.compile(r"https?://[^\s<>\"')]+")

# allauth emails about passwords and changing addresses: SME Shield has no passwords and
# no address-change pages, so nothing can send them. Each is sent only from an allauth
# page (named here) that we do not route to allauth's view; the day one is, the check
# below fails and the email must be sent in _send_every_email. ("email_confirm" is a
# template allauth ships and no code of its sends; its confirmation page is named.)
NOT_SENT = {
    "account/email/password_reset_key_message.txt": "account_reset_password_from_key",
    "account/email/password_reset_code_message.txt": "account_reset_password",
    "account/email/password_reset_message.txt": "account_reset_password_from_key",
    "account/email/password_changed_message.txt": "account_change_password",
    "account/email/password_set_message.txt": "account_set_password",
    "account/email/email_changed_message.txt": "account_email",
    "account/email/email_confirm_message.txt": "account_confirm_email",
    "account/email/email_deleted_message.txt": "account_email",
}


def _routed_to_allauth(url_name: str) -> bool:
    """Whether the named page exists and is allauth's own view (not one of ours)."""
    routes = get_resolver().reverse_dict
    if url_name not in routes:
        return False
    view = resolve(reverse(url_name)).func if url_name == "account_email" else None
    return view is None or getattr(view, "__module__", "").startswith("allauth")


def _email_templates() -> set[str]:
    """Template names of every email body an installed app ships (allauth's package also
    holds templates of apps we do not install: those are left out by their folder)."""
    labels = {app.label for app in apps.get_app_configs()}
    names = set()
    for app in apps.get_app_configs():
        root = Path(app.path) / "templates"
        for pattern in ("**/email/*_message.txt", "**/email/*_message.html", "**/email.txt"):
            names |= {
                str(path.relative_to(root))
                for path in root.glob(pattern)
                if path.relative_to(root).parts[0] in labels and not path.name.startswith("base_")
            }
    return names


def _links(text: str) -> list[str]:
    return [link.rstrip(".,;") for link in LINK.findall(text)]


def _off_site_or_dead(links: list[str]) -> list[str]:
    """The links that are not on SITE_URL or whose path leads to no page."""
    wrong = []
    for link in links:
        if not link.startswith(SITE_URL + "/"):
            wrong.append(link)
            continue
        try:
            resolve(urlsplit(link).path)
        except Resolver404:
            wrong.append(link)
    return wrong


def _request() -> object:
    """A request on another host than SITE_URL's, as allauth's flows are given one."""
    request = RequestFactory().get("/account/sign-in/", HTTP_HOST="proxy.internal:9999")
    request.session = {}  # type: ignore[attr-defined]
    return request


def _send_every_email(world: World) -> dict[str, str]:
    """Send each email the product sends; returns each template's body as sent."""
    member = world.people["member_a"]
    address = EmailAddress.objects.create(user=member, email=member.email, primary=True)
    staff = world.people["police"]
    EmailAddress.objects.create(user=staff, email=staff.email, primary=True, verified=True)
    request = _request()
    sent: dict[str, str] = {}

    def take(template: str) -> None:
        message = mail.outbox[-1]
        bodies = [str(message.body)]
        bodies += [str(content) for content, _type in getattr(message, "alternatives", [])]
        sent[template] = "\n".join(bodies)

    with allauth_context.request_context(request):
        adapter = get_adapter(request)
        adapter.send_mail("account/email/login_code", member.email, {"code": "7KQ2PX"})
        take("account/email/login_code_message.txt")
        confirmation = EmailConfirmationHMAC(address)
        adapter.send_confirmation_mail(request, confirmation, signup=True)
        take("account/email/email_confirmation_signup_message.txt")
        adapter.send_confirmation_mail(request, confirmation, signup=False)
        take("account/email/email_confirmation_message.txt")
        send_unknown_account_mail(request, "stranger@example.org")
        take("account/email/unknown_account_message.txt")
        adapter.send_account_already_exists_mail(member.email)
        take("account/email/account_already_exists_message.txt")
        for name in (
            "totp_activated",
            "totp_deactivated",
            "webauthn_added",
            "webauthn_removed",
            "recovery_codes_generated",
        ):
            adapter.send_notification_mail(f"mfa/email/{name}", staff)
            take(f"mfa/email/{name}_message.txt")

    critical = DeliveryFactory(
        business=world.business_a, advisory=AdvisoryFactory(severity="critical"), immediate=True
    )
    delivery_email_send(delivery_id=critical.pk)
    take("alerts/email.txt")
    DeliveryFactory(business=world.business_a)
    digest_send()
    sent["alerts/email.txt (weekly digest)"] = str(mail.outbox[-1].body)
    return sent


@override_settings(SITE_URL=SITE_URL, ALLOWED_HOSTS=["*"])
def test_every_email_template_is_sent_with_links_on_site_url_that_lead_to_pages(
    world: World,
) -> None:
    # Given every email template any app ships
    templates = _email_templates()

    # When each email is sent as the product sends it, from a request on another host
    sent = _send_every_email(world)

    # Then each template is sent here or cannot be sent by the product at all
    not_covered = templates - {name.split(" ")[0] for name in sent} - set(NOT_SENT)
    assert not_covered == set(), "send these emails in _send_every_email"
    assert [name for name in set(NOT_SENT.values()) if _routed_to_allauth(name)] == []
    # And every link in them is on SITE_URL and leads to a page
    wrong = {name: _off_site_or_dead(_links(body)) for name, body in sent.items()}
    assert {name: links for name, links in wrong.items() if links} == {}
    # And the emails that promise a link have one (an empty link fails too)
    for name, expected in {
        "account/email/unknown_account_message.txt": "/account/sign-up/",
        "account/email/account_already_exists_message.txt": "/account/sign-in/",
        "alerts/email.txt": f"/businesses/{world.business_a.pk}/alerts/{critical_id(world)}/",
        "alerts/email.txt (weekly digest)": "/alerts/unsubscribe/",
    }.items():
        assert any(urlsplit(link).path.startswith(expected) for link in _links(sent[name])), name


def critical_id(world: World) -> str:
    """The one critical alert the business got (its email was sent at once)."""
    return str(world.business_a.alert_deliveries.get(immediate=True).pk)


@override_settings(SITE_URL=SITE_URL)
def test_a_notice_email_links_to_its_page_on_site_url(world: World) -> None:
    # Given a person told that their business has a mentor
    member = world.people["member_a"]

    # When the notice is sent
    notify(
        user=member,
        key="match:test",
        message=notices.MENTOR_FOUND(),
        url_name="business_mentoring",
        url_kwargs={"business_id": str(world.business_a.pk)},
    )

    # Then its one link is the mentoring page, on SITE_URL
    links = _links(str(mail.outbox[-1].body))
    assert links == [f"{SITE_URL}/businesses/{world.business_a.pk}/mentoring/"]


def _pdf_links(document: bytes) -> list[str]:
    """The targets of every link in a PDF (its /URI actions), compressed streams opened."""
    opened = [document]
    for match in re.finditer(rb"(?<!end)stream\r?\n(.*?)endstream", document, re.S):
        try:
            opened.append(zlib.decompressobj().decompress(match.group(1)))
        except zlib.error:
            continue
    found = re.findall(rb"/URI\s*\(([^)]*)\)", b"\n".join(opened))
    return [link.decode("latin-1") for link in found]


@override_settings(SITE_URL=SITE_URL)
def test_every_link_in_the_pdfs_is_on_site_url_and_leads_to_a_page(
    world: World, client_as: Callable[[str], Client]
) -> None:
    # Given a finished health check and a kind of incident with a printable checklist
    attempt = assessment_start(business=world.business_a, actor=world.people["member_a"])
    answer_all(attempt, {"bk.tested": ["no"]})
    finished = assessment_complete(assessment=attempt, actor=world.people["member_a"])
    client = client_as("member_a")

    # When both PDFs are downloaded
    health_check = client.get(
        f"/businesses/{world.business_a.pk}/health-check/{finished.pk}/health-check.pdf"
    ).content
    checklist = client.get("/help/payment-fraud/checklist.pdf").content

    # Then each links back to its page online, on SITE_URL, and every link leads to a page
    plan = f"{SITE_URL}/businesses/{world.business_a.pk}/health-check/plan/"
    assert plan in _pdf_links(health_check)
    assert f"{SITE_URL}/help/payment-fraud/" in _pdf_links(checklist)
    assert _off_site_or_dead(_pdf_links(health_check) + _pdf_links(checklist)) == []
