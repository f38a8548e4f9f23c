"""The page where a business owner makes and switches off the business's API tokens."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from smeshield.api.forms import TokenForm
from smeshield.api.models import ApiToken
from smeshield.api.services import api_token_create, api_token_revoke
from smeshield.kernel.access import PolicyName, SignedInRequest, permitted_business, policy


@policy(PolicyName.BUSINESS_OWNER)
@require_http_methods(["GET", "POST"])
def tokens(request: SignedInRequest, business_id: UUID) -> HttpResponse:
    business = permitted_business(request)
    form = TokenForm(request.POST if request.method == "POST" else None)
    new_token = None
    if request.method == "POST" and form.is_valid():
        _, new_token = api_token_create(
            user=request.user, business=business, name=form.cleaned_data["name"]
        )
    listed = ApiToken.objects.filter(business=business)
    return render(
        request,
        "api/tokens.html",
        {"business": business, "form": form, "tokens": listed, "new_token": new_token},
        status=400 if form.errors else 200,
    )


@policy(PolicyName.BUSINESS_OWNER)
@require_POST
def token_revoke(request: SignedInRequest, business_id: UUID, token_id: UUID) -> HttpResponse:
    business = permitted_business(request)
    token = ApiToken.objects.filter(business=business, pk=token_id).first()
    if token is None:
        raise Http404
    api_token_revoke(token=token, actor=request.user)
    messages.success(request, _("The token is switched off."))
    return redirect("api_tokens", business_id=business.pk)
