"""Businesses with signed-in owners for the load benchmark. Prints "business session" lines.

Run by bench/healthcheck_load.py with the benchmark's settings and database.
"""

from __future__ import annotations

import sys

import django

django.setup()

from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402

from smeshield.accounts.services import user_create  # noqa: E402
from smeshield.businesses.services import NewBusiness, business_register  # noqa: E402
from smeshield.domain.organisations.size_bands import SizeBand  # noqa: E402
from smeshield.domain.roles import Role  # noqa: E402
from smeshield.geography.models import PostcodeDistrict  # noqa: E402


def main(count: int) -> None:
    district = PostcodeDistrict.objects.create(
        code="LS6",
        town="Leeds",
        local_authority="Leeds",
        region_code="E12000003",
        region_name="Yorkshire and The Humber",
        country="England",
        police_force_code="E23000010",
        police_force_name="West Yorkshire",
        latitude=53.82,
        longitude=-1.57,
        urban_rural="urban",
    )
    for n in range(count):
        owner = user_create(email=f"owner{n}@bench.example", role=Role.BUSINESS)
        business = business_register(
            owner=owner,
            details=NewBusiness(
                name=f"Bench {n}",
                postcode="LS6 2UE",
                district=district,
                sector="I",
                size_band=SizeBand.MICRO,
                share_statistics=True,
            ),
        )
        session = SessionStore()
        session[SESSION_KEY] = str(owner.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = owner.get_session_auth_hash()
        session.create()
        print(business.pk, session.session_key)


if __name__ == "__main__":
    main(int(sys.argv[1]))
