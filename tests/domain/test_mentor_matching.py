"""Matching mentors: never unvetted, never over capacity, never a language mismatch when
one is asked for, never out of area unless both work remotely; optimal total >= greedy."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from smeshield.domain.mentoring.matching import (
    HelpRequest,
    MentorOffer,
    greedy,
    optimal,
    reasons,
    total_fit,
)
from smeshield.domain.reasons import Reason
from tests.domain.examples import examples

SKILLS = ["backups", "passwords", "phishing", "updates", "firewalls"]
LANGUAGES = ["English", "Urdu", "Polish"]
AREAS = ["West Yorkshire", "Cleveland", "Durham"]

mentors = st.lists(
    st.builds(
        MentorOffer,
        id=st.uuids().map(str),
        skills=st.frozensets(st.sampled_from(SKILLS), max_size=3),
        languages=st.frozensets(st.sampled_from(LANGUAGES), min_size=1, max_size=2),
        area=st.sampled_from(AREAS),
        remote=st.booleans(),
        capacity=st.integers(min_value=0, max_value=3),
        vetted=st.booleans(),
    ),
    max_size=12,
    unique_by=lambda m: m.id,
)
requests = st.lists(
    st.builds(
        HelpRequest,
        id=st.uuids().map(str),
        needs=st.frozensets(st.sampled_from(SKILLS), min_size=1, max_size=3),
        area=st.sampled_from(AREAS),
        remote_ok=st.booleans(),
        language=st.sampled_from(["", "", *LANGUAGES]),
    ),
    max_size=25,
    unique_by=lambda r: r.id,
)


def _check_rules(
    found: list, given_requests: list[HelpRequest], given_mentors: list[MentorOffer]
) -> None:
    by_id = {m.id: m for m in given_mentors}
    wanted = {r.id: r for r in given_requests}
    load = Counter(match.mentor for match in found)
    assert len({match.request for match in found}) == len(found), "a request matched twice"
    for match in found:
        mentor, request = by_id[match.mentor], wanted[match.request]
        assert mentor.vetted
        assert load[mentor.id] <= mentor.capacity
        if request.language:
            assert request.language in mentor.languages
        assert mentor.area == request.area or (mentor.remote and request.remote_ok)
        assert request.needs & mentor.skills


@settings(max_examples=examples(300), deadline=None)
@given(requests, mentors)
def test_the_optimal_matching_keeps_every_hard_rule(
    given_requests: list[HelpRequest], given_mentors: list[MentorOffer]
) -> None:
    _check_rules(optimal(given_requests, given_mentors), given_requests, given_mentors)


@settings(max_examples=examples(300), deadline=None)
@given(requests, mentors)
def test_the_greedy_baseline_keeps_the_rules_too(
    given_requests: list[HelpRequest], given_mentors: list[MentorOffer]
) -> None:
    _check_rules(greedy(given_requests, given_mentors), given_requests, given_mentors)


@settings(max_examples=examples(300), deadline=None)
@given(requests, mentors)
def test_the_optimal_total_fit_is_never_below_greedy(
    given_requests: list[HelpRequest], given_mentors: list[MentorOffer]
) -> None:
    assert total_fit(optimal(given_requests, given_mentors)) >= total_fit(
        greedy(given_requests, given_mentors)
    )


def test_optimal_beats_greedy_where_greedy_takes_the_only_mentor_another_needs() -> None:
    # Greedy gives the all-rounder to the first request; optimal sends it to the second,
    # whose needs only the all-rounder meets, and the first to the specialist.
    allrounder = MentorOffer(
        "m1", frozenset({"backups", "phishing"}), frozenset({"English"}), "Durham", False, 1, True
    )
    specialist = MentorOffer(
        "m2", frozenset({"backups"}), frozenset({"English"}), "Durham", False, 1, True
    )
    first = HelpRequest("r1", frozenset({"backups"}), "Durham", False)
    second = HelpRequest("r2", frozenset({"phishing"}), "Durham", False)

    best = optimal([first, second], [allrounder, specialist])

    assert {(m.request, m.mentor) for m in best} == {("r1", "m2"), ("r2", "m1")}
    assert total_fit(best) > total_fit(greedy([first, second], [allrounder, specialist]))


def test_each_match_is_explained_by_codes_for_skills_place_and_language() -> None:
    mentor = MentorOffer(
        "m",
        frozenset({"backups", "updates"}),
        frozenset({"Urdu", "English"}),
        "West Yorkshire",
        True,
        2,
        True,
    )
    request = HelpRequest("r", frozenset({"backups"}), "West Yorkshire", False, "Urdu")

    assert reasons(request, mentor, {"backups": "Backing up your data"}) == (
        Reason(
            "mentoring.knows_about",
            {"skills": (Reason("mentoring.skill", {"name": "Backing up your data"}),)},
        ),
        Reason("mentoring.meets_in_person", {"area": "West Yorkshire"}),
        Reason("mentoring.speaks", {"language": "Urdu"}),
    )


def test_a_mentor_elsewhere_is_explained_as_working_online_with_every_shared_skill() -> None:
    mentor = MentorOffer(
        "m", frozenset({"updates", "backups", "firewalls"}), frozenset(), "Durham", True, 1, True
    )
    request = HelpRequest("r", frozenset({"updates", "backups"}), "Cleveland", True)

    assert reasons(request, mentor) == (
        Reason(
            "mentoring.knows_about",
            {
                "skills": (
                    Reason("mentoring.skill", {"name": "backups"}),
                    Reason("mentoring.skill", {"name": "updates"}),
                )
            },
        ),
        Reason("mentoring.works_online"),
    )
