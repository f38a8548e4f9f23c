"""Mentor matching checked against a brute force written here: the fit is 10 points per
needed skill the mentor has, 2 when they can meet in person (same area), 1 when the
business asked for a language (which the mentor then speaks); the optimum is the largest
total fit over every assignment that keeps the hard rules."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smeshield.domain.mentoring.matching import (
    HelpRequest,
    MentorOffer,
    allowed_pairs,
    greedy,
    optimal,
    reasons,
    total_fit,
)
from smeshield.domain.reasons import Reason
from tests.domain.examples import examples

SKILLS = ["backups", "passwords", "phishing"]
LANGUAGES = ["English", "Urdu"]
AREAS = ["Durham", "Cleveland"]


def knows(*skills: str) -> Reason:
    """The reason "knows about <skills>", as the matcher gives it: skill names in order."""
    return Reason(
        "mentoring.knows_about",
        {"skills": tuple(Reason("mentoring.skill", {"name": n}) for n in skills)},
    )


def mentor(
    mid: str,
    skills: set[str],
    *,
    languages: set[str] | None = None,
    area: str = "Durham",
    remote: bool = False,
    capacity: int = 1,
    vetted: bool = True,
) -> MentorOffer:
    return MentorOffer(
        mid,
        frozenset(skills),
        frozenset(languages or {"English"}),
        area,
        remote,
        capacity,
        vetted,
    )


def request(
    rid: str, needs: set[str], *, area: str = "Durham", remote_ok: bool = False, language: str = ""
) -> HelpRequest:
    return HelpRequest(rid, frozenset(needs), area, remote_ok, language)


def expected_fit(r: HelpRequest, m: MentorOffer) -> int | None:
    """The fit by hand, or None when a hard rule forbids the pair."""
    if not m.vetted or m.capacity <= 0:
        return None
    if r.language and r.language not in m.languages:
        return None
    if m.area != r.area and not (m.remote and r.remote_ok):
        return None
    shared = len(r.needs & m.skills)
    if shared == 0:
        return None
    return 10 * shared + (2 if m.area == r.area else 0) + (1 if r.language else 0)


def brute_force_best(requests: list[HelpRequest], mentors: list[MentorOffer]) -> int:
    best = 0
    choices = [None, *range(len(mentors))]
    for assignment in itertools.product(choices, repeat=len(requests)):
        load = [0] * len(mentors)
        total, ok = 0, True
        for r, m in zip(requests, assignment, strict=True):
            if m is None:
                continue
            fit = expected_fit(r, mentors[m])
            load[m] += 1
            if fit is None or load[m] > mentors[m].capacity:
                ok = False
                break
            total += fit
        if ok:
            best = max(best, total)
    return best


def test_the_fit_of_one_pair_is_ten_per_skill_two_in_person_one_for_language() -> None:
    m = mentor("m", {"backups", "phishing", "passwords"}, languages={"English", "Urdu"})
    r = request("r", {"backups", "phishing"}, language="Urdu")
    [match] = optimal([r], [m])
    assert match.fit == 10 + 10 + 2 + 1


def test_a_remote_pair_gets_no_in_person_points() -> None:
    m = mentor("m", {"backups"}, area="Cleveland", remote=True)
    r = request("r", {"backups"}, remote_ok=True)
    [match] = optimal([r], [m])
    assert match.fit == 10
    assert match.reasons == (knows("backups"), Reason("mentoring.works_online", {}))


def test_an_unvetted_mentor_is_never_matched() -> None:
    assert optimal([request("r", {"backups"})], [mentor("m", {"backups"}, vetted=False)]) == []
    assert greedy([request("r", {"backups"})], [mentor("m", {"backups"}, vetted=False)]) == []


def test_a_mentor_with_no_room_is_never_matched() -> None:
    assert optimal([request("r", {"backups"})], [mentor("m", {"backups"}, capacity=0)]) == []
    assert greedy([request("r", {"backups"})], [mentor("m", {"backups"}, capacity=0)]) == []


def test_a_mentor_with_room_for_two_takes_two_and_no_more() -> None:
    rs = [request(f"r{i}", {"backups"}) for i in range(3)]
    found = optimal(rs, [mentor("m", {"backups"}, capacity=2)])
    assert len(found) == 2
    assert len(greedy(rs, [mentor("m", {"backups"}, capacity=2)])) == 2


def test_a_language_asked_for_must_be_spoken() -> None:
    r = request("r", {"backups"}, language="Urdu")
    assert optimal([r], [mentor("m", {"backups"}, languages={"English"})]) == []
    assert len(optimal([r], [mentor("m", {"backups"}, languages={"Urdu"})])) == 1


def test_out_of_area_needs_both_to_be_happy_online() -> None:
    far = {"area": "Cleveland"}
    assert optimal([request("r", {"backups"})], [mentor("m", {"backups"}, **far)]) == []
    assert (
        optimal([request("r", {"backups"}, remote_ok=True)], [mentor("m", {"backups"}, **far)])
        == []
    )
    assert (
        optimal([request("r", {"backups"})], [mentor("m", {"backups"}, remote=True, **far)]) == []
    )
    both = optimal(
        [request("r", {"backups"}, remote_ok=True)], [mentor("m", {"backups"}, remote=True, **far)]
    )
    assert len(both) == 1


def test_a_mentor_without_a_needed_skill_is_never_matched() -> None:
    assert optimal([request("r", {"backups"})], [mentor("m", {"phishing"})]) == []


def test_no_requests_or_no_mentors_give_no_matches() -> None:
    assert optimal([], [mentor("m", {"backups"})]) == []
    assert optimal([request("r", {"backups"})], []) == []
    assert greedy([], []) == []
    rows, cols, fits = allowed_pairs([], [])
    assert (len(rows), len(cols), len(fits)) == (0, 0, 0)


def test_greedy_takes_each_requests_best_mentor_in_turn() -> None:
    good = mentor("good", {"backups", "phishing"})
    fair = mentor("fair", {"backups"})
    found = greedy([request("r", {"backups", "phishing"})], [fair, good])
    assert [(m.mentor, m.fit) for m in found] == [("good", 22)]


def test_greedy_gives_the_mentor_to_the_first_request_and_the_second_goes_elsewhere() -> None:
    only = mentor("only", {"backups"})
    other = mentor("other", {"backups"}, area="Cleveland", remote=True)
    found = greedy(
        [request("r1", {"backups"}), request("r2", {"backups"}, remote_ok=True)], [only, other]
    )
    assert [(m.request, m.mentor) for m in found] == [("r1", "only"), ("r2", "other")]
    assert total_fit(found) == 12 + 10


def test_more_requests_than_one_chunk_are_all_matched() -> None:
    # 2,500 requests cross the 1,000-request chunks the pairs are built in.
    rs = [request(f"r{i}", {"backups"}) for i in range(2500)]
    rows, cols, fits = allowed_pairs(rs, [mentor("m", {"backups"}, capacity=2500)])
    assert rows.tolist() == list(range(2500))
    assert set(cols.tolist()) == {0}
    assert set(fits.tolist()) == {12}


def test_reasons_use_the_skill_names_given_and_list_them_in_order() -> None:
    m = mentor("m", {"phishing", "backups"})
    r = request("r", {"phishing", "backups"})
    names = {"backups": "Backing up", "phishing": "Phishing emails"}
    assert reasons(r, m, names)[0] == knows("Backing up", "Phishing emails")
    assert reasons(r, m)[0] == knows("backups", "phishing")
    [match] = optimal([r], [m], names)
    assert match.reasons[0] == knows("Backing up", "Phishing emails")


mentors_st = st.lists(
    st.builds(
        MentorOffer,
        id=st.uuids().map(str),
        skills=st.frozensets(st.sampled_from(SKILLS), max_size=3),
        languages=st.frozensets(st.sampled_from(LANGUAGES), min_size=1, max_size=2),
        area=st.sampled_from(AREAS),
        remote=st.booleans(),
        capacity=st.integers(min_value=0, max_value=2),
        vetted=st.booleans(),
    ),
    max_size=3,
    unique_by=lambda m: m.id,
)
requests_st = st.lists(
    st.builds(
        HelpRequest,
        id=st.uuids().map(str),
        needs=st.frozensets(st.sampled_from(SKILLS), min_size=1, max_size=3),
        area=st.sampled_from(AREAS),
        remote_ok=st.booleans(),
        language=st.sampled_from(["", *LANGUAGES]),
    ),
    max_size=4,
    unique_by=lambda r: r.id,
)


@settings(max_examples=examples(150), deadline=None)
@given(requests_st, mentors_st)
def test_optimal_reaches_the_brute_force_best_total_and_each_fit_is_right(
    requests: list[HelpRequest], mentors: list[MentorOffer]
) -> None:
    found = optimal(requests, mentors)
    by_id = {m.id: m for m in mentors}
    wanted = {r.id: r for r in requests}
    for match in found:
        assert match.fit == expected_fit(wanted[match.request], by_id[match.mentor])
    assert total_fit(found) == brute_force_best(requests, mentors)


@settings(max_examples=examples(150), deadline=None)
@given(requests_st, mentors_st)
def test_every_allowed_pair_is_exactly_one_the_rules_allow(
    requests: list[HelpRequest], mentors: list[MentorOffer]
) -> None:
    rows, cols, fits = allowed_pairs(requests, mentors)
    found = {(r, m): f for r, m, f in zip(rows.tolist(), cols.tolist(), fits.tolist(), strict=True)}
    expected = {
        (i, j): fit
        for i, r in enumerate(requests)
        for j, m in enumerate(mentors)
        if (fit := expected_fit(r, m)) is not None
    }
    assert found == expected


def _offers_with_skills(count: int) -> list[MentorOffer]:
    return [
        MentorOffer(f"m{i}", frozenset({f"skill-{i}"}), frozenset(), "Durham", True, 1, True)
        for i in range(count)
    ]


def test_up_to_62_distinct_skills_can_be_matched_and_63_are_refused() -> None:
    request = HelpRequest("r1", frozenset({"skill-0"}), "Durham", True)

    assert [m.mentor for m in optimal([request], _offers_with_skills(62))] == ["m0"]
    with pytest.raises(ValueError, match="too many distinct skills or languages to encode"):
        optimal([request], _offers_with_skills(63))


def test_up_to_62_distinct_languages_can_be_matched_and_63_are_refused() -> None:
    def offers(count: int) -> list[MentorOffer]:
        return [
            MentorOffer(f"m{i}", frozenset({"backup"}), frozenset({f"lang-{i}"}), "Durham", True,
                        1, True)
            for i in range(count)
        ]  # fmt: skip

    request = HelpRequest("r1", frozenset({"backup"}), "Durham", True, language="lang-0")

    assert [m.mentor for m in optimal([request], offers(62))] == ["m0"]
    with pytest.raises(ValueError, match="too many distinct"):
        optimal([request], offers(63))
