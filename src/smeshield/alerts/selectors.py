"""Alert reads: a business's inbox, what its alerts make urgent, and figures for admins."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from uuid import UUID

from django.db.models import Case, Count, Q, QuerySet, When
from django.utils import timezone

from smeshield.alerts.models import (
    Advisory,
    AdvisorySource,
    Delivery,
    Feedback,
    InventoryItem,
)
from smeshield.businesses.models import Business

URGENT_FOR = timedelta(days=90)


def inbox_of(*, business: Business) -> QuerySet[Delivery]:
    """Open alerts first (no answer yet), then the rest; newest first within each."""
    return (
        Delivery.objects.filter(business=business)
        .select_related("advisory")
        .order_by(Case(When(feedback="", then=0), default=1), "-delivered_at")
    )


def delivery_of(*, business: Business, delivery_id: UUID) -> Delivery | None:
    delivery = (
        Delivery.objects.filter(business=business, pk=delivery_id)
        .select_related("advisory")
        .first()
    )
    if delivery is not None:
        delivery.business = business
    return delivery


def open_count(*, business: Business) -> int:
    return Delivery.objects.filter(business=business, feedback="").count()


def urgent_requirements(*, business: Business, today: date | None = None) -> dict[str, date]:
    """Requirements open alerts make urgent (not marked done or not relevant; last 90 days)."""
    since = timezone.now() - URGENT_FOR
    urgent: dict[str, date] = {}
    rows = (
        Delivery.objects.filter(business=business, delivered_at__gte=since)
        .filter(Q(feedback="") | Q(feedback=Feedback.NEED_HELP))
        .values_list("advisory__requirements", "delivered_at")
    )
    for requirements, delivered_at in rows:
        for requirement in requirements:
            day = delivered_at.date()
            urgent[requirement] = max(urgent.get(requirement, day), day)
    return urgent


@dataclass(frozen=True)
class SourceRelevance:
    source: str
    label: str
    delivered: int
    done: int
    not_relevant: int
    need_help: int

    @property
    def answered(self) -> int:
        return self.done + self.not_relevant + self.need_help

    @property
    def relevance(self) -> float | None:
        """Share of answers that say the alert mattered (done or needing help)."""
        return (self.done + self.need_help) / self.answered if self.answered else None


def relevance_by_source() -> list[SourceRelevance]:
    counts = (
        Delivery.objects.values("advisory__source")
        .annotate(
            delivered=Count("id"),
            done=Count("id", filter=Q(feedback=Feedback.DONE)),
            not_relevant=Count("id", filter=Q(feedback=Feedback.NOT_RELEVANT)),
            need_help=Count("id", filter=Q(feedback=Feedback.NEED_HELP)),
        )
        .order_by("advisory__source")
    )
    by_source = {
        row["advisory__source"]: (
            row["delivered"],
            row["done"],
            row["not_relevant"],
            row["need_help"],
        )
        for row in counts
    }
    return [
        SourceRelevance(source.value, str(source.label), *by_source.get(source.value, (0, 0, 0, 0)))
        for source in AdvisorySource
    ]


def unknown_product_names(limit: int = 200) -> list[tuple[str, str, int]]:
    """Names people typed that match no product: (normalised, an example, how many firms)."""
    rows = (
        InventoryItem.objects.filter(identity_id="")
        .values("normalised")
        .annotate(firms=Count("business_id", distinct=True))
        .order_by("-firms", "normalised")[:limit]
    )
    examples = dict(
        InventoryItem.objects.filter(
            identity_id="", normalised__in=[row["normalised"] for row in rows]
        ).values_list("normalised", "name_as_written")
    )
    return [(row["normalised"], examples.get(row["normalised"], ""), row["firms"]) for row in rows]


def advisories_by(*, organisation_ids: list[UUID]) -> QuerySet[Advisory]:
    return (
        Advisory.objects.filter(source=AdvisorySource.PARTNER, organisation_id__in=organisation_ids)
        .annotate(reached=Count("deliveries"))
        .order_by("-created_at")
    )


def sent_between(*, start: date, end: date) -> QuerySet[Advisory]:
    """Advisories delivered to at least one business in the period (inclusive)."""
    return Advisory.objects.filter(
        deliveries__delivered_at__date__gte=start, deliveries__delivered_at__date__lte=end
    ).distinct()


def counts_by_source(advisories: QuerySet[Advisory]) -> Counter[str]:
    return Counter(advisories.values_list("source", flat=True))


def home_figures(*, business: Business) -> dict[str, int]:
    """What the business's home page shows about alerts (through ``hooks.BUSINESS_HOME``)."""
    return {"open_alerts": open_count(business=business)}
