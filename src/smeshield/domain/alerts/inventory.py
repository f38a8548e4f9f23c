"""What a business uses, from its health-check answers, as (identity id, name as written).

Ticked products carry their identity, whichever question named them (the products
question, or online services such as Microsoft 365 and accounts software); typed lines
are looked up in the vocabulary and kept even when unknown (an admin can teach the
vocabulary the name later).
"""

from __future__ import annotations

from collections.abc import Mapping

from smeshield.domain.assessment.answers import Answer
from smeshield.domain.catalog.model import Catalogue, QuestionKind
from smeshield.domain.products.vocabulary import Vocabulary

MAX_NAME_LENGTH = 120


def inventory_of(
    catalogue: Catalogue, answers: Mapping[str, Answer], vocabulary: Vocabulary
) -> list[tuple[str, str]]:
    """Each product the business told us about: (identity id or "", name as written)."""
    items: dict[str, str] = {}  # name as written -> identity id
    for question in catalogue.questions:
        answer = answers.get(question.id)
        if answer is None or answer.not_sure:
            continue
        is_products = question.kind is QuestionKind.PRODUCTS
        for choice in answer.choices:
            option = question.option(choice)
            if option is None:
                continue
            # Any question whose options name a product feeds the list (one question per fact).
            product = option.product or (str(option.fact) if is_products and option.fact else "")
            if product:
                identity = vocabulary.get(product)
                name = identity.name if identity else option.label
                items.setdefault(name[:MAX_NAME_LENGTH], product)
        if not is_products:
            continue
        for line in answer.other:
            identity = vocabulary.lookup(line)
            items.setdefault(line.strip()[:MAX_NAME_LENGTH], identity.id if identity else "")
    return [(identity_id, name) for name, identity_id in items.items()]
