"""What works: helped businesses against similar ones without help, with a 95% interval,
hidden below the threshold, on made-up journeys whose true effect we know."""

from __future__ import annotations

from smeshield.domain.insights.whatworks import (
    Journey,
    compare,
    naive_difference,
    synthetic_journeys,
)

# The effect the made-up journeys are given, stated here (not read from the module).
SYNTHETIC_EFFECT = 6.0


def test_matching_on_the_starting_result_recovers_the_known_effect() -> None:
    journeys = synthetic_journeys(20_000, seed=11, effect=SYNTHETIC_EFFECT)

    result = compare(journeys)

    assert result.difference is not None
    assert result.lower is not None
    assert result.upper is not None
    assert result.lower <= SYNTHETIC_EFFECT <= result.upper
    assert abs(result.difference - SYNTHETIC_EFFECT) < 1.0
    # Weaker businesses ask for help and improve more anyway: ignoring that overstates it.
    assert naive_difference(journeys) - SYNTHETIC_EFFECT > 2.0


def test_the_95_percent_interval_covers_the_true_effect_about_95_times_in_100() -> None:
    covered = 0
    for seed in range(100):
        result = compare(synthetic_journeys(2_000, seed=seed, effect=SYNTHETIC_EFFECT))
        assert result.lower is not None
        assert result.upper is not None
        covered += result.lower <= SYNTHETIC_EFFECT <= result.upper
    assert 88 <= covered <= 100


def test_with_no_effect_the_interval_holds_zero() -> None:
    result = compare(synthetic_journeys(20_000, seed=5, effect=0.0))

    assert result.lower is not None
    assert result.upper is not None
    assert result.lower <= 0.0 <= result.upper


def test_fewer_than_ten_helped_businesses_shows_nothing() -> None:
    journeys = [Journey("micro", "F", 30.0, 10.0, helped=i < 9) for i in range(200)]

    result = compare(journeys)

    assert result.difference is None
    assert result.helped is None
    assert result.rule == "threshold"


def test_counts_are_rounded_to_five() -> None:
    result = compare(synthetic_journeys(3_001, seed=2))

    assert result.helped is not None
    assert result.compared_with is not None
    assert result.helped % 5 == 0
    assert result.compared_with % 5 == 0


def test_a_helped_business_with_no_similar_unhelped_one_is_left_out() -> None:
    alike = [Journey("micro", "F", 30.0, 5.0 + (i % 3), helped=i % 2 == 0) for i in range(60)]
    unmatched = [Journey("medium", "C", 90.0, 50.0, helped=True) for _ in range(10)]

    result = compare(alike + unmatched)

    assert result.helped == 30
    assert result.difference is not None
    assert abs(result.difference) < 2
