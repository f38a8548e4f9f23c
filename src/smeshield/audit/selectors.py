"""Reading the audit trail."""

from __future__ import annotations

from collections.abc import Iterator
from uuid import UUID

from django.db.models import Count, QuerySet

from smeshield.audit.models import AuditEntry, AuditHead
from smeshield.domain.audit.chain import ChainEntry, ChainProblem, verify_chain


def audit_entries(*, business_id: UUID | None = None) -> QuerySet[AuditEntry]:
    """Entries, newest first, optionally only those about one business."""
    entries = AuditEntry.objects.order_by("-sequence")
    if business_id is not None:
        entries = entries.filter(business_id=business_id)
    return entries


def entry_counts(*, action: str, targets: list[str]) -> dict[str, int]:
    """How many entries of one action each target has, in one query (0 for none)."""
    counts = dict.fromkeys(targets, 0)
    rows = (
        AuditEntry.objects.filter(action=action, target__in=targets)
        .values_list("target")
        .annotate(entries=Count("pk"))
    )
    counts.update(dict(rows))
    return counts


def _chain(batch_size: int = 2000) -> Iterator[ChainEntry]:
    for entry in AuditEntry.objects.order_by("sequence").iterator(chunk_size=batch_size):
        yield entry.to_chain_entry()


def audit_head() -> tuple[int, str] | None:
    head = AuditHead.objects.filter(pk=1).first()
    return (head.sequence, head.entry_hash) if head else None


def audit_chain_problems() -> list[ChainProblem]:
    """Every place where the stored chain does not hold; empty when it is intact."""
    return verify_chain(_chain(), audit_head())
