"""Factories for test data. Every free-text field carries a canary (SECURITY.md intro),
so tests can grep responses, logs and dumps for data that must not be there."""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta
from typing import Any

import factory
from allauth.mfa.models import Authenticator
from django.utils import timezone
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
from smeshield.people.models import (
    HelpRequest,
    LearningSet,
    MentoringSession,
    MentorProfile,
    Mentorship,
    SetMeeting,
    SetMember,
)


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


def passkey_credential() -> dict[str, Any]:
    """A WebAuthn registration response as a browser sends it: a fresh P-256 key, "none"
    attestation, for localhost. allauth parses it whenever it lists the person's keys."""
    from cryptography.hazmat.primitives.asymmetric import ec
    from fido2.cose import ES256
    from fido2.utils import sha256, websafe_encode
    from fido2.webauthn import (
        Aaguid,
        AttestationObject,
        AttestedCredentialData,
        AuthenticatorData,
        CollectedClientData,
    )

    credential_id = uuid.uuid4().bytes
    public_key = ES256.from_cryptography_key(ec.generate_private_key(ec.SECP256R1()).public_key())
    auth_data = AuthenticatorData.create(
        sha256(b"localhost"),
        AuthenticatorData.FLAG.UP | AuthenticatorData.FLAG.AT,
        0,
        AttestedCredentialData.create(Aaguid.NONE, credential_id, public_key),
    )
    client_data = CollectedClientData.create(
        type="webauthn.create", challenge=uuid.uuid4().bytes, origin="http://localhost"
    )
    return {
        "id": websafe_encode(credential_id),
        "rawId": websafe_encode(credential_id),
        "type": "public-key",
        "response": {
            "clientDataJSON": websafe_encode(client_data),
            "attestationObject": websafe_encode(AttestationObject.create("none", auth_data, {})),
        },
        "clientExtensionResults": {},
    }


class PasskeyFactory(DjangoModelFactory[Authenticator]):
    """A passkey as allauth stores one (the credential is not checked until it is used)."""

    class Meta:
        model = Authenticator

    class Params:
        name = factory.Sequence(lambda n: f"Passkey {n}")

    user = factory.SubFactory(UserFactory, role=Role.POLICE)
    type = Authenticator.Type.WEBAUTHN
    data = factory.LazyAttribute(lambda o: {"name": o.name, "credential": passkey_credential()})


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
    reason = factory.LazyFunction(
        lambda: {"code": "alerts.uses_product", "params": {"name": "Fortinet FortiGate firewall"}}
    )
    identity_id = "fortinet:fortios"
    due_on = factory.LazyFunction(lambda: date.today() + timedelta(days=14))  # noqa: DTZ011


class MentorProfileFactory(DjangoModelFactory[MentorProfile]):
    """A mentor with every vetting check done and in date (pass fields to undo one)."""

    class Meta:
        model = MentorProfile

    user = factory.SubFactory(UserFactory, role=Role.MENTOR)
    kind = "student"
    skills = factory.LazyFunction(lambda: ["backups", "firewalls", "passwords"])
    languages = factory.LazyFunction(lambda: ["English"])
    area = "West Yorkshire"
    remote = True
    capacity = 2
    identity_checked_on = factory.LazyFunction(date.today)
    check_kind = "reference"
    check_done_on = factory.LazyFunction(date.today)
    supervisor = factory.SubFactory(UserFactory, role=Role.FACILITATOR)
    code_accepted_on = factory.LazyFunction(date.today)
    vetting_expires_on = factory.LazyFunction(lambda: date.today() + timedelta(days=365))  # noqa: DTZ011


class HelpRequestFactory(DjangoModelFactory[HelpRequest]):
    class Meta:
        model = HelpRequest

    business = factory.SubFactory(BusinessFactory)
    action_ids = factory.LazyFunction(lambda: ["change-router-password"])
    needs = factory.LazyFunction(lambda: ["firewalls"])
    created_by = factory.SubFactory(UserFactory)


class MentorshipFactory(DjangoModelFactory[Mentorship]):
    class Meta:
        model = Mentorship

    request = factory.SubFactory(HelpRequestFactory, status="matched")
    business = factory.SelfAttribute("request.business")
    mentor = factory.SubFactory(MentorProfileFactory)
    fit = 12
    reasons = factory.LazyFunction(
        lambda: [
            {
                "code": "mentoring.knows_about",
                "params": {
                    "skills": [{"code": "mentoring.skill", "params": {"name": "Firewalls"}}]
                },
            }
        ]
    )


class MentoringSessionFactory(DjangoModelFactory[MentoringSession]):
    class Meta:
        model = MentoringSession

    mentorship = factory.SubFactory(MentorshipFactory)
    held_on = factory.LazyFunction(date.today)
    topic = factory.LazyFunction(lambda: canary("topic"))
    hours = 1
    logged_by = factory.SelfAttribute("mentorship.mentor.user")


class LearningSetFactory(DjangoModelFactory[LearningSet]):
    class Meta:
        model = LearningSet

    name = factory.Sequence(lambda n: f"Learning set {n}")
    facilitator = factory.SubFactory(UserFactory, role=Role.FACILITATOR)
    join_code = factory.Sequence(lambda n: f"SET{n:05d}")


class SetMemberFactory(DjangoModelFactory[SetMember]):
    class Meta:
        model = SetMember

    learning_set = factory.SubFactory(LearningSetFactory)
    business = factory.SubFactory(BusinessFactory)
    display_name = factory.Sequence(lambda n: f"Member {n}")


class SetMeetingFactory(DjangoModelFactory[SetMeeting]):
    class Meta:
        model = SetMeeting

    learning_set = factory.SubFactory(LearningSetFactory)
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=2))
    place = "Leeds Central Library"
