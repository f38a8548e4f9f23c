"""No state change without a CSRF token, on any URL (SECURITY.md S10)."""

from __future__ import annotations

import pytest
from django.test import Client

from smeshield.businesses.models import ConsentRecord
from tests.conftest import World, sign_in
from tests.web.access.urls_walk import walk_urls

pytestmark = pytest.mark.django_db

# The only POSTs taken without a CSRF token, and why. A made-up token answers 404.
CSRF_EXEMPT = {
    "alerts/unsubscribe/<str:token>/": "one-click unsubscribe (RFC 8058): the signed token decides",
}


@pytest.mark.parametrize("role", ["anonymous", "member_a", "admin"])
def test_every_post_without_a_token_is_refused(world: World, role: str) -> None:
    consent = ConsentRecord.objects.get(business=world.business_a)
    samples = {"business_id": str(world.business_a.pk), "consent_id": str(consent.pk)}
    refused_with: dict[str, int] = {}
    for url in walk_urls(samples):
        client = Client(enforce_csrf_checks=True)
        if role != "anonymous":
            sign_in(client, world.people[role])
        response = client.post(url.path)
        refused_with[url.route] = response.status_code
    # Pages answer 403; the API takes no cookies, so without a bearer token it is 401/405.
    wrong = {
        route: status
        for route, status in refused_with.items()
        if not (status == 403 or (route.startswith("api/") and status in (401, 404, 405)))
        and not (route in CSRF_EXEMPT and status == 404)
    }
    assert wrong == {}
    assert not consent.__class__.objects.filter(pk=consent.pk, withdrawal__isnull=False).exists()
