"""A small demo population: businesses across the North of England and one account per role.

Idempotent: running it again finds what exists and creates only what is missing.
Everything here is invented for the demo except public place names.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from smeshield.accounts.services import user_ensure
from smeshield.businesses import services
from smeshield.businesses.models import Business, PartnerKind, PartnerOrganisation
from smeshield.domain.geography.postcodes import parse_postcode
from smeshield.domain.organisations.size_bands import SizeBand
from smeshield.domain.roles import BusinessRole, ConsentScope, Role
from smeshield.geography.selectors import district_for

DEMO_DOMAIN = "demo.smeshield.example"
POLICE_FORCE = ("West Yorkshire Police (demo)", "E23000010")


@dataclass(frozen=True)
class DemoBusiness:
    name: str
    postcode: str
    sector: str
    size_band: SizeBand
    shares_with_police: bool


DEMO_BUSINESSES: tuple[DemoBusiness, ...] = (
    DemoBusiness("Headingley Bakery", "LS6 2UE", "I", SizeBand.MICRO, True),
    DemoBusiness("Tyne Plumbing and Heating", "NE6 1AB", "F", SizeBand.MICRO, False),
    DemoBusiness("Calder Valley Builders", "HX7 8AD", "F", SizeBand.SMALL, True),
    DemoBusiness("Wirral Dental Care", "CH41 5AA", "Q", SizeBand.SMALL, False),
    DemoBusiness("Moorside Farm Shop", "YO62 5AB", "G", SizeBand.MICRO, False),
    DemoBusiness("Sheffield Precision Tools", "S9 2RS", "C", SizeBand.MEDIUM, False),
    DemoBusiness("Bradford Community Food Bank", "BD1 1AA", "S", SizeBand.MICRO, True),
    DemoBusiness("Lakes Holiday Cottages", "LA22 0AA", "I", SizeBand.MICRO, False),
    DemoBusiness("Teesside Accountants", "TS1 2AA", "M", SizeBand.SMALL, False),
    DemoBusiness("Hull Marine Supplies", "HU1 1AA", "G", SizeBand.SMALL, False),
    DemoBusiness("Preston Print Works", "PR1 2AA", "C", SizeBand.MICRO, False),
    DemoBusiness("Salford Digital Studio", "M5 4WT", "J", SizeBand.MICRO, False),
)


@dataclass(frozen=True)
class DemoLogin:
    role: str
    email: str
    note: str


def _partner(name: str, kind: PartnerKind, force: str = "") -> PartnerOrganisation:
    return services.partner_organisation_ensure(name=name, kind=kind, police_force_code=force)


@transaction.atomic
def demo_population_ensure() -> list[DemoLogin]:
    """Create the demo population if missing; return the logins to print."""
    police_org = _partner(POLICE_FORCE[0], PartnerKind.POLICE_FORCE, POLICE_FORCE[1])
    bank = _partner("Northern Bank (demo)", PartnerKind.BANK)
    _partner(
        "Yorkshire and Humber Cyber Resilience Centre (demo)", PartnerKind.CYBER_RESILIENCE_CENTRE
    )
    _partner("Leeds Chamber of Commerce (demo)", PartnerKind.CHAMBER)

    logins: list[DemoLogin] = []
    for index, spec in enumerate(DEMO_BUSINESSES, start=1):
        email = f"owner{index}@{DEMO_DOMAIN}"
        owner = user_ensure(email=email, role=Role.BUSINESS, display_name=f"Owner of {spec.name}")
        business = Business.objects.filter(name=spec.name).first()
        if business is None:
            postcode = parse_postcode(spec.postcode)
            district = district_for(postcode)
            if district is None:
                raise RuntimeError(f"Reference data is missing district {postcode.district}.")
            business = services.business_register(
                owner=owner,
                details=services.NewBusiness(
                    name=spec.name,
                    postcode=str(postcode),
                    district=district,
                    sector=spec.sector,
                    size_band=spec.size_band,
                    share_statistics=True,
                ),
            )
            if spec.shares_with_police:
                services.consent_grant(
                    business=business,
                    scope=ConsentScope.NAMED_PARTNER,
                    partner=police_org,
                    actor=owner,
                )
        services.membership_add(business=business, user=owner, role=BusinessRole.OWNER)
        if index <= 2:
            logins.append(
                DemoLogin("business owner", email, f"{spec.name}, {business.district.town}")
            )

    staff = (
        (Role.MENTOR, "mentor", "Sam Mentor", "student mentor"),
        (Role.FACILITATOR, "facilitator", "Fran Facilitator", "runs action learning sets"),
        (Role.POLICE, "police", "PC Pat Protect", f"{POLICE_FORCE[0]}, cyber protect"),
        (Role.PARTNER, "partner", "Bola Banker", "Northern Bank (demo)"),
        (Role.RESEARCHER, "researcher", "Dr Rae Search", "university researcher"),
        (Role.ADMIN, "admin", "Ada Admin", "service administrator"),
    )
    for role, local, name, note in staff:
        email = f"{local}@{DEMO_DOMAIN}"
        user = user_ensure(email=email, role=role, display_name=name)
        if role is Role.POLICE:
            services.partner_member_add(organisation=police_org, user=user)
        if role is Role.PARTNER:
            services.partner_member_add(organisation=bank, user=user)
        logins.append(DemoLogin(role.value, email, note))
    return logins
