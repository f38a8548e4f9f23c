"""A hash chain that makes edits and deletions in the audit trail visible.

Each entry's hash covers its own content and the previous entry's hash, and each
entry carries a sequence number that goes up by exactly one. Editing an entry
breaks its hash; deleting one breaks the sequence and the link to the next entry;
deleting the newest entries is caught against the chain head, which is stored
apart from the entries. Rewriting the whole chain needs write access to both
and is caught by comparing the head with a copy kept elsewhere (see
docs/decisions/0006-audit-hash-chain.md).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

GENESIS_HASH = "0" * 64


@dataclass(frozen=True, slots=True)
class ChainEntry:
    """What the chain knows of one audit entry."""

    sequence: int
    content: Mapping[str, object]
    previous_hash: str
    entry_hash: str


class ProblemKind(StrEnum):
    """How the chain is broken."""

    EDITED = "edited"
    MISSING = "missing"
    BROKEN_LINK = "broken_link"
    HEAD_MISMATCH = "head_mismatch"
    HEAD_FORGED = "head_forged"
    PUBLISHED_HEAD_MISMATCH = "published_head_mismatch"


@dataclass(frozen=True, slots=True)
class ChainProblem:
    """One place where the chain does not hold, in words an operator can act on."""

    kind: ProblemKind
    sequence: int
    detail: str


def canonical(content: Mapping[str, object]) -> bytes:
    """The exact bytes hashed for an entry's content: sorted keys, no spaces, UTF-8."""
    return json.dumps(content, sort_keys=True, separators=(",", ":"), default=str).encode()


def entry_hash(sequence: int, previous_hash: str, content: Mapping[str, object]) -> str:
    """SHA-256 over the sequence number, the previous hash and the content."""
    digest = hashlib.sha256()
    digest.update(str(sequence).encode())
    digest.update(b"\x1f")
    digest.update(previous_hash.encode())
    digest.update(b"\x1f")
    digest.update(canonical(content))
    return digest.hexdigest()


def head_mac(key: bytes, sequence: int, last_hash: str) -> str:
    """HMAC-SHA256 of the head under the audit key, which is kept out of the database.

    Every entry's hash feeds the next, so the head's hash depends on every entry.
    Someone with database access can recompute the hashes of an edited chain, but
    not this MAC over its new head: the edit shows.
    """
    return hmac.new(key, f"{sequence}\x1f{last_hash}".encode(), hashlib.sha256).hexdigest()


def head_problems(key: bytes, head: tuple[int, str] | None, mac: str) -> list[ChainProblem]:
    """The stored head's MAC checked under the audit key (nothing stored: nothing to check)."""
    if head is None:
        return []
    sequence, last_hash = head
    if hmac.compare_digest(head_mac(key, sequence, last_hash), mac):
        return []
    return [
        ChainProblem(
            ProblemKind.HEAD_FORGED,
            sequence,
            "the head was not written with the audit key: the chain was recomputed or the key "
            "is wrong",
        )
    ]


def published_head_problems(
    entries: Iterable[ChainEntry], published: tuple[int, str]
) -> list[ChainProblem]:
    """A head published earlier, outside the database, must still be in the chain.

    The chain may have grown since; the entry at the published sequence must carry
    the published hash. Otherwise entries were cut or the chain was rewritten.
    """
    sequence, expected_hash = published
    for entry in entries:
        if entry.sequence == sequence:
            if hmac.compare_digest(entry.entry_hash, expected_hash):
                return []
            break
    return [
        ChainProblem(
            ProblemKind.PUBLISHED_HEAD_MISMATCH,
            sequence,
            f"the head published for entry {sequence} is not in the chain: entries were cut "
            "or rewritten since it was published",
        )
    ]


def verify_chain(entries: Iterable[ChainEntry], head: tuple[int, str] | None) -> list[ChainProblem]:
    """Check entries in sequence order against each other and the stored head.

    ``head`` is ``(last sequence, last hash)``, or ``None`` when nothing was ever
    written. Returns every problem found; an empty list means the chain holds.
    """
    problems: list[ChainProblem] = []
    expected_sequence = 1
    previous = GENESIS_HASH
    for entry in entries:
        if entry.sequence != expected_sequence:
            problems.append(
                ChainProblem(
                    ProblemKind.MISSING,
                    expected_sequence,
                    f"entries {expected_sequence} to {entry.sequence - 1} are missing",
                )
            )
        if entry.previous_hash != previous:
            problems.append(
                ChainProblem(
                    ProblemKind.BROKEN_LINK,
                    entry.sequence,
                    "does not point at the hash of the entry before it",
                )
            )
        if entry_hash(entry.sequence, entry.previous_hash, entry.content) != entry.entry_hash:
            problems.append(
                ChainProblem(ProblemKind.EDITED, entry.sequence, "content does not match its hash")
            )
        expected_sequence = entry.sequence + 1
        previous = entry.entry_hash
    last = (expected_sequence - 1, previous)
    stored = head or (0, GENESIS_HASH)
    if last != stored:
        problems.append(
            ChainProblem(
                ProblemKind.HEAD_MISMATCH,
                stored[0],
                f"the chain ends at entry {last[0]} but the head says entry {stored[0]}",
            )
        )
    return problems
