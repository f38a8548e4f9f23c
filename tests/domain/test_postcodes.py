"""Postcodes are tidied and checked before anything looks them up."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smeshield.domain.geography.postcodes import (
    InvalidPostcodeError,
    is_outward_code,
    parse_postcode,
)


@pytest.mark.parametrize(
    ("typed", "tidy"),
    [
        ("ls1 4ap", "LS1 4AP"),
        ("LS14AP", "LS1 4AP"),
        ("  sw1a   1aa ", "SW1A 1AA"),
        ("M1 1AE", "M1 1AE"),
        ("ec1a1bb", "EC1A 1BB"),
        ("GIR 0AA", "GIR 0AA"),
    ],
)
def test_given_a_real_postcode_typed_loosely_when_parsed_then_it_is_tidied(
    typed: str, tidy: str
) -> None:
    assert str(parse_postcode(typed)) == tidy


@pytest.mark.parametrize(
    "typed", ["", "   ", "LS1", "12345", "LS1 4A", "LS1 4APP", "L$1 4AP", "LS1 4CI", "<script>"]
)
def test_given_text_that_is_not_a_postcode_when_parsed_then_it_is_refused(typed: str) -> None:
    with pytest.raises(InvalidPostcodeError):
        parse_postcode(typed)


def test_given_very_long_text_when_parsed_then_it_is_refused_as_too_long() -> None:
    with pytest.raises(InvalidPostcodeError) as error:
        parse_postcode("LS1 4AP" * 10)
    assert error.value.reason == "too_long"


def test_the_district_is_the_outward_code() -> None:
    assert parse_postcode("ls6 2ue").district == "LS6"
    assert is_outward_code("EC1A")
    assert not is_outward_code("EC1A 1BB")


@given(st.text(max_size=40))
def test_any_text_either_parses_to_a_well_formed_postcode_or_is_refused(text: str) -> None:
    try:
        postcode = parse_postcode(text)
    except InvalidPostcodeError:
        return
    assert parse_postcode(str(postcode)) == postcode
    assert is_outward_code(postcode.outward)
