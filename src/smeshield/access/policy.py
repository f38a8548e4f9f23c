"""The one access policy (ARCHITECTURE.md section 4; SECURITY.md S1-S6).

Every URL is wrapped with ``@policy(...)`` (or ``with_policy`` for third-party
URL lists); a test walks the URL resolver and fails on any URL without one.
Each policy answers one question, "may this request go ahead?", with a
``Decision``. Refusals never say more than they must: an object a person may not
see answers exactly like one that does not exist (404).

Reads of a business's data by someone who is not its member are allowed only
with grounds (admin support with a stated reason, or the business's consent)
and each such read writes one audit entry.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from uuid import UUID

from django.http import HttpRequest
from django.utils.translation import gettext

from smeshield.businesses import selectors as businesses_selectors
from smeshield.domain.roles import BusinessRole, Role
from smeshield.incidents import selectors as incidents_selectors
from smeshield.kernel.access import (
    ALLOW,
    FORBIDDEN,
    MAX_REASON_LENGTH,
    MIN_REASON_LENGTH,
    NOT_FOUND,
    SIGN_IN,
    TWO_FACTOR,
    Decision,
    Outcome,
    Policy,
    PolicyName,
    has_second_factor,
    register,
    register_read_auditor,
    register_rule,
    signed_in_user,
)
from smeshield.kernel.tokens import token_of
from smeshield.people import selectors as people_selectors

if TYPE_CHECKING:
    from smeshield.accounts.models import User
    from smeshield.businesses.models import Business


def _signed_in(request: HttpRequest, *, exempt_two_factor: bool = False) -> Decision | None:
    """None when signed in with every factor their role needs; else the refusal."""
    user = request.user
    if not user.is_authenticated or not user.is_active:
        return SIGN_IN
    if user.is_staff_role and not exempt_two_factor and not has_second_factor(request):
        return TWO_FACTOR
    return None


@dataclass(frozen=True)
class Public:
    """Anyone, signed in or not."""

    name: str = "public"

    def decide(self, request: HttpRequest, kwargs: Mapping[str, Any]) -> Decision:
        return ALLOW


@dataclass(frozen=True)
class SignedIn:
    """Anyone signed in; staff roles also need their second factor (unless exempt)."""

    name: str = "signed_in"
    exempt_two_factor: bool = False

    def decide(self, request: HttpRequest, kwargs: Mapping[str, Any]) -> Decision:
        return _signed_in(request, exempt_two_factor=self.exempt_two_factor) or Decision(
            Outcome.ALLOW, "signed in"
        )


@dataclass(frozen=True)
class HasRole:
    """Signed in with one of these roles (staff roles with their second factor)."""

    roles: frozenset[Role]
    name: str = "role"

    def decide(self, request: HttpRequest, kwargs: Mapping[str, Any]) -> Decision:
        refusal = _signed_in(request)
        if refusal:
            return refusal
        role = signed_in_user(request).role_enum
        if role not in self.roles:
            return FORBIDDEN
        return Decision(Outcome.ALLOW, f"role {role}")


def _active_business(business_id: object) -> Business | None:
    return businesses_selectors.active_business(business_id=business_id)


def membership_role(user: User, business: Business) -> BusinessRole | None:
    """The person's role in the business, or None when they are not a member."""
    role = businesses_selectors.member_role(user_id=user.pk, business=business)
    return BusinessRole(role) if role else None


@dataclass(frozen=True)
class BusinessMember:
    """A member of the business named in the URL (``business_id``); owners only if asked."""

    owner_only: bool = False
    name: str = "business_member"

    def decide(self, request: HttpRequest, kwargs: Mapping[str, Any]) -> Decision:
        refusal = _signed_in(request)
        if refusal:
            return refusal
        membership = businesses_selectors.membership_in_active_business(
            user_id=signed_in_user(request).pk, business_id=kwargs.get("business_id")
        )
        if membership is None:
            return NOT_FOUND  # no such business, or not theirs: the same answer
        role = BusinessRole(membership.role)
        if self.owner_only and role is not BusinessRole.OWNER:
            return NOT_FOUND
        return Decision(Outcome.ALLOW, f"member ({role})", business=membership.business)


def api_business(
    token_user: User, token_business_id: UUID | None, business_id: object
) -> Business | None:
    """The business an API token may act for: its member's own, and (for a business's
    token) only that business. None answers 404, exactly like a missing business."""
    business = _active_business(business_id)
    if business is None or (token_business_id is not None and token_business_id != business.pk):
        return None
    return business if membership_role(token_user, business) is not None else None


def consent_grounds(user: User, business: Business) -> str | None:
    """Grounds on which a partner organisation's member may see this business, if any.

    The business must have an active (not withdrawn) consent naming one of the
    person's organisations.
    """
    consent = businesses_selectors.named_partner_consent_id(business=business, user_id=user.pk)
    return f"consent {consent}" if consent else None


def consent_grounds_for(user: User, business_ids: Sequence[UUID]) -> dict[UUID, str]:
    """``consent_grounds`` for many businesses in one query: business id -> grounds."""
    found = businesses_selectors.named_partner_consent_ids(
        business_ids=business_ids, user_id=user.pk
    )
    return {business_id: f"consent {consent}" for business_id, consent in found.items()}


def support_reason(request: HttpRequest) -> str | None:
    reason = " ".join(request.GET.get("reason", "").split())
    if MIN_REASON_LENGTH <= len(reason) <= MAX_REASON_LENGTH:
        return reason
    return None


@dataclass(frozen=True)
class BusinessViewer:
    """Staff who may see one business's data: admins giving a reason, or partners with consent.

    Police and partner staff see a business only while it shares with their
    organisation. Admins must state why. Every such read is audited.
    """

    name: str = "business_viewer"

    def decide(self, request: HttpRequest, kwargs: Mapping[str, Any]) -> Decision:
        refusal = _signed_in(request)
        if refusal:
            return refusal
        user = signed_in_user(request)
        business = _active_business(kwargs.get("business_id"))
        if business is None:
            return NOT_FOUND
        if user.role_enum is Role.ADMIN:
            reason = support_reason(request)
            if reason is None:
                return Decision(Outcome.REASON, business=business)
            return Decision(
                Outcome.ALLOW,
                f"admin support: {reason}",
                business,
                audit_read=True,
                explanation=gettext("You gave this reason: %(reason)s") % {"reason": reason},
            )
        if user.role_enum in {Role.POLICE, Role.PARTNER}:
            grounds = consent_grounds(user, business)
            if grounds:
                return Decision(
                    Outcome.ALLOW,
                    grounds,
                    business,
                    audit_read=True,
                    explanation=gettext("This business chose to share with your organisation."),
                )
        return NOT_FOUND


@dataclass(frozen=True)
class SharedIncidentViewer:
    """Police staff whose force a business sent an incident record to (``incident_id``).

    The business agreed to send it; every read is audited against that business.
    Anyone else, and any record not sent to their force, gets 404.
    """

    name: str = "shared_incident_viewer"

    def decide(self, request: HttpRequest, kwargs: Mapping[str, Any]) -> Decision:
        refusal = _signed_in(request)
        if refusal:
            return refusal
        user = signed_in_user(request)
        incident_id = kwargs.get("incident_id")
        if user.role_enum is not Role.POLICE:
            return NOT_FOUND
        share = incidents_selectors.share_to_partner_member(
            incident_id=incident_id, user_id=user.pk
        )
        if share is None:
            return NOT_FOUND
        return Decision(
            Outcome.ALLOW,
            f"incident shared {share.pk}",
            share.incident.business,
            audit_read=True,
            explanation=gettext("This business chose to send this record to your force."),
        )


@dataclass(frozen=True)
class AlertAuthor:
    """Staff who may write alerts for businesses: police, and Cyber Resilience Centre staff."""

    name: str = "alert_author"

    def decide(self, request: HttpRequest, kwargs: Mapping[str, Any]) -> Decision:
        refusal = _signed_in(request)
        if refusal:
            return refusal
        user = signed_in_user(request)
        if user.role_enum is Role.POLICE:
            return Decision(Outcome.ALLOW, "role police")
        if user.role_enum is Role.PARTNER and businesses_selectors.works_at_cyber_resilience_centre(
            user_id=user.pk
        ):
            return Decision(Outcome.ALLOW, "Cyber Resilience Centre staff")
        return FORBIDDEN


@dataclass(frozen=True)
class MentorOfMentorship:
    """The mentor of the mentorship in the URL (``mentorship_id``). The page shows the
    business's name (a read of its data, audited); its plan only while it consents."""

    name: str = "mentor_of_mentorship"

    def decide(self, request: HttpRequest, kwargs: Mapping[str, Any]) -> Decision:
        refusal = _signed_in(request)
        if refusal:
            return refusal
        user = signed_in_user(request)
        mentorship_id = kwargs.get("mentorship_id")
        if user.role_enum is not Role.MENTOR:
            return NOT_FOUND
        mentorship = people_selectors.mentorship_of_mentor(
            mentorship_id=mentorship_id, user_id=user.pk
        )
        if mentorship is None:
            return NOT_FOUND
        return Decision(
            Outcome.ALLOW,
            f"mentor of mentorship {mentorship.pk}",
            mentorship.business,
            audit_read=True,
            explanation=gettext("You are this business's mentor."),
        )


@dataclass(frozen=True)
class SupervisorOfSession:
    """The named supervisor of the mentor who logged the session in the URL (``session_id``)."""

    name: str = "supervisor_of_session"

    def decide(self, request: HttpRequest, kwargs: Mapping[str, Any]) -> Decision:
        refusal = _signed_in(request)
        if refusal:
            return refusal
        session_id = kwargs.get("session_id")
        session = people_selectors.session_for_supervisor(
            session_id=session_id, user_id=signed_in_user(request).pk
        )
        if session is None:
            return NOT_FOUND
        return Decision(
            Outcome.ALLOW,
            f"supervisor of session {session.pk}",
            session.mentorship.business,
            audit_read=True,
        )


@dataclass(frozen=True)
class SetFacilitator:
    """The facilitator who runs the learning set in the URL (``set_id``)."""

    name: str = "set_facilitator"

    def decide(self, request: HttpRequest, kwargs: Mapping[str, Any]) -> Decision:
        refusal = _signed_in(request)
        if refusal:
            return refusal
        user = signed_in_user(request)
        set_id = kwargs.get("set_id")
        if user.role_enum is not Role.FACILITATOR:
            return NOT_FOUND
        if not people_selectors.runs_set(set_id=set_id, user_id=user.pk):
            return NOT_FOUND
        return Decision(Outcome.ALLOW, f"facilitator of set {set_id}")


@dataclass(frozen=True)
class StaffSecondFactor:
    """Staff at their second-factor pages (allauth's mfa views).

    ``setup``: setting up an authenticator app or passkey, and their recovery codes.
    Allowed on the emailed code alone only while the person has no second factor
    yet (first sign-in); once they have one, this session must have proved it, so
    one factor can never add another authenticator (S6).
    Otherwise: proving the factor already set up, which one factor may do.
    Business people never see these pages: they sign in by emailed code only.
    """

    setup: bool
    name: str = "staff_second_factor"

    def decide(self, request: HttpRequest, kwargs: Mapping[str, Any]) -> Decision:
        from smeshield.accounts.selectors import has_enrolled_second_factor

        refusal = _signed_in(request, exempt_two_factor=True)
        if refusal:
            return refusal
        user = signed_in_user(request)
        if not user.is_staff_role:
            return FORBIDDEN
        if not self.setup or has_second_factor(request):
            return Decision(Outcome.ALLOW, "staff second factor")
        if has_enrolled_second_factor(user=user):
            return TWO_FACTOR
        return Decision(Outcome.ALLOW, "staff setting up a second factor")


@dataclass(frozen=True)
class StaffOwnPasskey:
    """Staff at one of their own passkeys (``passkey_id``), to rename or remove it.

    As for setting factors up (``StaffSecondFactor(setup=True)``): a session that has
    proved a second factor. Anyone else's passkey, or none, answers 404.
    """

    name: str = "staff_own_passkey"

    def decide(self, request: HttpRequest, kwargs: Mapping[str, Any]) -> Decision:
        from smeshield.accounts.selectors import passkey_of

        refusal = STAFF_SECOND_FACTOR_SETUP.decide(request, kwargs)
        if not refusal.allowed:
            return refusal
        user = signed_in_user(request)
        if passkey_of(user_id=user.pk, passkey_id=kwargs.get("passkey_id")) is None:
            return NOT_FOUND
        return Decision(Outcome.ALLOW, "staff at their own passkey")


# --- Policies in use: URL declarations name these -----------------------------
PUBLIC = Public()
SIGNED_IN = SignedIn()
SIGNED_IN_ONE_FACTOR = SignedIn(name="signed_in_one_factor", exempt_two_factor=True)
STAFF_SECOND_FACTOR_SETUP = StaffSecondFactor(setup=True, name="staff_second_factor_setup")
STAFF_SECOND_FACTOR_PROOF = StaffSecondFactor(setup=False, name="staff_second_factor_proof")
BUSINESS_PERSON = HasRole(frozenset({Role.BUSINESS}), name="business_person")
ANY_STAFF = HasRole(frozenset(r for r in Role if r.is_staff_role), name="any_staff")
ADMIN_ONLY = HasRole(frozenset({Role.ADMIN}), name="admin_only")
BUSINESS_MEMBER = BusinessMember()
BUSINESS_OWNER = BusinessMember(owner_only=True, name="business_owner")
BUSINESS_VIEWER = BusinessViewer()
POLICE_ONLY = HasRole(frozenset({Role.POLICE}), name="police_only")
SHARED_INCIDENT_VIEWER = SharedIncidentViewer()
ALERT_AUTHOR = AlertAuthor()
# Who may read insights, on the pages and through the API alike.
INSIGHTS_ROLES = frozenset({Role.POLICE, Role.PARTNER, Role.RESEARCHER, Role.ADMIN})
INSIGHTS_VIEWER = HasRole(INSIGHTS_ROLES, name="insights_viewer")
RESEARCHER_ONLY = HasRole(frozenset({Role.RESEARCHER}), name="researcher_only")
MENTOR_ONLY = HasRole(frozenset({Role.MENTOR}), name="mentor_only")
FACILITATOR_ONLY = HasRole(frozenset({Role.FACILITATOR}), name="facilitator_only")
SUPERVISOR_ROLE = HasRole(frozenset({Role.FACILITATOR, Role.ADMIN}), name="supervisor_role")
WHAT_WORKS_VIEWER = HasRole(
    frozenset({Role.FACILITATOR, Role.RESEARCHER, Role.ADMIN}), name="what_works_viewer"
)
# Police and partner staff: the businesses sharing with their organisation (each read
# of one of them still goes through BUSINESS_VIEWER).
SHARED_BUSINESS_VIEWER = HasRole(
    frozenset({Role.POLICE, Role.PARTNER}), name="shared_business_viewer"
)
MENTOR_OF_MENTORSHIP = MentorOfMentorship()
SUPERVISOR_OF_SESSION = SupervisorOfSession()
SET_FACILITATOR = SetFacilitator()
STAFF_OWN_PASSKEY = StaffOwnPasskey()


@dataclass(frozen=True)
class ApiToken:
    """API endpoints: a partner integration's bearer token decides (see ``smeshield.api``)."""

    name: str = "api_token"

    def decide(self, request: HttpRequest, kwargs: Mapping[str, Any]) -> Decision:
        return Decision(Outcome.ALLOW, "checked by the API's token authentication")


API_TOKEN = ApiToken()
API_PUBLIC = Public(name="api_public")


@dataclass(frozen=True)
class ApiBusiness:
    """Inside an API operation: the business (``business_id``) the bearer token may act for.

    Its person's own business, and for a business's own token only that business; any
    other answers 404, exactly like a missing business."""

    name: str = "api_business"

    def decide(self, request: HttpRequest, kwargs: Mapping[str, Any]) -> Decision:
        token = token_of(request)
        business = api_business(token.user, token.business_id, kwargs.get("business_id"))
        if business is None:
            return NOT_FOUND
        return Decision(Outcome.ALLOW, f"api token {token.pk}", business)


@dataclass(frozen=True)
class ApiTokenRole:
    """Inside an API operation: the token's person has one of these roles."""

    roles: frozenset[Role]
    name: str

    def decide(self, request: HttpRequest, kwargs: Mapping[str, Any]) -> Decision:
        role = token_of(request).user.role_enum
        if role not in self.roles:
            return FORBIDDEN
        return Decision(Outcome.ALLOW, f"api token role {role}")


API_BUSINESS = ApiBusiness()
API_INSIGHTS_READER = ApiTokenRole(INSIGHTS_ROLES, name="api_insights_reader")


# --- The audit entry of a non-member's read, and registering every decider --------------
def audit_read(request: HttpRequest, decision: Decision) -> None:
    from smeshield.audit.services import business_read_record

    if decision.business is None:
        raise ValueError("an audited read names the business it reads")
    business_read_record(
        actor=signed_in_user(request),
        business_id=decision.business.pk,
        grounds=decision.grounds,
        request=request,
    )


DECIDERS: dict[PolicyName, Policy] = {
    PolicyName(decider_.name): decider_
    for decider_ in (
        PUBLIC,
        SIGNED_IN,
        SIGNED_IN_ONE_FACTOR,
        STAFF_SECOND_FACTOR_SETUP,
        STAFF_SECOND_FACTOR_PROOF,
        BUSINESS_PERSON,
        ANY_STAFF,
        ADMIN_ONLY,
        BUSINESS_MEMBER,
        BUSINESS_OWNER,
        BUSINESS_VIEWER,
        POLICE_ONLY,
        SHARED_INCIDENT_VIEWER,
        ALERT_AUTHOR,
        INSIGHTS_VIEWER,
        RESEARCHER_ONLY,
        MENTOR_ONLY,
        FACILITATOR_ONLY,
        SUPERVISOR_ROLE,
        WHAT_WORKS_VIEWER,
        MENTOR_OF_MENTORSHIP,
        SUPERVISOR_OF_SESSION,
        SET_FACILITATOR,
        API_TOKEN,
        API_PUBLIC,
        API_BUSINESS,
        API_INSIGHTS_READER,
        SHARED_BUSINESS_VIEWER,
        STAFF_OWN_PASSKEY,
    )
}


# --- Rules about one object ------------------------------------------------------------------
def mentor_sees_plan(*, mentorship: Any) -> bool:
    """A mentor sees the business's plan (and name) only while the mentorship is active
    and the business consents to share with that mentor: nothing before or after."""
    return people_selectors.mentorship_is_active(mentorship) and people_selectors.mentor_consents(
        mentorship
    )


def staff_account(*, user: Any) -> bool:
    """Staff roles (SECURITY.md S6, S9): they sign in with a second factor, their sessions
    are limited, and they may hold a staff API token. Business people do none of that."""
    return bool(getattr(user, "is_authenticated", False)) and user.is_staff_role


def second_factor_removable(*, authenticator: Any) -> bool:
    """An authenticator may be removed unless it is a staff member's last authenticator
    app or passkey (S6: staff always keep a second factor; recovery codes do not count)."""
    from smeshield.accounts.selectors import other_second_factors_exist

    if not staff_account(user=authenticator.user):
        return True
    return other_second_factors_exist(user=authenticator.user, authenticator_id=authenticator.pk)


def api_token_for_business(*, user: Any, business: Any) -> bool:
    """Only an owner of a business makes that business's own API tokens."""
    return membership_role(user, business) is BusinessRole.OWNER


RULES: dict[PolicyName, Callable[..., bool]] = {
    PolicyName.MENTOR_SEES_PLAN: mentor_sees_plan,
    PolicyName.STAFF_ACCOUNT: staff_account,
    PolicyName.SECOND_FACTOR_REMOVABLE: second_factor_removable,
    PolicyName.API_TOKEN_FOR_BUSINESS: api_token_for_business,
}


def register_all() -> None:
    """Register every decider under its name (``AccessConfig.ready``)."""
    for name, decider_ in DECIDERS.items():
        register(name, decider_)
    for name, rule in RULES.items():
        register_rule(name, rule)
    register_read_auditor(audit_read)
