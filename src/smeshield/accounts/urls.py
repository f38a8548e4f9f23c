"""Account URLs. Only the allauth views we use are exposed, each under our own path."""

from __future__ import annotations

from allauth.account import views as allauth_views
from allauth.mfa.base import views as mfa_views
from allauth.mfa.recovery_codes import views as recovery_views
from allauth.mfa.totp import views as totp_views
from allauth.mfa.webauthn import views as webauthn_views
from django.urls import path

from smeshield.accounts import views
from smeshield.kernel.access import PolicyName, policy

public = policy(PolicyName.PUBLIC)
setup = policy(PolicyName.STAFF_SECOND_FACTOR_SETUP)
proof = policy(PolicyName.STAFF_SECOND_FACTOR_PROOF)

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
    # Staff's second factor: allauth's mfa views, each under our path and policy.
    path("two-factor/", views.two_factor, name="two_factor"),
    # The sign-in step after the emailed code (allauth's login stage guards it).
    path("two-factor/sign-in/", public(mfa_views.authenticate), name="mfa_authenticate"),
    path("two-factor/check/", proof(mfa_views.reauthenticate), name="mfa_reauthenticate"),
    path(
        "two-factor/check/passkey/",
        proof(webauthn_views.reauthenticate_webauthn),
        name="mfa_reauthenticate_webauthn",
    ),
    path("two-factor/manage/", setup(mfa_views.index), name="mfa_index"),
    path(
        "two-factor/app/",
        setup(views.enrolment_recorded(totp_views.activate_totp)),
        name="mfa_activate_totp",
    ),
    path(
        "two-factor/app/remove/",
        setup(views.removal_recorded(totp_views.deactivate_totp)),
        name="mfa_deactivate_totp",
    ),
    path("two-factor/passkeys/", views.passkeys, name="mfa_list_webauthn"),
    path(
        "two-factor/passkeys/<uuid:passkey_id>/rename/",
        views.passkey_rename,
        name="passkey_rename",
    ),
    path(
        "two-factor/passkeys/<uuid:passkey_id>/remove/",
        views.passkey_remove,
        name="passkey_remove",
    ),
    path(
        "two-factor/passkeys/add/",
        setup(views.enrolment_recorded(webauthn_views.add_webauthn)),
        name="mfa_add_webauthn",
    ),
    path(
        "two-factor/recovery-codes/",
        setup(views.codes_kept_hashed(recovery_views.view_recovery_codes)),
        name="mfa_view_recovery_codes",
    ),
    path(
        "two-factor/recovery-codes/new/",
        setup(recovery_views.generate_recovery_codes),
        name="mfa_generate_recovery_codes",
    ),
    path(
        "two-factor/recovery-codes/download/",
        setup(views.codes_kept_hashed(recovery_views.download_recovery_codes)),
        name="mfa_download_recovery_codes",
    ),
]
