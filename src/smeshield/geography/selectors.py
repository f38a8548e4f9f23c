"""Looking places up."""

from __future__ import annotations

from smeshield.domain.geography.postcodes import Postcode
from smeshield.geography.models import PostcodeDistrict


def district_for(postcode: Postcode) -> PostcodeDistrict | None:
    """The district a well-formed postcode belongs to, or ``None`` when unknown."""
    return PostcodeDistrict.objects.filter(code=postcode.district).first()


def districts_loaded() -> int:
    return PostcodeDistrict.objects.count()
