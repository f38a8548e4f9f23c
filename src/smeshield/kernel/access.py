"""The access-policy mechanism: how a view names its policy and how a decision is enforced.

The decisions themselves are in ``smeshield.access.policy`` (ARCHITECTURE.md section 4;
SECURITY.md S1-S6), which registers one decider under each ``PolicyName`` when the
``access`` app is ready. A view only names the policy it needs::

    @policy(PolicyName.BUSINESS_MEMBER)
    def home(request, business_id): ...

so an app never imports the layer that decides. A name nobody registered is refused
(a system check at start-up, a test, and a 500 at request time: never an open door).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum, StrEnum, auto
from typing import TYPE_CHECKING, Any, Protocol

from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import URLPattern, URLResolver, reverse
from django.utils.http import urlencode

if TYPE_CHECKING:
    from smeshield.accounts.models import User
    from smeshield.businesses.models import Business

MIN_REASON_LENGTH = 10
MAX_REASON_LENGTH = 300


class PolicyName(StrEnum):
    """Every policy a view or API operation may name; ``access`` decides each one."""

    PUBLIC = "public"
    SIGNED_IN = "signed_in"
    SIGNED_IN_ONE_FACTOR = "signed_in_one_factor"
    STAFF_SECOND_FACTOR_SETUP = "staff_second_factor_setup"  # set up while none, else proved
    STAFF_SECOND_FACTOR_PROOF = "staff_second_factor_proof"  # prove the factor they have
    BUSINESS_PERSON = "business_person"
    ANY_STAFF = "any_staff"
    ADMIN_ONLY = "admin_only"
    BUSINESS_MEMBER = "business_member"
    BUSINESS_OWNER = "business_owner"
    BUSINESS_VIEWER = "business_viewer"
    POLICE_ONLY = "police_only"
    SHARED_INCIDENT_VIEWER = "shared_incident_viewer"
    ALERT_AUTHOR = "alert_author"
    INSIGHTS_VIEWER = "insights_viewer"
    RESEARCHER_ONLY = "researcher_only"
    MENTOR_ONLY = "mentor_only"
    FACILITATOR_ONLY = "facilitator_only"
    SUPERVISOR_ROLE = "supervisor_role"
    WHAT_WORKS_VIEWER = "what_works_viewer"
    MENTOR_OF_MENTORSHIP = "mentor_of_mentorship"
    SUPERVISOR_OF_SESSION = "supervisor_of_session"
    SET_FACILITATOR = "set_facilitator"
    API_TOKEN = "api_token"  # noqa: S105 - a policy name, not a secret
    API_PUBLIC = "api_public"
    # Decisions inside a request that already passed its URL policy:
    SHARED_BUSINESS_VIEWER = "shared_business_viewer"  # staff who see businesses sharing
    API_BUSINESS = "api_business"  # the business a bearer token may act for
    API_INSIGHTS_READER = "api_insights_reader"  # a token whose person may read insights
    STAFF_OWN_PASSKEY = "staff_own_passkey"  # staff at one of their own passkeys (passkey_id)
    # Rules about one object, asked with ``permits(name, **facts)`` (no request needed):
    MENTOR_SEES_PLAN = "mentor_sees_plan"  # mentorship: its mentor may see the plan now
    STAFF_ACCOUNT = "staff_account"  # user: second factor, session limits, staff API tokens
    SECOND_FACTOR_REMOVABLE = "second_factor_removable"  # authenticator: may go, S6 kept
    API_TOKEN_FOR_BUSINESS = "api_token_for_business"  # noqa: S105 - user, business: owner


class SignedInRequest(HttpRequest):
    """What a view behind a signed-in policy receives: a real user, and the decision."""

    user: User
    access: Decision


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


class Policy(Protocol):
    @property
    def name(self) -> str: ...

    def decide(self, request: HttpRequest, kwargs: Mapping[str, Any]) -> Decision: ...


ReadAuditor = Callable[[HttpRequest, Decision], None]


Rule = Callable[..., bool]


class _Registry:
    """The deciders and rules by name, and who writes the audit entry of an allowed read."""

    def __init__(self) -> None:
        self.deciders: dict[str, Policy] = {}
        self.rules: dict[str, Rule] = {}
        self.read_auditor: ReadAuditor | None = None


_registry = _Registry()


def register(name: PolicyName, decider: Policy) -> None:
    """Register the decider of one policy (``access`` does this in ``AppConfig.ready``)."""
    if decider.name != name.value:
        raise ImproperlyConfigured(f"policy {name.value!r} registered as {decider.name!r}")
    _registry.deciders[name.value] = decider


def register_rule(name: PolicyName, rule: Rule) -> None:
    """Register a rule about one object (``permits(name, **facts)``)."""
    _registry.rules[name.value] = rule


def permits(name: PolicyName, **facts: Any) -> bool:
    """Ask a registered rule about one object, e.g. ``permits(MENTOR_SEES_PLAN, mentorship=m)``."""
    rule = _registry.rules.get(name.value)
    if rule is None:
        raise ImproperlyConfigured(f"no rule registered for {name.value!r}")
    return rule(**facts)


def register_read_auditor(auditor: ReadAuditor) -> None:
    """Who records a non-member's read of a business (``access`` registers the audit)."""
    _registry.read_auditor = auditor


def registered(name: str) -> Policy | None:
    return _registry.deciders.get(name)


def unregistered_names() -> list[str]:
    """Policy names no app has registered a decider for (the system check lists them)."""
    known = _registry.deciders.keys() | _registry.rules.keys()
    return [name.value for name in PolicyName if name.value not in known]


def decider(name: PolicyName) -> Policy:
    found = _registry.deciders.get(name.value)
    if found is None:
        raise ImproperlyConfigured(f"no decider registered for the policy {name.value!r}")
    return found


def decide(name: PolicyName, request: HttpRequest, **kwargs: Any) -> Decision:
    """Ask one policy for its decision, without enforcing it (for choices inside a page)."""
    return decider(name).decide(request, kwargs)


def allows(name: PolicyName, request: HttpRequest, **kwargs: Any) -> bool:
    return decide(name, request, **kwargs).allowed


def signed_in_user(request: HttpRequest) -> User:
    """The signed-in person; call only after a policy has required sign-in."""
    user = request.user
    if not isinstance(user, get_user_model()):
        raise PermissionDenied
    return user


def permitted_business(request: HttpRequest) -> Business:
    """The business the policy allowed this request to see (404 if there is none)."""
    decision: Decision | None = getattr(request, "access", None)
    if decision is None or decision.business is None:
        raise Http404
    return decision.business


def has_second_factor(request: HttpRequest) -> bool:
    """True when this session's person proved a second factor after signing in.

    allauth's mfa app records each factor used in the session (method ``"mfa"``:
    an authenticator app code, a passkey or a recovery code, at sign-in, when
    setting one up, or when asked again); the records are tied to the person.
    """
    from allauth.account.authentication import get_authentication_records

    user = request.user
    if not user.is_authenticated:
        return False
    return any(
        record.get("method") == "mfa" for record in get_authentication_records(request, user)
    )


# --- Enforcement ----------------------------------------------------------------
def _audit_read(request: HttpRequest, decision: Decision) -> None:
    if _registry.read_auditor is None:
        raise ImproperlyConfigured("a read needs an audit entry, but no auditor is registered")
    _registry.read_auditor(request, decision)


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


def enforce(
    request: HttpRequest, name: PolicyName, kwargs: Mapping[str, Any]
) -> HttpResponse | None:
    """Apply a policy: None to go ahead (with ``request.access`` set), else the refusal."""
    decision = decider(name).decide(request, kwargs)
    if not decision.allowed:
        return _refuse(request, decision)
    request.access = decision  # type: ignore[attr-defined]
    if decision.audit_read:
        _audit_read(request, decision)
    return None


ViewFunc = Callable[..., HttpResponse]


def policy(name: PolicyName) -> Callable[[ViewFunc], ViewFunc]:
    """Declare and enforce the access policy of a view, by name."""
    if not isinstance(name, PolicyName):
        raise TypeError(f"policy() takes a PolicyName, not {name!r}")

    def decorate(view: ViewFunc) -> ViewFunc:
        @functools.wraps(view)
        def enforced(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            refusal = enforce(request, name, kwargs)
            if refusal is not None:
                return refusal
            return view(request, *args, **kwargs)

        enforced.access_policy = name  # type: ignore[attr-defined]
        for attribute in ("csrf_exempt", "login_required"):
            if hasattr(view, attribute):
                setattr(enforced, attribute, getattr(view, attribute))
        return enforced

    return decorate


def with_policy(
    patterns: Iterable[URLPattern | URLResolver], name: PolicyName
) -> list[URLPattern | URLResolver]:
    """Wrap every view in a third-party URL list (admin, allauth, API) with one policy."""
    wrapped: list[URLPattern | URLResolver] = []
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            with_policy(pattern.url_patterns, name)
        elif getattr(pattern.callback, "access_policy", None) is None:
            pattern.callback = policy(name)(pattern.callback)
        wrapped.append(pattern)
    return wrapped


def declared_name(view: Callable[..., Any]) -> PolicyName | None:
    """The policy name a view declared, or None."""
    return getattr(view, "access_policy", None)


def declared_policy(view: Callable[..., Any]) -> Policy | None:
    """The registered decider of the policy a view declared, or None (the URL walk test
    fails on None, whether the view named no policy or one nobody registered)."""
    name = declared_name(view)
    return None if name is None else registered(name.value)
