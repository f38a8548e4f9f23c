"""A small demo population: businesses across the North of England and one account per role.

Idempotent: running it again finds what exists and creates only what is missing.
Everything here is invented for the demo except public place names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from smeshield.accounts.models import User
from smeshield.accounts.services import user_ensure
from smeshield.alerts import services as alert_services
from smeshield.businesses import services
from smeshield.businesses.models import Business, PartnerKind, PartnerOrganisation
from smeshield.content.products import KEV as KEV_SNAPSHOT
from smeshield.domain.catalog.model import Question, Verdict
from smeshield.domain.geography.postcodes import parse_postcode
from smeshield.domain.organisations.size_bands import SizeBand
from smeshield.domain.roles import BusinessRole, ConsentScope, Role
from smeshield.geography.selectors import district_for
from smeshield.healthcheck.selectors import assessment_state
from smeshield.healthcheck.services import answer_record, assessment_complete, assessment_start
from smeshield.incidents.services import NewIncident, incident_record, incident_share
from smeshield.people import selectors as people_selectors
from smeshield.people import services as people_services
from smeshield.people.models import LearningSet, MentorProfile

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


# Answers that differ from best practice, per demo business (by position), so the demo
# shows a spread of results. Everything not listed is answered with best practice.
DEMO_GAPS: tuple[dict[str, list[str]], ...] = (
    {
        "upd.router": ["no"],
        "bk.tested": ["no"],
        "pay.bank-changes": ["reply"],
        "ph.awareness": ["not_sure"],
    },
    {},
    {"uac.two-step": ["some"], "bk.separate": ["no"], "upd.supported": ["no"]},
    {"fw.router-password": ["no"], "sc.unlock": ["some"], "ir.who-to-call": ["no"]},
    {"bk.regular": ["rarely"], "mw.protection": ["no"]},
    {"uac.admin": ["no"], "upd.apps-fourteen-days": ["not_sure"]},
    {"ph.reporting": ["no"], "pw.manager": ["no"], "mob.find-wipe": ["no"]},
    {"pay.accounts": ["no"], "upd.automatic": ["some"]},
)


def _best(question: Question) -> list[str]:
    defaults = {
        "profile.how-you-work": ["remote", "pays-by-transfer", "personal-data"],
        "profile.online-services": ["microsoft-365"],
        "profile.payments": ["card"],
        "profile.website": ["yes"],
        "profile.products": ["windows"],
        "profile.customers-ask-ce": ["no"],
        "profile.insurance": ["no"],
        "profile.it-advice": ["friend"],
    }
    if question.is_profile:
        return defaults[question.id]
    met = next(o for o in question.options if all(v is Verdict.MET for v in o.verdicts.values()))
    return [met.value]


# What some demo owners typed beside the tick boxes: one known product, one unknown name.
DEMO_TYPED = {1: ["FortiGate firewall", "Tillpoint EPOS"]}


def _health_check(
    business: Business, owner: User, gaps: dict[str, list[str]], typed: list[str] | None = None
) -> None:
    """A finished health check with these gaps (skipped if the business already has one)."""
    if business.assessments.exists():
        return
    attempt = assessment_start(business=business, actor=owner)
    for _ in range(100):
        state = assessment_state(attempt)
        question = state.path.first_unanswered(state.answers)
        if question is None:
            break
        answer_record(
            assessment=attempt,
            question_id=question.id,
            choices=gaps.get(question.id, _best(question)),
            other=typed if typed and question.id == "profile.products" else [],
            idempotency_key=f"demo-{attempt.pk}-{question.id}"[:64],
            actor=owner,
        )
    assessment_complete(assessment=attempt, actor=owner)


# Business number -> (types, near miss, story, days ago, loss, send to police).
DEMO_INCIDENTS: dict[int, tuple[tuple[str, ...], bool, str, int, str | None, bool]] = {
    1: (
        ("payment-fraud", "phishing"),
        False,
        "An email that looked like our flour supplier asked us to pay a new account.",
        40,
        "1840.00",
        True,
    ),
    3: (
        ("phishing",),
        True,
        "A text said a parcel was waiting and asked for card details. Nobody clicked.",
        12,
        None,
        False,
    ),
}


def _incident(
    business: Business,
    owner: User,
    police: PartnerOrganisation,
    spec: tuple[tuple[str, ...], bool, str, int, str | None, bool],
) -> None:
    types, near_miss, story, days_ago, loss, send = spec
    when = timezone.localdate() - timedelta(days=days_ago)
    incident = incident_record(
        business=business,
        record=NewIncident(
            near_miss=near_miss,
            types=types,
            summary=story,
            occurred_on=when,
            discovered_on=when + timedelta(days=2) if not near_miss else when,
            how_found="customer" if not near_miss else "we-noticed",
            losses_gbp=Decimal(loss) if loss else None,
            days_disrupted=1 if loss else None,
            reported_police=send,
            crime_reference="NFRC" + when.strftime("%y%m%d") + "123456" if send else "",
            reported_bank=bool(loss),
            reported_insurer=False,
            reported_ico=False,
        ),
        actor=owner,
    )
    if send:
        incident_share(incident=incident, partner=police, actor=owner)


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
        if index - 1 < len(DEMO_GAPS) and index != 2:  # owner2 starts from nothing
            _health_check(business, owner, DEMO_GAPS[index - 1], DEMO_TYPED.get(index))
        if index in DEMO_INCIDENTS and not business.incidents.exists():
            _incident(business, owner, police_org, DEMO_INCIDENTS[index])
        if index <= 2:
            state = "health check done" if index == 1 else "new: no health check yet"
            note = f"{spec.name}, {business.district.town} ({state})"
            logins.append(DemoLogin("business owner", email, note))

    # Each staff login, and the organisation it works for (police and partner staff).
    staff = (
        (Role.MENTOR, "mentor", "Sam Mentor", "student mentor", None),
        (Role.FACILITATOR, "facilitator", "Fran Facilitator", "runs action learning sets", None),
        (Role.POLICE, "police", "PC Pat Protect", f"{POLICE_FORCE[0]}, cyber protect", police_org),
        (Role.PARTNER, "partner", "Bola Banker", "Northern Bank (demo)", bank),
        (Role.RESEARCHER, "researcher", "Dr Rae Search", "university researcher", None),
        (Role.ADMIN, "admin", "Ada Admin", "service administrator", None),
    )
    for role, local, name, note, organisation in staff:
        email = f"{local}@{DEMO_DOMAIN}"
        user = user_ensure(email=email, role=role, display_name=name)
        if organisation is not None:
            services.partner_member_add(organisation=organisation, user=user)
        logins.append(DemoLogin(role.value, email, note))
    return logins


def demo_alerts_ensure() -> tuple[int, int]:
    """Import the shipped KEV snapshot and send what matters (nothing new on a re-run).

    Returns (advisories imported, deliveries made). The weekly digest is sent at once,
    so the demo's mail folder shows both kinds of email.
    """
    outcome = alert_services.kev_import(path=KEV_SNAPSHOT)
    delivered = 0
    for advisory in alert_services.newest_per_product(outcome.created):
        delivered += alert_services.advisory_fan_out(advisory=advisory)
    alert_services.digest_send()
    return len(outcome.created), delivered


# Demo businesses (by number) in the demo learning set, and the names they chose.
DEMO_SET_MEMBERS = {1: "Baker", 3: "Builder", 5: "Farm shop", 7: "Food bank"}


@transaction.atomic
def demo_people_ensure() -> None:
    """The support directory, a vetted demo mentor matched to business 1 (waiting for it
    to agree), and a learning set of four demo businesses with a meeting next week."""
    people_services.directory_load()
    mentor = User.objects.get(email=f"mentor@{DEMO_DOMAIN}")
    facilitator = User.objects.get(email=f"facilitator@{DEMO_DOMAIN}")
    today = timezone.localdate()
    if not MentorProfile.objects.filter(user=mentor).exists():
        profile = people_services.mentor_register(
            user=mentor,
            details=people_services.MentorDetails(
                kind="student",
                skills=["backups", "update-management", "phishing", "payment-fraud"],
                languages=["English", "Urdu"],
                area="West Yorkshire",
                remote=True,
                capacity=3,
                availability="Weekday afternoons",
                accept_code=True,
            ),
        )
        people_services.mentor_vet(
            profile=profile,
            vetting=people_services.Vetting(
                identity_checked_on=today,
                check_kind="dbs",
                check_done_on=today,
                supervisor=facilitator,
                vetting_expires_on=today + timedelta(days=365),
            ),
            actor=User.objects.get(email=f"admin@{DEMO_DOMAIN}"),
        )
    first = Business.objects.get(name=DEMO_BUSINESSES[0].name)
    if not first.help_requests.exists():
        planned = people_selectors.plan_actions(business=first)[:2]
        people_services.help_request_create(
            business=first,
            action_ids=[p.action.id for p in planned],
            needs=people_selectors.needs_of(planned),
            language="",
            remote_ok=True,
            actor=first.memberships.get().user,
        )
        people_services.matching_run()
    if not LearningSet.objects.filter(facilitator=facilitator).exists():
        learning_set = people_services.learning_set_create(
            name="Yorkshire owners' set", facilitator=facilitator, sector="", area=""
        )
        for number, display_name in DEMO_SET_MEMBERS.items():
            joining = Business.objects.get(name=DEMO_BUSINESSES[number - 1].name)
            people_services.learning_set_join(
                business=joining,
                code=learning_set.join_code,
                display_name=display_name,
                share_progress=number != 5,
                actor=joining.memberships.get().user,
            )
        starts = timezone.now().replace(hour=18, minute=0, second=0, microsecond=0)
        people_services.meeting_schedule(
            learning_set=learning_set,
            starts_at=starts + timedelta(days=7),
            ends_at=starts + timedelta(days=7, hours=2),
            place="Leeds Central Library, meeting room 2",
        )
