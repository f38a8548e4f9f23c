"""Reference data: postcode districts and the areas they belong to."""

from __future__ import annotations

from django.db import models

from smeshield.domain.geography.districts import DistrictRecord


class PostcodeDistrict(models.Model):
    """A postcode district (outward code) such as LS1, loaded from shipped open data."""

    code = models.CharField(max_length=4, primary_key=True)
    town = models.CharField(max_length=100)
    local_authority = models.CharField(max_length=100)
    region_code = models.CharField(max_length=9, db_index=True)
    region_name = models.CharField(max_length=50)
    country = models.CharField(max_length=30)
    police_force_code = models.CharField(max_length=9, blank=True, db_index=True)
    police_force_name = models.CharField(max_length=60, blank=True)
    latitude = models.FloatField()
    longitude = models.FloatField()
    urban_rural = models.CharField(
        max_length=5, blank=True, help_text="Estimated from postcode density: urban or rural."
    )

    class Meta:
        ordering = ("code",)

    def __str__(self) -> str:
        return self.code

    @classmethod
    def from_record(cls, record: DistrictRecord) -> PostcodeDistrict:
        return cls(
            code=record.code,
            town=record.town,
            local_authority=record.local_authority,
            region_code=record.region_code,
            region_name=record.region_name,
            country=record.country,
            police_force_code=record.police_force_code,
            police_force_name=record.police_force_name,
            latitude=record.latitude,
            longitude=record.longitude,
            urban_rural=record.urban_rural,
        )
