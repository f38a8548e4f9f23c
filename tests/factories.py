"""Factories for test data. Every free-text field carries a canary (SECURITY.md intro),
so tests can grep responses, logs and dumps for data that must not be there."""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta
from typing import Any

import factory
from factory.django import DjangoModelFactory

from smeshield.accounts.models import User
from smeshield.alerts.models import Advisory, AdvisorySeverity, AdvisorySource, Delivery
from smeshield.businesses.models import (
    Business,
    ConsentRecord,
    Membership,
    PartnerKind,
    PartnerMembership,
    PartnerOrganisation,
)
from smeshield.domain.organisations.size_bands import SizeBand
from smeshield.domain.roles import BusinessRole, ConsentScope, Role
from smeshield.geography.models import PostcodeDistrict
from smeshield.incidents.models import HowFound, Incident


def canary(label: str) -> str:
    return f"CANARY-{label}-{uuid.uuid4().hex[:12]}"


class PostcodeDistrictFactory(DjangoModelFactory[PostcodeDistrict]):
    class Meta:
        model = PostcodeDistrict
        django_get_or_create = ("code",)

    code = "LS1"
    town = "Leeds"
    local_authority = "Leeds"
    region_code = "E12000003"
    region_name = "Yorkshire and The Humber"
    country = "England"
    police_force_code = "E23000010"
    police_force_name = "West Yorkshire"
    latitude = 53.7967
    longitude = -1.5475


class UserFactory(DjangoModelFactory[User]):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.com")
    display_name = factory.LazyFunction(lambda: canary("NAME"))
    role = Role.BUSINESS

    @factory.post_generation
    def unusable_password(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        self.set_unusable_password()
        if create:
            self.save()


class BusinessFactory(DjangoModelFactory[Business]):
    class Meta:
        model = Business

    name = factory.LazyFunction(lambda: canary("BUSINESS"))
    postcode = "LS1 4AP"
    district = factory.SubFactory(PostcodeDistrictFactory)
    sector = "F"
    size_band = SizeBand.MICRO


class MembershipFactory(DjangoModelFactory[Membership]):
    class Meta:
        model = Membership

    business = factory.SubFactory(BusinessFactory)
    user = factory.SubFactory(UserFactory)
    role = BusinessRole.OWNER


class PartnerOrganisationFactory(DjangoModelFactory[PartnerOrganisation]):
    class Meta:
        model = PartnerOrganisation

    name = factory.Sequence(lambda n: f"Partner organisation {n}")
    kind = PartnerKind.POLICE_FORCE
    police_force_code = "E23000010"


class PartnerMembershipFactory(DjangoModelFactory[PartnerMembership]):
    class Meta:
        model = PartnerMembership

    organisation = factory.SubFactory(PartnerOrganisationFactory)
    user = factory.SubFactory(UserFactory, role=Role.POLICE)


class ConsentFactory(DjangoModelFactory[ConsentRecord]):
    class Meta:
        model = ConsentRecord

    business = factory.SubFactory(BusinessFactory)
    scope = ConsentScope.ANONYMISED_STATISTICS
    granted_by = factory.SubFactory(UserFactory)
    wording = "Use my answers in statistics."


class IncidentFactory(DjangoModelFactory[Incident]):
    """An incident as a business records it; the story carries a canary."""

    class Meta:
        model = Incident

    business = factory.SubFactory(BusinessFactory)
    near_miss = False
    types = factory.LazyFunction(lambda: ["payment-fraud"])
    occurred_on = factory.LazyFunction(lambda: date.today() - timedelta(days=20))  # noqa: DTZ011
    discovered_on = None
    how_found = HowFound.CUSTOMER
    reported_bank = True
    details = factory.LazyFunction(
        lambda: json.dumps(
            {
                "summary": canary("incident"),
                "losses_gbp": "1250.00",
                "days_disrupted": 2,
                "crime_reference": "",
            }
        )
    )


class AdvisoryFactory(DjangoModelFactory[Advisory]):
    class Meta:
        model = Advisory

    key = factory.Sequence(lambda n: f"CVE-2099-{n + 1000}")
    cve = factory.SelfAttribute("key")
    source = AdvisorySource.KEV
    title = "Update Fortinet FortiOS: criminals are using a weak spot in it"
    what = "Criminals are using a weak spot in Fortinet FortiOS to break in. The maker has a fix."
    steps = factory.LazyFunction(lambda: ["Install every update it offers, then restart."])
    severity = AdvisorySeverity.HIGH
    published_on = factory.LazyFunction(date.today)
    targeting = factory.LazyFunction(lambda: {"identities": ["fortinet:fortios"]})
    product_names = factory.LazyFunction(lambda: {"fortinet:fortios": "Fortinet FortiOS"})
    requirements = factory.LazyFunction(lambda: ["ce.upd.fourteen-days"])


class DeliveryFactory(DjangoModelFactory[Delivery]):
    class Meta:
        model = Delivery

    advisory = factory.SubFactory(AdvisoryFactory)
    business = factory.SubFactory(BusinessFactory)
    reason = "You told us you use Fortinet FortiGate firewall."
    identity_id = "fortinet:fortios"
    due_on = factory.LazyFunction(lambda: date.today() + timedelta(days=14))  # noqa: DTZ011
