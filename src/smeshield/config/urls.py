"""Every URL of the service. Each view declares its access policy (smeshield.access.policy)."""

from __future__ import annotations

from django.contrib import admin
from django.urls import URLPattern, include, path

from smeshield.api.api import api
from smeshield.kernel.access import PolicyName, policy, with_policy
from smeshield.web import views as web

api_urls, api_app, api_namespace = api.urls
for pattern in api_urls:
    # The published API description, and Ninja's root marker (always 404), are public.
    if isinstance(pattern, URLPattern) and pattern.name in {"openapi-json", "api-root"}:
        pattern.callback = policy(PolicyName.API_PUBLIC)(pattern.callback)

urlpatterns = [
    path("", web.landing, name="landing"),
    path("accessibility/", web.accessibility, name="accessibility"),
    path("privacy/", web.privacy, name="privacy"),
    path("cookies/", web.cookies, name="cookies"),
    path("healthz", web.healthz, name="healthz"),
    path("i18n/setlang/", web.set_language, name="set_language"),
    path("account/", include("smeshield.accounts.urls")),
    path("", include("smeshield.businesses.urls")),
    path("", include("smeshield.healthcheck.urls")),
    path("", include("smeshield.incidents.urls")),
    path("", include("smeshield.alerts.urls")),
    path("", include("smeshield.insights.urls")),
    path("", include("smeshield.people.urls")),
    path("", include("smeshield.api.urls")),
    path("", include("smeshield.audit.urls")),
    path(
        "admin/",
        (with_policy(admin.site.get_urls(), PolicyName.ADMIN_ONLY), "admin", admin.site.name),
    ),
    path("api/v1/", (with_policy(api_urls, PolicyName.API_TOKEN), api_app, api_namespace)),
]

handler400 = "smeshield.web.views.bad_request"
handler403 = "smeshield.web.views.permission_denied"
handler404 = "smeshield.web.views.page_not_found"
handler500 = "smeshield.web.views.server_error"
