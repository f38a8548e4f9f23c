"""Page time through the whole stack (middleware, access policy, template) for a signed-in owner.

Baseline (same process): a bare view returning a fixed response through the same
middleware. Target: the business dashboard's median is under 25 ms and within 10x the bare view.
"""

from __future__ import annotations

import time

from harness import arguments, django_database, emit, median, percentile

BENCH = "pages"


def main() -> None:
    args = arguments(__doc__ or "")
    requests = 50 if args.quick else 400
    with django_database():
        from django.http import HttpResponse
        from django.test import Client, override_settings
        from django.urls import path

        from smeshield.access.policy import PUBLIC, policy
        from smeshield.config import urls as project_urls
        from smeshield.domain.roles import BusinessRole
        from smeshield.geography.models import PostcodeDistrict

        @policy(PUBLIC)
        def bare(request: object) -> HttpResponse:
            return HttpResponse("ok")

        class Urls:
            urlpatterns = [path("bare/", bare), *project_urls.urlpatterns]  # noqa: RUF012

        from smeshield.accounts.models import User
        from smeshield.businesses.models import Business, Membership

        district = PostcodeDistrict.objects.create(
            code="LS1",
            town="Leeds",
            local_authority="Leeds",
            region_code="E12000003",
            region_name="Yorkshire and The Humber",
            country="England",
            police_force_code="E23000010",
            police_force_name="West Yorkshire",
            latitude=53.8,
            longitude=-1.5,
        )
        owner = User.objects.create_user(email="owner@example.com")
        business = Business.objects.create(
            name="Bench Bakery",
            postcode="LS1 4AP",
            district=district,
            sector="I",
            size_band="micro",
        )
        Membership.objects.create(business=business, user=owner, role=BusinessRole.OWNER)
        client = Client()
        client.force_login(owner)

        def timed(url: str) -> list[float]:
            samples = []
            for _ in range(requests):
                started = time.perf_counter()
                response = client.get(url)
                samples.append(time.perf_counter() - started)
                if response.status_code != 200:
                    raise RuntimeError(f"{url} answered {response.status_code}")
            return samples

        with override_settings(ROOT_URLCONF=Urls):
            timed("/bare/")  # warm up
            bare_samples = timed("/bare/")
            dashboard = timed(f"/businesses/{business.pk}/")
        page_median = median(dashboard) * 1000
        ratio = median(dashboard) / median(bare_samples)
        emit(
            BENCH,
            "dashboard",
            metric="median",
            value=page_median,
            unit="ms",
            target="< 25",
            meets=page_median < 25,
        )
        emit(
            BENCH,
            "dashboard",
            metric="p95",
            value=percentile(dashboard, 0.95) * 1000,
            unit="ms",
            target="report",
            meets=True,
        )
        emit(
            BENCH,
            "dashboard",
            metric="ratio_vs_bare_view",
            value=ratio,
            unit="x",
            target="<= 10",
            meets=ratio <= 10,
        )


if __name__ == "__main__":
    main()
