"""What tamper evidence costs: appending to the hash-chained audit trail, and verifying it.

Baseline (same process, same database): inserting the same rows with no chain and no
lock. A chained append is three statements (lock and read the head, insert, move the
head) where the plain insert is one, so the floor is about 3x. Target: at most 4x a
plain insert, and under 2 ms an entry; verification reads at least 20,000 entries a second.
"""

from __future__ import annotations

import time

from harness import arguments, best_of, django_database, emit

BENCH = "audit_chain"


def main() -> None:
    args = arguments(__doc__ or "")
    entries = 200 if args.quick else 2000
    with django_database():
        from django.db import transaction
        from django.utils import timezone

        from smeshield.audit.models import AuditAction, AuditEntry
        from smeshield.audit.selectors import audit_chain_problems
        from smeshield.audit.services import audit_record

        def chained() -> None:
            for n in range(entries):
                audit_record(action=AuditAction.SIGNED_IN, reason=f"bench {n}")

        sequence = [10**9]

        def plain() -> None:
            for n in range(entries):
                sequence[0] += 1
                with transaction.atomic():
                    AuditEntry(
                        sequence=sequence[0],
                        at=timezone.now(),
                        action=AuditAction.SIGNED_IN,
                        reason=f"plain {n}",
                        previous_hash="",
                        entry_hash="",
                    ).save(force_insert=True)

        plain_seconds = best_of(1, plain)
        chained_seconds = best_of(1, chained)
        ratio = chained_seconds / plain_seconds
        emit(
            BENCH,
            f"append {entries}",
            metric="per_entry",
            value=chained_seconds / entries * 1000,
            unit="ms",
            target="< 2",
            meets=chained_seconds / entries * 1000 < 2,
        )
        emit(
            BENCH,
            f"append {entries}",
            metric="ratio_vs_plain_insert",
            value=ratio,
            unit="x",
            target="<= 4",
            meets=ratio <= 4,
        )

        # Verify a clean chain (the plain rows are not part of it: remove them first).
        from smeshield.audit.services import audit_purge_permitted

        with audit_purge_permitted(reason="benchmark"):
            AuditEntry.objects.filter(sequence__gt=10**9)._raw_delete(AuditEntry.objects.db)  # type: ignore[attr-defined]
        started = time.perf_counter()
        problems = audit_chain_problems()
        seconds = time.perf_counter() - started
        rate = entries / seconds
        emit(
            BENCH,
            f"verify {entries}",
            metric="entries_per_second",
            value=rate,
            unit="1/s",
            target=">= 20000",
            meets=rate >= 20000 and not problems,
        )


if __name__ == "__main__":
    main()
