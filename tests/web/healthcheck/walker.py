"""Walk the health check through the web pages, answering with a chosen strategy."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable

from django.test import Client

from smeshield.content import catalogues
from smeshield.domain.catalog.model import Question

Strategy = Callable[[Question], list[str]]


def best_answer(question: Question) -> list[str]:
    """The answer that meets every requirement the question informs (or a sensible profile)."""
    if question.is_profile:
        defaults = {
            "profile.how-you-work": ["remote", "others", "pays-by-transfer", "personal-data"],
            "profile.online-services": ["microsoft-365"],
            "profile.payments": ["card"],
            "profile.website": ["yes"],
            "profile.products": ["windows"],
            "profile.customers-ask-ce": ["no"],
            "profile.insurance": ["no"],
            "profile.it-advice": ["it-company"],
        }
        return defaults[question.id]
    for option in question.options:
        if option.verdicts and all(v.value == "met" for v in option.verdicts.values()):
            return [option.value]
    raise AssertionError(f"no best answer for {question.id}")


def question_id_of(url: str) -> str | None:
    match = re.search(r"/questions/([^/]+)/", url)
    return match.group(1) if match else None


def answer_everything(client: Client, business_id: object, strategy: Strategy = best_answer) -> str:
    """Start (or carry on) and answer until the check-your-answers page; returns its URL."""
    catalogue = catalogues.current_catalogue()
    response = client.post(f"/businesses/{business_id}/health-check/start/")
    url = response.url
    for _ in range(100):
        question_id = question_id_of(url)
        if question_id is None:
            return url
        question = catalogue.question(question_id)
        assert question is not None, question_id
        page = client.get(url)
        assert page.status_code == 200, (url, page.status_code)
        response = client.post(
            url,
            {
                "answer": strategy(question),
                "idempotency_key": uuid.uuid4().hex,
                "catalogue_version": catalogue.version,
            },
        )
        assert response.status_code == 302, (url, response.status_code, response.content[:2000])
        url = response.url
    raise AssertionError("the questionnaire did not end")
