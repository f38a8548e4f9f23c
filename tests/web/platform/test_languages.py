"""Languages: English, Polski, اردو, العربية; right to left for Urdu and Arabic (ADR 0062).

Chosen by the switcher, remembered in a signed-in person's account, taken from the
browser's Accept-Language on a first visit; anything we do not offer falls back to English.
"""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse

from smeshield.accounts.models import User
from tests.conftest import World, sign_in
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

COOKIE = settings.LANGUAGE_COOKIE_NAME


def _html_tag(client: Client, path: str = "/privacy/", **headers: str) -> tuple[str, str]:
    response = client.get(path, headers=headers)
    assert response.status_code == 200
    match = re.search(r'<html lang="([^"]+)" dir="([^"]+)"', response.content.decode())
    assert match, "the page's <html> has no lang and dir"
    return match.group(1), match.group(2)


def _code_from_last_email() -> str:
    match = re.search(r"^\s*([A-Z0-9]{3,4}-?[A-Z0-9]{3,4})\s*$", mail.outbox[-1].body, re.M)
    assert match
    return match.group(1)


def test_the_four_languages_are_offered_by_their_own_names() -> None:
    # Given the settings; then each language is listed in its own words
    assert settings.LANGUAGES == [
        ("en-gb", "English"),
        ("pl", "Polski"),
        ("ur", "اردو"),
        ("ar", "العربية"),
    ]
    # And the switcher in the header offers the other three as buttons
    page = Client().get("/privacy/").content.decode()
    for code, name in [("pl", "Polski"), ("ur", "اردو"), ("ar", "العربية")]:
        assert f'name="language" value="{code}" lang="{code}"' in page
        assert name in page
    # And on an Urdu page, English is still called English
    urdu = Client(headers={"accept-language": "ur"}).get("/privacy/").content.decode()
    assert (
        '<button type="submit" name="language" value="en-gb" lang="en-gb" '
        'class="app-language-switcher__link">English</button>'
    ) in urdu


@pytest.mark.parametrize(
    ("accept", "lang", "direction"),
    [
        ("", "en-gb", "ltr"),
        ("ur-PK,ur;q=0.9,en;q=0.5", "ur", "rtl"),
        ("ar", "ar", "rtl"),
        ("pl-PL,pl;q=0.9", "pl", "ltr"),
        ("en-GB", "en-gb", "ltr"),
    ],
)
def test_a_first_visit_speaks_the_browsers_language(accept: str, lang: str, direction: str) -> None:
    # Given a first visit (no cookie) with this Accept-Language; then html lang and dir follow
    headers = {"accept-language": accept} if accept else {}
    assert _html_tag(Client(), **headers) == (lang, direction)


def test_the_switcher_chooses_the_language_and_urdu_reads_right_to_left() -> None:
    # Given a visitor; when they pick اردو in the switcher
    client = Client()
    response = client.post("/i18n/setlang/", {"language": "ur", "next": "/privacy/"})
    # Then they go back to the page, now in Urdu, right to left
    assert (response.status_code, response.url) == (302, "/privacy/")
    assert client.cookies[COOKIE].value == "ur"
    assert _html_tag(client) == ("ur", "rtl")
    # And picking Polski makes it left to right again
    client.post("/i18n/setlang/", {"language": "pl", "next": "/privacy/"})
    assert _html_tag(client) == ("pl", "ltr")


@pytest.mark.parametrize("code", ["xx", "ur-xx-bad", "", "../../etc", "klingon" * 20])
def test_an_unsupported_language_in_the_switcher_changes_nothing(code: str) -> None:
    # Given a visitor; when the switcher is posted a code we do not offer
    client = Client()
    response = client.post("/i18n/setlang/", {"language": code, "next": "/privacy/"})
    # Then no cookie is set and the page is still in English, without error
    assert response.status_code == 302
    assert COOKIE not in client.cookies
    assert _html_tag(client) == ("en-gb", "ltr")


@pytest.mark.parametrize("code", ["xx", "tlh", "de", "zz-ZZ", "'; DROP"])
def test_an_unsupported_language_cookie_or_header_falls_back_to_english(code: str) -> None:
    # Given a cookie with a code we do not offer
    client = Client()
    client.cookies[COOKIE] = code
    # Then pages are in English, without error
    assert _html_tag(client) == ("en-gb", "ltr")
    # And the same from Accept-Language alone
    assert _html_tag(Client(), **{"accept-language": f"{code},xx;q=0.8"}) == ("en-gb", "ltr")


def test_a_signed_in_persons_choice_is_saved_and_follows_them_to_another_browser() -> None:
    # Given a signed-in business owner
    user = UserFactory()
    client = sign_in(Client(), user)
    # When they pick العربية
    client.post("/i18n/setlang/", {"language": "ar", "next": "/privacy/"})
    # Then it is saved in their account
    user.refresh_from_db()
    assert user.language == "ar"
    # And on another browser whose cookie says Polski, signing in brings Arabic back
    other = Client()
    other.cookies[COOKIE] = "pl"
    sign_in(other, user)
    assert _html_tag(other) == ("ar", "rtl")
    assert other.cookies[COOKIE].value == "ar"


def test_an_unsupported_code_is_never_saved_to_the_account() -> None:
    # Given a signed-in person who chose Urdu
    user = UserFactory(language="ur")
    client = sign_in(Client(), user)
    # When the switcher is posted a code we do not offer
    client.post("/i18n/setlang/", {"language": "xx", "next": "/privacy/"})
    # Then Urdu stays saved and shown
    user.refresh_from_db()
    assert user.language == "ur"
    assert _html_tag(client) == ("ur", "rtl")


def test_the_language_picked_before_signing_up_is_saved_on_signing_in() -> None:
    # Given a visitor who picked Polski, then signs up with an emailed code
    client = Client()
    client.post("/i18n/setlang/", {"language": "pl", "next": "/"})
    client.post(reverse("account_signup"), {"email": "piekarz@example.com"})
    client.post(reverse("account_email_verification_sent"), {"code": _code_from_last_email()})
    # Then their account remembers Polish
    assert User.objects.get(email="piekarz@example.com").language == "pl"


def test_in_urdu_the_postcode_and_email_stay_left_to_right(world: World) -> None:
    # Given an owner reading in Urdu
    owner = world.people["member_a"]
    owner.language = "ur"
    owner.save()
    client = sign_in(Client(), owner)
    # When they open their business and their account
    business = client.get(f"/businesses/{world.business_a.pk}/").content.decode()
    account = client.get("/account/").content.decode()
    # Then the pages are right to left, with the postcode and email isolated left to right
    assert '<html lang="ur" dir="rtl"' in business
    assert f'<bdi dir="ltr">{world.business_a.postcode}</bdi>' in business
    assert f'<bdi dir="ltr">{owner.email}</bdi>' in account
