"""Loading reference data into the database."""

from __future__ import annotations

from django.db import transaction

from smeshield.domain.geography.districts import DistrictRecord
from smeshield.geography.models import PostcodeDistrict

_UPDATE_FIELDS = [
    "town",
    "local_authority",
    "region_code",
    "region_name",
    "country",
    "police_force_code",
    "police_force_name",
    "latitude",
    "longitude",
    "urban_rural",
]


@transaction.atomic
def postcode_districts_load(*, records: list[DistrictRecord]) -> int:
    """Insert or update every district; districts no longer in the file are kept.

    Idempotent: loading the same file twice changes nothing. Returns the count.
    """
    PostcodeDistrict.objects.bulk_create(
        [PostcodeDistrict.from_record(record) for record in records],
        update_conflicts=True,
        unique_fields=["code"],
        update_fields=_UPDATE_FIELDS,
        batch_size=500,
    )
    return len(records)
