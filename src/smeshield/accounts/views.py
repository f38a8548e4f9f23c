"""Account pages: the second factor for staff, recovery codes, the account summary."""

from __future__ import annotations

from io import BytesIO

import qrcode
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from qrcode.image.svg import SvgPathImage

from smeshield.accounts import services
from smeshield.accounts.forms import TwoFactorCodeForm
from smeshield.accounts.models import TotpDevice
from smeshield.accounts.services import TwoFactorError
from smeshield.kernel.access import PolicyName, SignedInRequest, has_second_factor, policy

_ERRORS = {
    "incorrect_code": gettext_lazy(
        "The code is not right. Check your authenticator app and try again"
    ),
    "too_many_attempts": gettext_lazy("Too many wrong codes. Wait 15 minutes, then try again"),
    "already_enrolled": gettext_lazy("Your authenticator app is already set up"),
    "not_started": gettext_lazy("Start again: scan the new QR code"),
    "not_enrolled": gettext_lazy("Set up your authenticator app first"),
}


def _next_url(request: HttpRequest) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("home")


def _qr_svg(uri: str) -> str:
    buffer = BytesIO()
    qrcode.make(uri, image_factory=SvgPathImage).save(buffer)
    return buffer.getvalue().decode("utf-8").split("?>", 1)[-1]


@policy(PolicyName.SIGNED_IN_ONE_FACTOR)
@never_cache
@require_http_methods(["GET", "POST"])
def two_factor(request: SignedInRequest) -> HttpResponse:
    """Staff set up their authenticator app once, then prove it in each session."""
    user = request.user
    if not user.is_staff_role or has_second_factor(request):
        return HttpResponseRedirect(_next_url(request))
    device = TotpDevice.objects.filter(user=user).first()
    enrolling = device is None or not device.is_confirmed
    form = TwoFactorCodeForm(
        request.POST if request.method == "POST" else None,
        help_text=_("Open your authenticator app and type the 6-digit code it shows.")
        if enrolling
        else _("Type the 6-digit code from your authenticator app, or a recovery code."),
    )
    if request.method == "POST" and form.is_valid():
        try:
            if enrolling:
                codes = services.totp_enrolment_confirm(
                    request=request, user=user, code=form.cleaned_data["code"]
                )
                return render(
                    request,
                    "accounts/recovery_codes.html",
                    {"codes": codes, "next": _next_url(request), "first_time": True},
                )
            services.second_factor_verify(
                request=request, user=user, code=form.cleaned_data["code"]
            )
            return HttpResponseRedirect(_next_url(request))
        except TwoFactorError as error:
            form.add_error("code", _ERRORS[error.code])
    context = {"form": form, "next": _next_url(request), "enrolling": enrolling}
    if enrolling:
        enrolment = services.totp_enrolment_start(user=user)
        context.update(secret=enrolment.device.secret, qr_svg=_qr_svg(enrolment.provisioning_uri))
    return render(request, "accounts/two_factor.html", context, status=200)


@policy(PolicyName.SIGNED_IN)
@never_cache
@require_http_methods(["GET", "POST"])
def recovery_codes(request: SignedInRequest) -> HttpResponse:
    """Staff see how many recovery codes are left and can replace them."""
    if not request.user.is_staff_role:
        return redirect("account")
    if request.method == "POST":
        codes = services.recovery_codes_replace(request=request, user=request.user)
        return render(
            request,
            "accounts/recovery_codes.html",
            {"codes": codes, "next": reverse("account"), "first_time": False},
        )
    left = services.recovery_codes_left(user=request.user)
    return render(request, "accounts/recovery_codes_manage.html", {"left": left})


@policy(PolicyName.SIGNED_IN)
@require_http_methods(["GET"])
def account(request: SignedInRequest) -> HttpResponse:
    """Who you are signed in as, and how you sign in."""
    return render(request, "accounts/account.html", {})
