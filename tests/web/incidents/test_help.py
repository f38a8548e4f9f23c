"""Public help: no sign-in, no JavaScript, the right numbers, and plain words."""

from __future__ import annotations

import re

import pytest
import textstat
from django.test import Client

from smeshield.content.playbooks import playbooks
from smeshield.kernel.access import declared_policy
from tests.web.access.urls_walk import walk_urls

pytestmark = pytest.mark.django_db

HELP_LINK = """<a class="app-help-now__link" href="/help/">Something's wrong? Get help now</a>"""


def _main(html: str) -> str:
    return html.split('id="main-content">', 1)[-1].split("</main>", 1)[0]


def _text(html: str) -> str:
    html = re.sub(r"</(h\d|li|p|dt|dd|td|th|label|legend|strong|a)>", ". ", _main(html))
    return re.sub(r"(\.\s*){2,}", ". ", " ".join(re.sub(r"<[^>]+>", " ", html).split()))


@pytest.mark.parametrize("path", ["/", "/accessibility/", "/account/sign-in/", "/help/ransomware/"])
def test_every_page_offers_help_now_as_a_plain_link(client: Client, path: str) -> None:
    page = client.get(path).content.decode()

    assert HELP_LINK in page


def test_every_public_html_page_offers_help_now(client: Client) -> None:
    samples = {"type_id": "ransomware", "token": "x"}
    checked = []
    for url in walk_urls(samples):
        if getattr(declared_policy(url.callback), "name", "") != "public":
            continue
        response = client.get(url.path)
        if response.status_code == 200 and response["Content-Type"].startswith("text/html"):
            assert HELP_LINK in response.content.decode(), url.path
            checked.append(url.path)
    assert {"/", "/help/", "/account/sign-in/", "/privacy/"} <= set(checked)


def test_the_help_page_links_to_every_kind_of_incident(client: Client) -> None:
    page = client.get("/help/").content.decode()

    for playbook in playbooks().types:
        assert f'href="/help/{playbook.id}/"' in page


def test_the_ransomware_steps_come_in_order_with_the_numbers_to_call(client: Client) -> None:
    response = client.get("/help/ransomware/")
    main = _main(response.content.decode())

    steps = re.findall(r"<li>(.*?)</li>", main.split('class="app-steps"', 1)[1].split("</ol>")[0])
    assert steps[0].startswith("Unplug the network cable")
    assert "Do not pay the ransom" in steps[1]
    assert 'href="tel:03001232040"' in main
    assert "press 9" in main
    assert "(In Scotland)" in main
    assert "<script" not in main


def test_unknown_kinds_are_not_found(client: Client) -> None:
    assert client.get("/help/not-a-kind/").status_code == 404


def test_the_questions_send_money_cases_to_the_bank_first(client: Client) -> None:
    response = client.get(
        "/help/questions/",
        {
            "what": ["phishing"],
            "happening_now": "no",
            "money_lost": "yes",
            "personal_data": "no",
            "nation": "scotland",
        },
    )
    main = _main(response.content.decode())

    assert response.status_code == 200
    assert "Act now" in main
    first_step = main.split('class="app-steps"', 1)[1].split("</li>")[0]
    assert "Call your bank now on 159" in first_step
    assert "Police Scotland" in main
    assert "Report Fraud</h3>" not in main


def test_unanswered_questions_get_an_error_summary_naming_each(client: Client) -> None:
    response = client.get("/help/questions/", {"what": ["ransomware"]})
    page = response.content.decode()

    assert response.status_code == 400
    assert "govuk-error-summary" in page
    assert page.count("Select yes, no or I&#x27;m not sure") >= 3
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Error:" in page


def test_an_answer_that_is_not_a_choice_is_refused_plainly(client: Client) -> None:
    response = client.get(
        "/help/questions/",
        {
            "what": ["<script>"],
            "happening_now": "yes",
            "money_lost": "no",
            "personal_data": "no",
            "nation": "england",
        },
    )

    assert response.status_code == 400
    assert "Select answers from the list" in response.content.decode()
    assert "<script>" not in _main(response.content.decode())


def test_the_checklist_prints_and_downloads_as_a_pdf(client: Client) -> None:
    page = client.get("/help/payment-fraud/checklist/").content.decode()
    pdf = client.get("/help/payment-fraud/checklist.pdf")

    assert 'class="app-checklist' in page
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-")


@pytest.mark.parametrize("type_id", [p.id for p in playbooks().types])
def test_each_help_page_reads_at_grade_9_or_below(client: Client, type_id: str) -> None:
    text = _text(client.get(f"/help/{type_id}/").content.decode())
    text = re.sub(r"https?://\S+|\S+@\S+", "", text)  # addresses are there to copy, not read

    assert textstat.flesch_kincaid_grade(text) <= 9, text
