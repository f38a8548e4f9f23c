"""Alert pages: a business's inbox and answers, one-click unsubscribe, partner alerts, admin."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from smeshield.alerts import selectors, services, tasks
from smeshield.alerts.content import vocabulary
from smeshield.alerts.forms import (
    FeedbackForm,
    PartnerAlertForm,
    PartnerAlertWordsForm,
    ProductAliasForm,
    ProductAnswerForm,
    ProductRenameForm,
    ProductsAddForm,
    WithdrawAlertForm,
)
from smeshield.alerts.models import Advisory, Feedback
from smeshield.alerts.selectors import ProductInUse
from smeshield.businesses.models import Business, PartnerKind
from smeshield.content.playbooks import playbooks
from smeshield.domain.alerts.reach import shown_reach
from smeshield.geography.selectors import police_force_names, region_names
from smeshield.kernel import hooks
from smeshield.kernel.access import (
    PolicyName,
    SignedInRequest,
    permitted_business,
    policy,
    signed_in_user,
)


@policy(PolicyName.BUSINESS_MEMBER)
@require_http_methods(["GET"])
def inbox(request: SignedInRequest, business_id: UUID) -> HttpResponse:
    """The alerts that affect this business, open ones first."""
    business = permitted_business(request)
    return render(
        request,
        "alerts/inbox.html",
        {"business": business, "deliveries": selectors.inbox_of(business=business)},
    )


@policy(PolicyName.BUSINESS_MEMBER)
@require_http_methods(["GET", "POST"])
def alert(request: SignedInRequest, business_id: UUID, delivery_id: UUID) -> HttpResponse:
    """One alert in plain words: what, why us, what to do, by when; and the answer to it."""
    business = permitted_business(request)
    delivery = selectors.delivery_of(business=business, delivery_id=delivery_id)
    if delivery is None:
        raise Http404
    answerable = delivery.advisory.withdrawn_at is None  # a withdrawn alert needs no answer
    form = FeedbackForm(
        request.POST if request.method == "POST" and answerable else None,
        initial={"feedback": delivery.feedback or None},
    )
    if form.is_bound and form.is_valid():
        feedback = Feedback(form.cleaned_data["feedback"])
        services.delivery_feedback(delivery=delivery, feedback=feedback, actor=request.user)
        if feedback == Feedback.NEED_HELP:
            return redirect("alerts_alert_help", business_id=business.pk, delivery_id=delivery.pk)
        messages.success(request, _("Thank you. We have saved your answer."))
        return redirect("alerts_alert", business_id=business.pk, delivery_id=delivery.pk)
    return render(
        request,
        "alerts/alert.html",
        {"business": business, "delivery": delivery, "advisory": delivery.advisory, "form": form},
        status=400 if form.errors else 200,
    )


@policy(PolicyName.BUSINESS_MEMBER)
@require_http_methods(["GET"])
def alert_help(request: SignedInRequest, business_id: UUID, delivery_id: UUID) -> HttpResponse:
    """After "I need help": who will help with this alert, and where to see the request."""
    business = permitted_business(request)
    delivery = selectors.delivery_of(business=business, delivery_id=delivery_id)
    if delivery is None:
        raise Http404
    found = hooks.contributions(
        hooks.ALERT_HELP, business=business, advisory_key=delivery.advisory.key
    )
    return render(
        request,
        "alerts/alert_help.html",
        {
            "business": business,
            "delivery": delivery,
            "advisory": delivery.advisory,
            "help": next((answer for answer in found if answer), None),
        },
    )


@policy(PolicyName.PUBLIC)
@csrf_exempt  # one-click unsubscribe (RFC 8058): the signed token is the authority
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """Stop alert emails in one click. GET asks; POST (also from mail apps) does it."""
    if services.unsubscribe_target(token) is None:
        raise Http404
    if request.method == "POST":
        services.email_opt_out(token=token)
        return render(request, "alerts/unsubscribed.html")
    return render(request, "alerts/unsubscribe.html")


def _organisation(request: SignedInRequest) -> object:
    return (
        signed_in_user(request)
        .partner_organisations.filter(
            kind__in=[PartnerKind.POLICE_FORCE, PartnerKind.CYBER_RESILIENCE_CENTRE],
            is_active=True,
        )
        .first()
    )


@policy(PolicyName.ALERT_AUTHOR)
@require_http_methods(["GET", "POST"])
def partner_alert_new(request: SignedInRequest) -> HttpResponse:
    """Write an alert for the businesses it concerns; it goes out in the background."""
    form = PartnerAlertForm(
        request.POST if request.method == "POST" else None,
        playbooks=playbooks(),
        vocabulary=vocabulary(),
        police_forces=police_force_names(),
        regions=region_names(),
    )
    if request.method == "POST" and form.is_valid() and "change" not in request.POST:
        alert = form.alert()
        if "confirm" not in request.POST:  # first a preview: the text and the reach
            reach = shown_reach(services.businesses_targeted(alert.targeting).count())
            return render(
                request,
                "alerts/partner_preview.html",
                {"form": form, "alert": alert, "reach": reach},
            )
        advisory = services.partner_alert_create(
            alert=alert, author=request.user, organisation=_organisation(request)
        )
        advisory_id = str(advisory.pk)
        transaction.on_commit(lambda: tasks.fan_out.enqueue(advisory_id))
        messages.success(request, _("Your alert is being sent. It can take a few minutes."))
        return redirect("partner_alerts")
    return render(
        request, "alerts/partner_new.html", {"form": form}, status=400 if form.errors else 200
    )


@policy(PolicyName.ALERT_AUTHOR)
@require_http_methods(["GET"])
def partner_alerts(request: SignedInRequest) -> HttpResponse:
    """Alerts the person's organisation wrote, with how many businesses each reached."""
    organisation_ids = list(
        signed_in_user(request).partner_organisations.values_list("pk", flat=True)
    )
    authored = selectors.advisories_by(organisation_ids=organisation_ids)
    return render(request, "alerts/partner_list.html", {"advisories": authored})


def _partner_alert(request: SignedInRequest, advisory_id: UUID) -> Advisory:
    """The alert the policy already found to be theirs."""
    advisory = selectors.partner_alert_of(advisory_id=advisory_id, user_id=request.user.pk)
    if advisory is None:
        raise Http404
    return advisory


@policy(PolicyName.PARTNER_ALERT_OF_AUTHOR)
@require_http_methods(["GET", "POST"])
def partner_alert_edit(request: SignedInRequest, advisory_id: UUID) -> HttpResponse:
    """Correct the words of an alert already sent: businesses read the new ones."""
    advisory = _partner_alert(request, advisory_id)
    form = PartnerAlertWordsForm(
        request.POST if request.method == "POST" else None,
        initial={
            "title": advisory.title,
            "what": advisory.what,
            "steps": "\n".join(advisory.steps),
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.partner_alert_edit(
                advisory=advisory,
                title=form.cleaned_data["title"],
                what=form.cleaned_data["what"],
                steps=form.cleaned_data["steps"],
                actor=request.user,
            )
        except services.PartnerAlertError as error:
            form.add_error(error.field, error.message)
        else:
            messages.success(request, _("Saved. Businesses now see the new words."))
            return redirect("partner_alerts")
    return render(
        request,
        "alerts/partner_edit.html",
        {"form": form, "advisory": advisory},
        status=400 if form.errors else 200,
    )


@policy(PolicyName.PARTNER_ALERT_OF_AUTHOR)
@require_http_methods(["GET", "POST"])
def partner_alert_withdraw(request: SignedInRequest, advisory_id: UUID) -> HttpResponse:
    """Ask why, then take the alert back from every business it reached."""
    advisory = _partner_alert(request, advisory_id)
    form = WithdrawAlertForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.partner_alert_withdraw(
                advisory=advisory, reason=form.cleaned_data["reason"], actor=request.user
            )
        except services.PartnerAlertError as error:
            form.add_error(error.field, error.message)
        else:
            messages.success(
                request, _("Withdrawn. Businesses no longer see it among their alerts.")
            )
            return redirect("partner_alerts")
    return render(
        request,
        "alerts/partner_withdraw.html",
        {"form": form, "advisory": advisory},
        status=400 if form.errors else 200,
    )


@policy(PolicyName.ADMIN_ONLY)
@require_http_methods(["GET"])
def relevance(request: SignedInRequest) -> HttpResponse:
    """For admins: how businesses answered alerts, by source."""
    return render(request, "alerts/relevance.html", {"rows": selectors.relevance_by_source()})


@policy(PolicyName.ADMIN_ONLY)
@require_http_methods(["GET", "POST"])
def unknown_products(request: SignedInRequest) -> HttpResponse:
    """For admins: names businesses typed that match no product; tie each to one."""
    known = vocabulary()
    chosen = request.GET.get("name", "")[:120]
    form = ProductAliasForm(
        request.POST if request.method == "POST" else None,
        vocabulary=known,
        initial={"name": chosen},
    )
    if request.method == "POST" and form.is_valid():
        updated = services.product_alias_add(
            name=form.cleaned_data["name"],
            identity_id=form.cleaned_data["product"],
            actor=request.user,
        )
        messages.success(
            request,
            _("Saved. %(count)d business's list now names that product.") % {"count": updated},
        )
        return redirect("alerts_unknown_products")
    return render(
        request,
        "alerts/unknown_products.html",
        {
            "names": selectors.unknown_product_names(),
            "form": form,
            "chosen": form.data.get("name") if form.is_bound else chosen,
        },
        status=400 if form.errors else 200,
    )


# --- What we use ------------------------------------------------------------------------------


def _products_page(
    request: SignedInRequest, business: Business, form: ProductsAddForm, *, status: int = 200
) -> HttpResponse:
    return render(
        request,
        "alerts/what_we_use.html",
        {
            "business": business,
            "products": selectors.what_we_use(business=business),
            "form": form,
            "suggest": selectors.product_names_to_suggest(),
        },
        status=status,
    )


@policy(PolicyName.BUSINESS_MEMBER)
@require_http_methods(["GET", "POST"])
def what_we_use(request: SignedInRequest, business_id: UUID) -> HttpResponse:
    """The products and services the business uses: add, rename, remove, at any time."""
    business = permitted_business(request)
    form = ProductsAddForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        added = services.inventory_add(
            business=business, names=form.cleaned_data["products"], actor=request.user
        )
        if added:
            messages.success(
                request,
                _("Added: %(names)s. We are checking it against alerts now.")
                % {"names": ", ".join(added)},
            )
        else:
            messages.success(request, _("That is already on your list."))
        return redirect("alerts_what_we_use", business_id=business.pk)
    return _products_page(request, business, form, status=400 if form.errors else 200)


def _product_or_404(request: SignedInRequest, item_id: int) -> tuple[Business, ProductInUse]:
    business = permitted_business(request)
    product = selectors.product_in_use(business=business, item_id=item_id)
    if product is None:
        raise Http404
    return business, product


@policy(PolicyName.BUSINESS_MEMBER)
@require_http_methods(["GET", "POST"])
def what_we_use_change(request: SignedInRequest, business_id: UUID, item_id: int) -> HttpResponse:
    """Change how one product is written, or answer "Did you mean ...?" about it."""
    business, product = _product_or_404(request, item_id)
    posted = request.POST if request.method == "POST" else None
    answer = ProductAnswerForm(
        posted if posted and "meaning" in posted else None, suggestions=product.suggestions
    )
    form = ProductRenameForm(
        posted if posted and "meaning" not in posted else None, initial={"name": product.name}
    )
    if answer.is_bound and answer.is_valid():
        services.product_answer_record(
            business=business,
            name=product.name,
            identity_id=answer.identity_id(),
            actor=request.user,
        )
        messages.success(request, _("Thank you. We will remember that."))
        return redirect("alerts_what_we_use", business_id=business_id)
    if form.is_bound and form.is_valid():
        services.inventory_rename(
            business=business,
            name=product.name,
            new_name=form.cleaned_data["name"],
            actor=request.user,
        )
        messages.success(request, _("Saved. We are checking it against alerts now."))
        return redirect("alerts_what_we_use", business_id=business_id)
    return render(
        request,
        "alerts/what_we_use_change.html",
        {
            "business": business,
            "product": product,
            "form": form,
            "answer": answer,
            "suggest": selectors.product_names_to_suggest(),
        },
        status=400 if form.errors or answer.errors else 200,
    )


@policy(PolicyName.BUSINESS_MEMBER)
@require_http_methods(["GET", "POST"])
def what_we_use_remove(request: SignedInRequest, business_id: UUID, item_id: int) -> HttpResponse:
    """Ask, then take a product off the list; its alerts close."""
    business, product = _product_or_404(request, item_id)
    if request.method == "POST":
        services.inventory_remove(
            business=business,
            name=product.name,
            actor=request.user,
        )
        messages.success(request, _("Removed %(name)s from your list.") % {"name": product.name})
        return redirect("alerts_what_we_use", business_id=business_id)
    return render(
        request, "alerts/what_we_use_remove.html", {"business": business, "product": product}
    )
