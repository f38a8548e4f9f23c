"""Account URLs. Only the allauth views we use are exposed, each under our own path."""

from __future__ import annotations

from allauth.account import views as allauth_views
from django.urls import path

from smeshield.accounts import views
from smeshield.kernel.access import PolicyName, policy

public = policy(PolicyName.PUBLIC)

urlpatterns = [
    path("", views.account, name="account"),
    # allauth sends signed-in people to 'account_email'; our account page covers it.
    path("", views.account, name="account_email"),
    path("sign-in/", public(allauth_views.request_login_code), name="account_login"),
    path("sign-in/", public(allauth_views.request_login_code), name="account_request_login_code"),
    path(
        "sign-in/code/", public(allauth_views.confirm_login_code), name="account_confirm_login_code"
    ),
    path("sign-up/", public(allauth_views.signup), name="account_signup"),
    path(
        "verify-email/",
        public(allauth_views.email_verification_sent),
        name="account_email_verification_sent",
    ),
    path("sign-out/", public(allauth_views.logout), name="account_logout"),
    path("inactive/", public(allauth_views.account_inactive), name="account_inactive"),
    path("two-factor/", views.two_factor, name="two_factor"),
    path("two-factor/recovery-codes/", views.recovery_codes, name="recovery_codes"),
]
