"""Account pages: where staff go for their second factor, and the account summary.

The second-factor pages themselves are allauth's mfa views (see ``urls.py``) with
our templates; this module only routes staff to the right one.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from uuid import UUID

from allauth.mfa.models import Authenticator
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from smeshield.accounts import selectors, services
from smeshield.accounts.forms import PasskeyRemoveForm, PasskeyRenameForm
from smeshield.kernel.access import PolicyName, SignedInRequest, allows, permits, policy


def _next_url(request: HttpRequest) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("home")


@policy(PolicyName.SIGNED_IN_ONE_FACTOR)
@never_cache
@require_http_methods(["GET"])
def two_factor(request: SignedInRequest) -> HttpResponse:
    """Where the access policy sends staff who have not proved a second factor.

    Staff with no second factor yet choose one to set up; staff who have one
    prove it (this happens at sign-in; here only for a session that lacks it).
    """
    user = request.user
    next_url = _next_url(request)
    if allows(PolicyName.SIGNED_IN, request):  # not staff, or proved it already
        return HttpResponseRedirect(next_url)
    kinds = selectors.enrolled_second_factor_types(user=user)
    query = urlencode({"next": next_url})
    if "totp" in kinds:
        return HttpResponseRedirect(f"{reverse('mfa_reauthenticate')}?{query}")
    if "webauthn" in kinds:
        return HttpResponseRedirect(f"{reverse('mfa_reauthenticate_webauthn')}?{query}")
    return render(request, "accounts/two_factor_choose.html", {"next": next_url})


ViewFunc = Callable[..., HttpResponse]


def enrolment_recorded(view: ViewFunc) -> ViewFunc:
    """Wrap allauth's "set up an authenticator" view: a factor set up in this session
    was just proved (a code from the app, or the passkey itself), so the session
    counts as two-factor from here on, and the enrolment is audited."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        user = request.user
        before = set(selectors.second_factor_ids(user=user))  # type: ignore[arg-type]
        response = view(request, *args, **kwargs)
        added = set(selectors.second_factor_ids(user=user)) - before  # type: ignore[arg-type]
        for authenticator_id in sorted(added):
            services.second_factor_enrolled(
                request=request,
                user=user,  # type: ignore[arg-type]
                authenticator_id=authenticator_id,
            )
        return response

    return wrapped


def removal_recorded(view: ViewFunc) -> ViewFunc:
    """Wrap allauth's "remove the authenticator app" view: a factor it removed is audited
    (allauth itself refuses the last one, asking our adapter)."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        user = request.user
        before = set(selectors.second_factor_ids(user=user))  # type: ignore[arg-type]
        response = view(request, *args, **kwargs)
        removed = before - set(selectors.second_factor_ids(user=user))  # type: ignore[arg-type]
        if removed:
            services.second_factor_removed(request=request, user=user, count=len(removed))  # type: ignore[arg-type]
        return response

    return wrapped


def codes_kept_hashed(view: ViewFunc) -> ViewFunc:
    """Wrap allauth's "show recovery codes" views: once the page showing new codes
    is drawn, the codes are kept only as salted hashes (SECURITY.md S7)."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if isinstance(response, TemplateResponse):
            response.render()
        if request.user.is_authenticated:
            services.recovery_codes_keep_hashed(user=request.user)
        return response

    return wrapped


@policy(PolicyName.SIGNED_IN)
@require_http_methods(["GET"])
def account(request: SignedInRequest) -> HttpResponse:
    """Who you are signed in as, and how you sign in."""
    return render(
        request,
        "accounts/account.html",
        {"staff_account": permits(PolicyName.STAFF_ACCOUNT, user=request.user)},
    )


@policy(PolicyName.STAFF_SECOND_FACTOR_SETUP)
@never_cache
@require_http_methods(["GET"])
def passkeys(request: SignedInRequest) -> HttpResponse:
    """Your passkeys, each with links to rename or remove it (allauth's own list page,
    addressed by UUID)."""
    return render(
        request,
        "mfa/webauthn/authenticator_list.html",
        {"passkeys": selectors.passkeys_of(user=request.user)},
    )


def _own_passkey(request: SignedInRequest, passkey_id: UUID) -> Authenticator:
    authenticator = selectors.passkey_of(user_id=request.user.pk, passkey_id=passkey_id)
    if authenticator is None:  # the policy found it a moment ago
        raise Http404
    return authenticator


@policy(PolicyName.STAFF_OWN_PASSKEY)
@never_cache
@require_http_methods(["GET", "POST"])
def passkey_rename(request: SignedInRequest, passkey_id: UUID) -> HttpResponse:
    """Give one of your passkeys a name you will recognise."""
    authenticator = _own_passkey(request, passkey_id)
    form = PasskeyRenameForm(request.POST or None, initial={"name": authenticator.wrap().name})
    if request.method == "POST" and form.is_valid():
        services.passkey_rename(
            request=request,
            user=request.user,
            authenticator=authenticator,
            name=form.cleaned_data["name"],
        )
        messages.success(request, _("Passkey renamed."))
        return HttpResponseRedirect(reverse("mfa_list_webauthn"))
    return render(request, "accounts/passkey_rename.html", {"form": form})


@policy(PolicyName.STAFF_OWN_PASSKEY)
@never_cache
@require_http_methods(["GET", "POST"])
def passkey_remove(request: SignedInRequest, passkey_id: UUID) -> HttpResponse:
    """Remove a passkey you lost. Your last authenticator app or passkey cannot go:
    set up another first (SECURITY.md S6)."""
    authenticator = _own_passkey(request, passkey_id)
    form = PasskeyRemoveForm(request.POST if request.method == "POST" else None)
    if form.is_valid():  # a confirmation: nothing to fill in
        try:
            services.passkey_remove(request=request, user=request.user, authenticator=authenticator)
        except services.LastSecondFactorError:
            form.refuse_last_factor()
        else:
            return HttpResponseRedirect(reverse("mfa_list_webauthn"))
    removable = permits(PolicyName.SECOND_FACTOR_REMOVABLE, authenticator=authenticator)
    return render(
        request,
        "accounts/passkey_remove.html",
        {"form": form, "name": authenticator.wrap().name, "removable": removable},
    )
