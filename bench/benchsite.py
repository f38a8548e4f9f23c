"""The service's URLs plus a bare view, for the load benchmark's same-server baseline."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.urls import path

from smeshield.access.policy import PUBLIC, policy
from smeshield.config.urls import urlpatterns as service_urlpatterns


@policy(PUBLIC)
def bare(request: HttpRequest) -> HttpResponse:
    """The cheapest Django answer through the same middleware: the baseline."""
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [path("bench/bare/", bare), *service_urlpatterns]
