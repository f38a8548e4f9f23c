"""UK SIC 2007 sections, the sector list every form and statistic uses.

Source: ONS, UK Standard Industrial Classification of Economic Activities 2007
(Open Government Licence v3). Names are shortened to plain English.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sector:
    """One SIC 2007 section."""

    code: str
    name: str


SECTORS: tuple[Sector, ...] = (
    Sector("A", "Farming, forestry and fishing"),
    Sector("B", "Mining and quarrying"),
    Sector("C", "Manufacturing"),
    Sector("D", "Electricity and gas supply"),
    Sector("E", "Water, waste and recycling"),
    Sector("F", "Construction and building trades"),
    Sector("G", "Shops, wholesale and vehicle repair"),
    Sector("H", "Transport and storage"),
    Sector("I", "Hotels, cafes, pubs and restaurants"),
    Sector("J", "Information and communication"),
    Sector("K", "Finance and insurance"),
    Sector("L", "Property"),
    Sector("M", "Professional, scientific and technical services"),
    Sector("N", "Administrative and support services"),
    Sector("O", "Public administration and defence"),
    Sector("P", "Education"),
    Sector("Q", "Health and social care"),
    Sector("R", "Arts, entertainment and recreation"),
    Sector("S", "Other services, including charities and clubs"),
    Sector("T", "Households as employers"),
    Sector("U", "International organisations"),
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
