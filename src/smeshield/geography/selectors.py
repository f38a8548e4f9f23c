"""Looking places up."""

from __future__ import annotations

from smeshield.domain.geography.postcodes import Postcode
from smeshield.geography.models import PostcodeDistrict


def district_for(postcode: Postcode) -> PostcodeDistrict | None:
    """The district a well-formed postcode belongs to, or ``None`` when unknown."""
    return PostcodeDistrict.objects.filter(code=postcode.district).first()


def districts_loaded() -> int:
    return PostcodeDistrict.objects.count()


def police_force_names() -> list[str]:
    """Every police force area with at least one postcode district, A to Z."""
    return list(
        PostcodeDistrict.objects.exclude(police_force_name="")
        .values_list("police_force_name", flat=True)
        .distinct()
        .order_by("police_force_name")
    )


def region_names() -> list[str]:
    return list(
        PostcodeDistrict.objects.exclude(region_name="")
        .values_list("region_name", flat=True)
        .distinct()
        .order_by("region_name")
    )
