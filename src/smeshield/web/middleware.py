"""Response headers every response carries (SECURITY.md S17), beyond Django's own."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.cache import add_never_cache_headers, patch_vary_headers

PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)


class SecurityHeadersMiddleware:
    """Add the headers Django does not set; keep signed-in pages and API answers out of caches."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        # A bearer token is a sign-in too: API answers carry a business's own data.
        if signed_in or "HTTP_AUTHORIZATION" in request.META:
            add_never_cache_headers(response)
            response.headers["Cache-Control"] = "no-store, private, max-age=0"
            patch_vary_headers(response, ["Cookie"])
        return response
