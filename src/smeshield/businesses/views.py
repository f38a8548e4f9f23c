"""Business pages: register, dashboard, sharing choices; and the staff view of a business."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from smeshield.audit.services import business_reads_record
from smeshield.businesses import selectors, services
from smeshield.businesses.forms import BusinessForm, SharePartnerForm
from smeshield.domain.roles import ConsentScope
from smeshield.kernel import hooks
from smeshield.kernel.access import PolicyName, SignedInRequest, allows, permitted_business, policy


@policy(PolicyName.SIGNED_IN)
@require_http_methods(["GET"])
def home(request: SignedInRequest) -> HttpResponse:
    """Send each person to their own starting page."""
    if allows(PolicyName.ANY_STAFF, request):
        return redirect("staff_home")
    business = selectors.businesses_of_member(user=request.user).first()
    if business is None:
        return redirect("business_register")
    return redirect("business_dashboard", business_id=business.pk)


@policy(PolicyName.BUSINESS_PERSON)
@require_http_methods(["GET", "POST"])
def register(request: SignedInRequest) -> HttpResponse:
    form = BusinessForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        assert form.district is not None  # noqa: S101
        business = services.business_register(
            owner=request.user,
            details=services.NewBusiness(
                name=form.cleaned_data["name"],
                postcode=form.cleaned_data["postcode"],
                district=form.district,
                sector=form.cleaned_data["sector"],
                size_band=form.size_band,
                share_statistics=form.cleaned_data["share_statistics"],
                sole_trader=form.cleaned_data["size"] == "sole",
            ),
            request=request,
        )
        messages.success(request, _("Your business is set up."))
        return redirect("business_dashboard", business_id=business.pk)
    status = 400 if form.errors else 200
    return render(request, "businesses/register.html", {"form": form}, status=status)


@policy(PolicyName.BUSINESS_MEMBER)
@require_http_methods(["GET"])
def dashboard(request: SignedInRequest, business_id: UUID) -> HttpResponse:
    business = permitted_business(request)
    consents = selectors.consents_of(business=business)
    active = [consent for consent in consents if not hasattr(consent, "withdrawal")]
    health = business.assessments.order_by("-number").first()
    first_done = business.assessments.filter(completed_at__isnull=False).order_by("number").first()
    return render(
        request,
        "businesses/dashboard.html",
        {
            "business": business,
            "active_consents": active,
            "health": health,
            "first_done": first_done,
            # Figures apps above this one contribute (alerts: how many are open).
            **{
                k: v
                for part in hooks.contributions(hooks.BUSINESS_HOME, business=business)
                for k, v in part.items()
            },
        },
    )


@policy(PolicyName.BUSINESS_OWNER)
@require_http_methods(["GET", "POST"])
def sharing(request: SignedInRequest, business_id: UUID) -> HttpResponse:
    """What the business shares, with whom; stop or start sharing."""
    business = permitted_business(request)
    form = SharePartnerForm(
        request.POST if request.method == "POST" else None,
        partners=selectors.partner_organisations_available(),
    )
    if request.method == "POST":
        if request.POST.get("scope") == ConsentScope.ANONYMISED_STATISTICS:
            services.consent_grant(
                business=business,
                scope=ConsentScope.ANONYMISED_STATISTICS,
                actor=request.user,
                request=request,
            )
            messages.success(request, _("You are now sharing anonymous statistics."))
            return redirect("business_sharing", business_id=business.pk)
        if form.is_valid():
            partner = form.cleaned_data["partner"]
            services.consent_grant(
                business=business,
                scope=ConsentScope.NAMED_PARTNER,
                partner=partner,
                actor=request.user,
                request=request,
            )
            messages.success(
                request, _("You are now sharing with %(name)s.") % {"name": partner.name}
            )
            return redirect("business_sharing", business_id=business.pk)
    consents = list(selectors.consents_of(business=business))
    context = {
        "business": business,
        "form": form,
        "active": [c for c in consents if not hasattr(c, "withdrawal")],
        "history": consents,
        "sharing_statistics": any(
            c.scope == ConsentScope.ANONYMISED_STATISTICS and not hasattr(c, "withdrawal")
            for c in consents
        ),
    }
    return render(request, "businesses/sharing.html", context, status=400 if form.errors else 200)


@policy(PolicyName.BUSINESS_OWNER)
@require_POST
def sharing_stop(request: SignedInRequest, business_id: UUID, consent_id: UUID) -> HttpResponse:
    """Withdraw one consent in one step."""
    business = permitted_business(request)
    consent = selectors.consent_of(business=business, consent_id=consent_id)
    if consent is None:
        raise Http404
    services.consent_withdraw(consent=consent, actor=request.user, request=request)
    messages.success(request, _("You have stopped sharing. This takes effect now."))
    return redirect("business_sharing", business_id=business.pk)


# The sections of the staff home, each shown exactly when its pages would open.
STAFF_HOME_SECTIONS = (
    PolicyName.INSIGHTS_VIEWER,
    PolicyName.RESEARCHER_ONLY,
    PolicyName.SHARED_BUSINESS_VIEWER,
    PolicyName.POLICE_ONLY,
    PolicyName.ALERT_AUTHOR,
    PolicyName.ADMIN_ONLY,
    PolicyName.MENTOR_ONLY,
    PolicyName.FACILITATOR_ONLY,
    PolicyName.WHAT_WORKS_VIEWER,
)


@policy(PolicyName.ANY_STAFF)
@require_http_methods(["GET"])
def staff_home(request: SignedInRequest) -> HttpResponse:
    may = {name.value: allows(name, request) for name in STAFF_HOME_SECTIONS}
    shared = []
    if may[PolicyName.SHARED_BUSINESS_VIEWER]:
        shared = list(selectors.businesses_shared_with(user=request.user))
        business_reads_record(
            actor=request.user,
            business_ids=[business.pk for business in shared],
            grounds="list of businesses sharing with the organisation",
            request=request,
        )
    return render(request, "businesses/staff_home.html", {"shared": shared, "may": may})


@policy(PolicyName.BUSINESS_VIEWER)
@require_http_methods(["GET"])
def staff_business(request: SignedInRequest, business_id: UUID) -> HttpResponse:
    """A business's details for staff with grounds to see them (audited by the policy)."""
    business = permitted_business(request)
    return render(
        request,
        "businesses/staff_business.html",
        {"business": business, "explanation": request.access.explanation},
    )
