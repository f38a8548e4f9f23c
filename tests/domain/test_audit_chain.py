"""The audit hash chain shows any edit, any deletion and any cut-off tail."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from smeshield.domain.audit.chain import (
    GENESIS_HASH,
    ChainEntry,
    ProblemKind,
    entry_hash,
    verify_chain,
)

contents = st.lists(
    st.dictionaries(st.sampled_from(["action", "actor", "reason", "n"]), st.text(max_size=20)),
    min_size=1,
    max_size=12,
)


def build(items: list[dict[str, object]]) -> tuple[list[ChainEntry], tuple[int, str]]:
    entries: list[ChainEntry] = []
    previous = GENESIS_HASH
    for sequence, content in enumerate(items, start=1):
        digest = entry_hash(sequence, previous, content)
        entries.append(ChainEntry(sequence, content, previous, digest))
        previous = digest
    return entries, (len(entries), previous)


@given(contents)
def test_given_an_untouched_chain_when_verified_then_it_holds(
    items: list[dict[str, object]],
) -> None:
    entries, head = build(items)
    assert verify_chain(entries, head) == []


@given(contents, st.data())
def test_given_one_edited_entry_when_verified_then_that_entry_is_named(
    items: list[dict[str, object]], data: st.DataObject
) -> None:
    entries, head = build(items)
    index = data.draw(st.integers(0, len(entries) - 1))
    edited = dict(entries[index].content) | {"reason": "changed afterwards"}
    if edited == entries[index].content:
        edited["reason"] = "changed again"
    entries[index] = replace(entries[index], content=edited)

    problems = verify_chain(entries, head)

    assert (ProblemKind.EDITED, index + 1) in {(p.kind, p.sequence) for p in problems}


@given(contents, st.data())
def test_given_one_deleted_entry_when_verified_then_the_gap_is_found(
    items: list[dict[str, object]], data: st.DataObject
) -> None:
    entries, head = build(items)
    index = data.draw(st.integers(0, len(entries) - 1))
    del entries[index]

    problems = verify_chain(entries, head)

    assert problems, "a deletion must never go unnoticed"
    assert {p.kind for p in problems} & {ProblemKind.MISSING, ProblemKind.HEAD_MISMATCH}


def test_given_the_newest_entries_cut_off_when_verified_then_the_head_disagrees() -> None:
    entries, head = build([{"n": str(i)} for i in range(5)])

    problems = verify_chain(entries[:3], head)

    assert [p.kind for p in problems] == [ProblemKind.HEAD_MISMATCH]


def test_given_no_entries_and_no_head_then_the_empty_chain_holds() -> None:
    assert verify_chain([], None) == []


def test_the_head_mac_is_hmac_sha256_of_sequence_and_hash_under_the_key() -> None:
    import hashlib
    import hmac

    from smeshield.domain.audit.chain import head_mac

    expected = hmac.new(b"k" * 32, b"7\x1f" + b"a" * 64, hashlib.sha256).hexdigest()

    assert head_mac(b"k" * 32, 7, "a" * 64) == expected
    assert head_mac(b"j" * 32, 7, "a" * 64) != expected


def test_a_head_whose_mac_was_made_with_another_key_is_forged() -> None:
    from smeshield.domain.audit.chain import ProblemKind, head_mac, head_problems

    mac = head_mac(b"attacker-key", 3, "b" * 64)

    assert [p.kind for p in head_problems(b"real-key", (3, "b" * 64), mac)] == [
        ProblemKind.HEAD_FORGED
    ]
    assert head_problems(b"real-key", (3, "b" * 64), head_mac(b"real-key", 3, "b" * 64)) == []
    assert head_problems(b"real-key", None, "") == []


def test_a_published_head_must_match_the_entry_at_its_sequence() -> None:
    from smeshield.domain.audit.chain import (
        ChainEntry,
        ProblemKind,
        published_head_problems,
    )

    entry = ChainEntry(sequence=5, content={}, previous_hash="0" * 64, entry_hash="c" * 64)

    assert published_head_problems([entry], (5, "c" * 64)) == []
    assert [p.kind for p in published_head_problems([entry], (5, "d" * 64))] == [
        ProblemKind.PUBLISHED_HEAD_MISMATCH
    ]
    assert [p.kind for p in published_head_problems([], (5, "c" * 64))] == [
        ProblemKind.PUBLISHED_HEAD_MISMATCH
    ]
