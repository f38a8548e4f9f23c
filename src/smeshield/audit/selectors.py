"""Reading the audit trail."""

from __future__ import annotations

from collections.abc import Iterator
from uuid import UUID

from django.db.models import Count, QuerySet

from smeshield.audit.keys import audit_key
from smeshield.audit.models import AuditEntry, AuditHead
from smeshield.domain.audit.chain import (
    ChainEntry,
    ChainProblem,
    head_problems,
    published_head_problems,
    verify_chain,
)


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


def audit_chain_problems(*, published: tuple[int, str] | None = None) -> list[ChainProblem]:
    """Every place where the stored chain does not hold; empty when it is intact.

    Checks each entry, the links, the stored head, the head's MAC under the audit key
    and, when given, a head published earlier outside the database.
    """
    head = audit_head()
    stored = AuditHead.objects.filter(pk=1).first()
    problems = verify_chain(_chain(), head)
    problems += head_problems(audit_key(), head, stored.mac if stored else "")
    if published is not None:
        found = AuditEntry.objects.filter(sequence=published[0]).first()
        problems += published_head_problems([found.to_chain_entry()] if found else [], published)
    return problems
