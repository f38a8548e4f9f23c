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

import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum, auto
from typing import TYPE_CHECKING, Any, Protocol
from uuid import UUID

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import URLPattern, URLResolver, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext

from smeshield.domain.roles import BusinessRole, ConsentScope, Role

if TYPE_CHECKING:
    from smeshield.accounts.models import User
    from smeshield.businesses.models import Business, Membership

TWO_FACTOR_SESSION_KEY = "two_factor_user"
MIN_REASON_LENGTH = 10
MAX_REASON_LENGTH = 300


class SignedInRequest(HttpRequest):
    """What a view behind a signed-in policy receives: a real user, and the decision."""

    user: User
    access: Decision


def signed_in_user(request: HttpRequest) -> User:
    """The signed-in person; call only after a policy has required sign-in."""
    from smeshield.accounts.models import User

    user = request.user
    if not isinstance(user, User):
        raise PermissionDenied
    return user


def permitted_business(request: HttpRequest) -> Business:
    """The business the policy allowed this request to see (404 if there is none)."""
    decision: Decision | None = getattr(request, "access", None)
    if decision is None or decision.business is None:
        raise Http404
    return decision.business


class Outcome(Enum):
    ALLOW = auto()
    SIGN_IN = auto()  # not signed in: go to the sign-in page
    TWO_FACTOR = auto()  # staff without a verified second factor this session
    REASON = auto()  # admin support access: state a reason first
    FORBIDDEN = auto()  # signed in, but this page is not for their role (403)
    NOT_FOUND = auto()  # an object they may not see: answer as if it did not exist


@dataclass(frozen=True, slots=True)
class Decision:
    """The answer to "may this request go ahead?".

    ``grounds`` is recorded in the audit trail; ``explanation`` is shown to the person.
    """

    outcome: Outcome
    grounds: str = ""
    business: Business | None = None
    audit_read: bool = False
    explanation: str = ""

    @property
    def allowed(self) -> bool:
        return self.outcome is Outcome.ALLOW


ALLOW = Decision(Outcome.ALLOW, "public")
SIGN_IN = Decision(Outcome.SIGN_IN)
TWO_FACTOR = Decision(Outcome.TWO_FACTOR)
FORBIDDEN = Decision(Outcome.FORBIDDEN)
NOT_FOUND = Decision(Outcome.NOT_FOUND)


def has_second_factor(request: HttpRequest) -> bool:
    """True when this session's person proved a second factor after signing in."""
    user = request.user
    return bool(
        user.is_authenticated and request.session.get(TWO_FACTOR_SESSION_KEY) == str(user.pk)
    )


def _signed_in(request: HttpRequest, *, exempt_two_factor: bool = False) -> Decision | None:
    """None when signed in with every factor their role needs; else the refusal."""
    user = request.user
    if not user.is_authenticated or not user.is_active:
        return SIGN_IN
    if user.is_staff_role and not exempt_two_factor and not has_second_factor(request):
        return TWO_FACTOR
    return None


class Policy(Protocol):
    @property
    def name(self) -> str: ...

    def decide(self, request: HttpRequest, kwargs: Mapping[str, Any]) -> Decision: ...


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
    from smeshield.businesses.models import Business

    if not isinstance(business_id, UUID):
        return None
    return (
        Business.objects.select_related("district").filter(pk=business_id, is_active=True).first()
    )


def _membership(user: User, business_id: object) -> Membership | None:
    """The person's membership of an active business, with the business (one query)."""
    from smeshield.businesses.models import Membership

    if not isinstance(business_id, UUID):
        return None
    return (
        Membership.objects.select_related("business__district")
        .filter(business_id=business_id, business__is_active=True, user_id=user.pk)
        .first()
    )


def membership_role(user: User, business: Business) -> BusinessRole | None:
    """The person's role in the business, or None when they are not a member."""
    role = (
        business.memberships.filter(user_id=user.pk, user__is_active=True)
        .values_list("role", flat=True)
        .first()
    )
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
        membership = _membership(signed_in_user(request), kwargs.get("business_id"))
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
    from smeshield.businesses.models import ConsentRecord

    consent = (
        ConsentRecord.objects.filter(
            business=business,
            scope=ConsentScope.NAMED_PARTNER,
            withdrawal__isnull=True,
            partner__is_active=True,
            partner__memberships__user_id=user.pk,
        )
        .values_list("id", flat=True)
        .first()
    )
    return f"consent {consent}" if consent else None


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
        from smeshield.incidents.models import IncidentShare

        refusal = _signed_in(request)
        if refusal:
            return refusal
        user = signed_in_user(request)
        incident_id = kwargs.get("incident_id")
        if user.role_enum is not Role.POLICE or not isinstance(incident_id, UUID):
            return NOT_FOUND
        share = (
            IncidentShare.objects.select_related("incident__business__district")
            .filter(
                incident_id=incident_id,
                incident__business__is_active=True,
                partner__is_active=True,
                partner__memberships__user_id=user.pk,
            )
            .first()
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
        from smeshield.businesses.models import PartnerKind

        refusal = _signed_in(request)
        if refusal:
            return refusal
        user = signed_in_user(request)
        if user.role_enum is Role.POLICE:
            return Decision(Outcome.ALLOW, "role police")
        if (
            user.role_enum is Role.PARTNER
            and user.partner_organisations.filter(
                kind=PartnerKind.CYBER_RESILIENCE_CENTRE, is_active=True
            ).exists()
        ):
            return Decision(Outcome.ALLOW, "Cyber Resilience Centre staff")
        return FORBIDDEN


@dataclass(frozen=True)
class MentorOfMentorship:
    """The mentor of the mentorship in the URL (``mentorship_id``). The page shows the
    business's name (a read of its data, audited); its plan only while it consents."""

    name: str = "mentor_of_mentorship"

    def decide(self, request: HttpRequest, kwargs: Mapping[str, Any]) -> Decision:
        from smeshield.people.models import Mentorship

        refusal = _signed_in(request)
        if refusal:
            return refusal
        user = signed_in_user(request)
        mentorship_id = kwargs.get("mentorship_id")
        if user.role_enum is not Role.MENTOR or not isinstance(mentorship_id, UUID):
            return NOT_FOUND
        mentorship = (
            Mentorship.objects.select_related("business__district")
            .filter(pk=mentorship_id, mentor__user_id=user.pk, business__is_active=True)
            .first()
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
        from smeshield.people.models import MentoringSession

        refusal = _signed_in(request)
        if refusal:
            return refusal
        session_id = kwargs.get("session_id")
        if not isinstance(session_id, UUID):
            return NOT_FOUND
        session = (
            MentoringSession.objects.select_related("mentorship__business")
            .filter(pk=session_id, mentorship__mentor__supervisor_id=signed_in_user(request).pk)
            .first()
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
        from smeshield.people.models import LearningSet

        refusal = _signed_in(request)
        if refusal:
            return refusal
        user = signed_in_user(request)
        set_id = kwargs.get("set_id")
        if user.role_enum is not Role.FACILITATOR or not isinstance(set_id, UUID):
            return NOT_FOUND
        if not LearningSet.objects.filter(pk=set_id, facilitator_id=user.pk).exists():
            return NOT_FOUND
        return Decision(Outcome.ALLOW, f"facilitator of set {set_id}")


# --- Policies in use: URL declarations name these -----------------------------
PUBLIC = Public()
SIGNED_IN = SignedIn()
SIGNED_IN_ONE_FACTOR = SignedIn(name="signed_in_one_factor", exempt_two_factor=True)
BUSINESS_PERSON = HasRole(frozenset({Role.BUSINESS}), name="business_person")
ANY_STAFF = HasRole(frozenset(r for r in Role if r.is_staff_role), name="any_staff")
ADMIN_ONLY = HasRole(frozenset({Role.ADMIN}), name="admin_only")
BUSINESS_MEMBER = BusinessMember()
BUSINESS_OWNER = BusinessMember(owner_only=True, name="business_owner")
BUSINESS_VIEWER = BusinessViewer()
POLICE_ONLY = HasRole(frozenset({Role.POLICE}), name="police_only")
SHARED_INCIDENT_VIEWER = SharedIncidentViewer()
ALERT_AUTHOR = AlertAuthor()
INSIGHTS_VIEWER = HasRole(
    frozenset({Role.POLICE, Role.PARTNER, Role.RESEARCHER, Role.ADMIN}), name="insights_viewer"
)
RESEARCHER_ONLY = HasRole(frozenset({Role.RESEARCHER}), name="researcher_only")
MENTOR_ONLY = HasRole(frozenset({Role.MENTOR}), name="mentor_only")
FACILITATOR_ONLY = HasRole(frozenset({Role.FACILITATOR}), name="facilitator_only")
SUPERVISOR_ROLE = HasRole(frozenset({Role.FACILITATOR, Role.ADMIN}), name="supervisor_role")
WHAT_WORKS_VIEWER = HasRole(
    frozenset({Role.FACILITATOR, Role.RESEARCHER, Role.ADMIN}), name="what_works_viewer"
)
MENTOR_OF_MENTORSHIP = MentorOfMentorship()
SUPERVISOR_OF_SESSION = SupervisorOfSession()
SET_FACILITATOR = SetFacilitator()


@dataclass(frozen=True)
class ApiToken:
    """API endpoints: a partner integration's bearer token decides (see ``smeshield.api``)."""

    name: str = "api_token"

    def decide(self, request: HttpRequest, kwargs: Mapping[str, Any]) -> Decision:
        return Decision(Outcome.ALLOW, "checked by the API's token authentication")


API_TOKEN = ApiToken()
API_PUBLIC = Public(name="api_public")


# --- Enforcement ----------------------------------------------------------------
def _audit_read(request: HttpRequest, decision: Decision) -> None:
    from smeshield.audit.services import business_read_record

    if decision.business is None:  # a read that cannot be audited is refused
        raise PermissionDenied
    business_read_record(
        actor=signed_in_user(request),
        business_id=decision.business.pk,
        grounds=decision.grounds,
        request=request,
    )


def _refuse(request: HttpRequest, decision: Decision) -> HttpResponse:
    if decision.outcome is Outcome.SIGN_IN:
        return redirect_to_login(request.get_full_path())
    if decision.outcome is Outcome.TWO_FACTOR:
        query = urlencode({"next": request.get_full_path()})
        return HttpResponseRedirect(f"{reverse('two_factor')}?{query}")
    if decision.outcome is Outcome.REASON:
        return TemplateResponse(
            request,
            "access/reason.html",
            {"business": decision.business, "min_length": MIN_REASON_LENGTH},
        )
    if decision.outcome is Outcome.FORBIDDEN:
        raise PermissionDenied
    raise Http404


def enforce(request: HttpRequest, chosen: Policy, kwargs: Mapping[str, Any]) -> HttpResponse | None:
    """Apply a policy: None to go ahead (with ``request.access`` set), else the refusal."""
    decision = chosen.decide(request, kwargs)
    if not decision.allowed:
        return _refuse(request, decision)
    request.access = decision  # type: ignore[attr-defined]
    if decision.audit_read:
        _audit_read(request, decision)
    return None


ViewFunc = Callable[..., HttpResponse]


def policy(chosen: Policy) -> Callable[[ViewFunc], ViewFunc]:
    """Declare and enforce the access policy of a view."""

    def decorate(view: ViewFunc) -> ViewFunc:
        @functools.wraps(view)
        def enforced(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            refusal = enforce(request, chosen, kwargs)
            if refusal is not None:
                return refusal
            return view(request, *args, **kwargs)

        enforced.access_policy = chosen  # type: ignore[attr-defined]
        for attribute in ("csrf_exempt", "login_required"):
            if hasattr(view, attribute):
                setattr(enforced, attribute, getattr(view, attribute))
        return enforced

    return decorate


def with_policy(
    patterns: Iterable[URLPattern | URLResolver], chosen: Policy
) -> list[URLPattern | URLResolver]:
    """Wrap every view in a third-party URL list (admin, allauth, API) with one policy."""
    wrapped: list[URLPattern | URLResolver] = []
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            with_policy(pattern.url_patterns, chosen)
        elif getattr(pattern.callback, "access_policy", None) is None:
            pattern.callback = policy(chosen)(pattern.callback)
        wrapped.append(pattern)
    return wrapped


def declared_policy(view: Callable[..., Any]) -> Policy | None:
    """The policy a view declared, or None (the URL walk test fails on None)."""
    return getattr(view, "access_policy", None)
