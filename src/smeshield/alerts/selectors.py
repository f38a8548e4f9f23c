"""Alert reads: a business's inbox, what its alerts make urgent, and figures for admins."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from uuid import UUID

from django.db.models import Case, Count, Q, QuerySet, When
from django.utils import timezone

from smeshield.alerts.content import vocabulary
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
        .order_by(
            Case(When(closed_at__isnull=False, then=2), When(feedback="", then=0), default=1),
            "-delivered_at",
        )
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


@dataclass(frozen=True)
class ProductInUse:
    """One line of a business's "What we use" list, as the page shows it."""

    item_id: int  # the first row of this name: the page's handle for it
    name: str
    source: str
    identities: list[tuple[str, str]]  # (identity id, name we know it by)
    suggestions: list[tuple[str, str]]  # when unsure: what we ask "Did you mean ...?" about
    open_alerts: list[Delivery]


def what_we_use(*, business: Business) -> list[ProductInUse]:
    """The business's products in the order added, each with what we recognised it as and
    the open alerts about it (two queries)."""
    known = vocabulary()
    rows = list(InventoryItem.objects.filter(business=business).order_by("added_at", "id"))
    alerts: dict[str, list[Delivery]] = {}
    for delivery in (
        Delivery.objects.filter(business=business, closed_at__isnull=True, feedback="")
        .exclude(identity_id="")
        .select_related("advisory")
    ):
        alerts.setdefault(delivery.identity_id, []).append(delivery)

    def named(identity_id: str) -> tuple[str, str]:
        identity = known.get(identity_id)
        return (identity_id, identity.name if identity else identity_id)

    products: dict[str, ProductInUse] = {}
    for row in rows:
        entry = products.get(row.name_as_written)
        if entry is None:
            entry = products[row.name_as_written] = ProductInUse(
                item_id=row.pk,
                name=row.name_as_written,
                source=row.source,
                identities=[],
                suggestions=[named(i) for i in row.suggestions if known.get(i)],
                open_alerts=[],
            )
        if row.identity_id:
            entry.identities.append(named(row.identity_id))
            entry.open_alerts.extend(alerts.get(row.identity_id, ()))
    return list(products.values())


def product_in_use(*, business: Business, item_id: int) -> ProductInUse | None:
    return next((p for p in what_we_use(business=business) if p.item_id == item_id), None)


def product_names_to_suggest() -> list[str]:
    """Names offered as you type (a datalist): every curated product and its aliases."""
    names = set()
    for identity in vocabulary().identities:
        if identity.aliases:
            names.add(identity.name)
            names.update(identity.aliases)
    return sorted(names, key=str.lower)


def open_count(*, business: Business) -> int:
    return Delivery.objects.filter(business=business, feedback="", closed_at__isnull=True).count()


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
    """Names people typed that match no product: (the normalised name's keyed hash, an
    example as typed, how many firms). Names are encrypted, so they are grouped by hash
    and put in order in Python (ADR 0056)."""
    rows = (
        InventoryItem.objects.filter(identity_id="")
        .values("normalised_hash")
        .annotate(firms=Count("business_id", distinct=True))
        .order_by("-firms", "normalised_hash")[:limit]
    )
    examples = dict(
        InventoryItem.objects.filter(
            identity_id="", normalised_hash__in=[row["normalised_hash"] for row in rows]
        ).values_list("normalised_hash", "name_as_written")
    )
    found = [
        (row["normalised_hash"], examples.get(row["normalised_hash"], ""), row["firms"])
        for row in rows
    ]
    return sorted(found, key=lambda row: (-row[2], row[1].casefold()))


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
