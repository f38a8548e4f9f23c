"""UK SIC 2007 sections, the sector list every form and statistic uses.

Source: ONS, UK Standard Industrial Classification of Economic Activities 2007
(Open Government Licence v3). Names are shortened to plain English.
"""

from __future__ import annotations

from dataclasses import dataclass

from smeshield.domain.wording import gettext_noop


@dataclass(frozen=True, slots=True)
class Sector:
    """One SIC 2007 section."""

    code: str
    name: str


SECTORS: tuple[Sector, ...] = (
    Sector("A", gettext_noop("Farming, forestry and fishing")),
    Sector("B", gettext_noop("Mining and quarrying")),
    Sector("C", gettext_noop("Manufacturing")),
    Sector("D", gettext_noop("Electricity and gas supply")),
    Sector("E", gettext_noop("Water, waste and recycling")),
    Sector("F", gettext_noop("Construction and building trades")),
    Sector("G", gettext_noop("Shops, wholesale and vehicle repair")),
    Sector("H", gettext_noop("Transport and storage")),
    Sector("I", gettext_noop("Hotels, cafes, pubs and restaurants")),
    Sector("J", gettext_noop("Information and communication")),
    Sector("K", gettext_noop("Finance and insurance")),
    Sector("L", gettext_noop("Property")),
    Sector("M", gettext_noop("Professional, scientific and technical services")),
    Sector("N", gettext_noop("Administrative and support services")),
    Sector("O", gettext_noop("Public administration and defence")),
    Sector("P", gettext_noop("Education")),
    Sector("Q", gettext_noop("Health and social care")),
    Sector("R", gettext_noop("Arts, entertainment and recreation")),
    Sector("S", gettext_noop("Other services, including charities and clubs")),
    Sector("T", gettext_noop("Households as employers")),
    Sector("U", gettext_noop("International organisations")),
)

_BY_CODE = {sector.code: sector for sector in SECTORS}


class UnknownSectorError(ValueError):
    """The sector code is not a UK SIC 2007 section (A to U)."""


def sector_for(code: str) -> Sector:
    """Return the section for a one-letter code, or raise ``UnknownSectorError``."""
    try:
        return _BY_CODE[code.strip().upper()]
    except KeyError:
        raise UnknownSectorError(code) from None
