"""Size bands follow the UK definitions; sectors are the SIC 2007 sections A to U."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smeshield.domain.organisations.sectors import SECTORS, UnknownSectorError, sector_for
from smeshield.domain.organisations.size_bands import SizeBand, size_band_for
from smeshield.domain.reasons import Reason
from smeshield.domain.roles import ConsentScope, consent_statement


@pytest.mark.parametrize(
    ("employees", "band"),
    [
        (0, SizeBand.MICRO),
        (9, SizeBand.MICRO),
        (10, SizeBand.SMALL),
        (49, SizeBand.SMALL),
        (50, SizeBand.MEDIUM),
        (249, SizeBand.MEDIUM),
        (250, SizeBand.LARGE),
    ],
)
def test_given_a_headcount_then_the_size_band_follows_the_uk_definition(
    employees: int, band: SizeBand
) -> None:
    assert size_band_for(employees) is band


@given(st.integers(min_value=0, max_value=10**6))
def test_every_headcount_falls_in_exactly_one_band(employees: int) -> None:
    band = size_band_for(employees)
    low, high = band.employee_range
    assert low <= employees
    assert high is None or employees <= high
    assert band.is_sme == (employees < 250)


def test_a_negative_headcount_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        size_band_for(-1)


def test_the_sections_are_a_to_u_and_unknown_codes_are_refused() -> None:
    assert [s.code for s in SECTORS] == [chr(c) for c in range(ord("A"), ord("U") + 1)]
    assert sector_for(" f ").name.startswith("Construction")
    with pytest.raises(UnknownSectorError):
        sector_for("Z")


@pytest.mark.parametrize(
    ("scope", "partner", "expected"),
    [
        (ConsentScope.ANONYMISED_STATISTICS, "", Reason("consent.anonymised_statistics")),
        (
            ConsentScope.NAMED_PARTNER,
            "Northern Bank",
            Reason("consent.named_partner", {"partner": "Northern Bank"}),
        ),
        (ConsentScope.MENTOR, "", Reason("consent.mentor")),
    ],
)
def test_each_consent_scope_is_stated_as_its_own_code(
    scope: ConsentScope, partner: str, expected: Reason
) -> None:
    assert consent_statement(scope, partner) == expected
