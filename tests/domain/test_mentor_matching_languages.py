"""Language counts in matching: a business that asks for Urdu gets a mentor who speaks it,
or no mentor at all; never an English-only mentor, however skilled or near."""

from __future__ import annotations

from smeshield.domain.mentoring.matching import HelpRequest, MentorOffer, greedy, optimal


def _mentor(
    name: str, languages: set[str], skills: set[str], area: str = "West Yorkshire"
) -> MentorOffer:
    return MentorOffer(
        id=name,
        skills=frozenset(skills),
        languages=frozenset(languages),
        area=area,
        remote=False,
        capacity=1,
        vetted=True,
    )


def _request(language: str) -> HelpRequest:
    return HelpRequest(
        id="bakery",
        needs=frozenset({"backups", "updates"}),
        area="West Yorkshire",
        remote_ok=False,
        language=language,
    )


def test_a_request_in_urdu_goes_to_the_mentor_who_speaks_urdu_over_a_better_skilled_one() -> None:
    # Given an English-only mentor with both skills, and an Urdu speaker with one
    mentors = [
        _mentor("english-expert", {"English"}, {"backups", "updates"}),
        _mentor("urdu-speaker", {"English", "Urdu"}, {"backups"}),
    ]
    # When a business asks for help in Urdu
    for match_with in (optimal, greedy):
        found = match_with([_request("Urdu")], mentors)
        # Then the Urdu speaker is chosen: 10 for one skill, 2 in person, 1 for Urdu
        assert [(m.request, m.mentor, m.fit) for m in found] == [("bakery", "urdu-speaker", 13)]
        assert "mentoring.speaks" in [r.code for r in found[0].reasons]


def test_with_nobody_speaking_polish_a_request_in_polish_is_not_matched() -> None:
    # Given only English-speaking mentors
    mentors = [
        _mentor("a", {"English"}, {"backups", "updates"}),
        _mentor("b", {"English"}, {"backups"}),
    ]
    # When a business asks for help in Polish; then no match is made
    assert optimal([_request("Polish")], mentors) == []
    assert greedy([_request("Polish")], mentors) == []


def test_without_a_language_asked_for_the_best_skilled_mentor_wins() -> None:
    # Given the same two mentors; when no language is asked for
    mentors = [
        _mentor("english-expert", {"English"}, {"backups", "updates"}),
        _mentor("urdu-speaker", {"English", "Urdu"}, {"backups"}),
    ]
    found = optimal([_request("")], mentors)
    # Then skills decide: 2 skills (20) and in person (2)
    assert [(m.mentor, m.fit) for m in found] == [("english-expert", 22)]
