"""Writing to the audit trail. Every entry goes through ``audit_record``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from django.db import connection, transaction
from django.utils import timezone

from smeshield.audit.keys import audit_key
from smeshield.audit.models import AuditAction, AuditEntry, AuditHead
from smeshield.domain.audit.chain import GENESIS_HASH, entry_hash, head_mac

if TYPE_CHECKING:
    from django.http import HttpRequest

    from smeshield.accounts.models import User


def client_ip(request: HttpRequest | None) -> str | None:
    """The client address as the throttles see it (proxy headers only when trusted)."""
    if request is None:
        return None
    from allauth.core.internal.httpkit import get_client_ip

    ip: str | None = get_client_ip(request)
    return ip


def audit_record(
    *,
    action: AuditAction,
    actor: User | None = None,
    business_id: UUID | None = None,
    target: str = "",
    reason: str = "",
    request: HttpRequest | None = None,
    data: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry to the chain, inside the caller's transaction if there is one."""
    with transaction.atomic():
        head, _ = AuditHead.objects.select_for_update().get_or_create(pk=1)
        entry = AuditEntry(
            sequence=head.sequence + 1,
            at=timezone.now(),
            action=action,
            actor_id=actor.pk if actor is not None else None,
            actor_email=actor.email if actor is not None else "",
            actor_role=actor.role if actor is not None else "",
            business_id=business_id,
            target=target[:200],
            reason=reason[:500],
            ip_address=client_ip(request),
            data=data or {},
            previous_hash=head.entry_hash,
        )
        # Normalise through the database types before hashing (e.g. microseconds).
        entry.entry_hash = entry_hash(entry.sequence, entry.previous_hash, entry.chain_content())
        entry.save(force_insert=True)
        AuditHead.objects.filter(pk=1).update(
            sequence=entry.sequence,
            entry_hash=entry.entry_hash,
            mac=head_mac(audit_key(), entry.sequence, entry.entry_hash),
        )
    return entry


def business_read_record(
    *, actor: User, business_id: UUID, grounds: str, request: HttpRequest
) -> AuditEntry:
    """One entry for one read of a business's data by someone who is not its member."""
    return audit_record(
        action=AuditAction.BUSINESS_DATA_VIEWED,
        actor=actor,
        business_id=business_id,
        target=request.path,
        reason=grounds,
        request=request,
    )


def business_reads_record(
    *, actor: User, business_ids: Iterable[UUID], grounds: str, request: HttpRequest
) -> None:
    """One entry per business whose data a page shows to someone outside it (a list)."""
    with transaction.atomic():
        for business_id in sorted(set(business_ids)):
            business_read_record(
                actor=actor, business_id=business_id, grounds=grounds, request=request
            )


def audit_head_publish(*, to: Path) -> str:
    """Append the chain head, with the time, to a file outside the database; return it."""
    head = AuditHead.objects.filter(pk=1).first()
    published = f"{head.sequence if head else 0}:{head.entry_hash if head else GENESIS_HASH}"
    to.parent.mkdir(parents=True, exist_ok=True)
    with to.open("a", encoding="utf-8") as heads:
        heads.write(f"{timezone.now().isoformat()} {published}\n")
    return published


@contextmanager
def audit_purge_permitted(*, reason: str) -> Iterator[None]:
    """Let audit entries be deleted inside this block (never edited), e.g. by a retention job.

    The permit lives only for the enclosing transaction's work and is removed on exit.
    """
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("INSERT INTO audit_purge_permit (reason) VALUES (%s)", [reason[:200]])
        try:
            yield
        finally:
            cursor.execute("DELETE FROM audit_purge_permit")
