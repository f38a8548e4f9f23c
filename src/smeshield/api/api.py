"""The API for partner integrations: Django Ninja at /api/v1/, OpenAPI 3.1 generated.

Every operation authenticates with a bearer token; object access is decided by
``smeshield.access.policy`` like every page. The OpenAPI document is committed at
docs/api/openapi.json and a test fails when the code's schema drifts from it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from django.http import Http404, HttpRequest
from ninja import NinjaAPI, Schema

from smeshield.access.policy import consent_grounds
from smeshield.accounts.models import User
from smeshield.audit.services import business_read_record
from smeshield.businesses.models import Business
from smeshield.businesses.selectors import businesses_shared_with
from smeshield.healthcheck.api import router as healthcheck_router
from smeshield.insights.api import router as insights_router
from smeshield.kernel import problems
from smeshield.kernel.tokens import BearerToken, token_of


def token_user(request: HttpRequest) -> User:
    """The person whose token authenticated this request."""
    return token_of(request).user


class DocumentedApi(NinjaAPI):
    """Ninja's API whose OpenAPI document also lists every problem answer."""

    def get_openapi_schema(self, *args: Any, **kwargs: Any) -> Any:
        return problems.document_problems(super().get_openapi_schema(*args, **kwargs))


api = DocumentedApi(
    title="SME Shield API",
    version="1",
    description="For partner integrations. Authenticate with 'Authorization: Bearer <token>'.",
    urls_namespace="api",
    docs_url=None,
    auth=BearerToken(),
)
problems.install(api)
api.add_router("/health-check", healthcheck_router)
api.add_router("/insights", insights_router)


class Problem(Schema):
    type: str
    title: str
    status: int
    detail: str
    instance: str


class Me(Schema):
    id: UUID
    email: str
    role: str
    token_name: str
    token_expires_at: datetime


class Place(Schema):
    postcode_district: str
    region: str
    local_authority: str
    police_force_area: str


class BusinessOut(Schema):
    id: UUID
    name: str
    sector: str
    size_band: str
    place: Place


def _business_out(business: Business) -> BusinessOut:
    district = business.district
    return BusinessOut(
        id=business.pk,
        name=business.name,
        sector=business.sector,
        size_band=business.size_band,
        place=Place(
            postcode_district=district.code,
            region=district.region_name,
            local_authority=district.local_authority,
            police_force_area=district.police_force_name,
        ),
    )


@api.get("/me", response={200: Me, 401: Problem}, summary="Who this token belongs to")
def me(request: HttpRequest) -> Me:
    token = token_of(request)
    user = token.user
    return Me(
        id=user.pk,
        email=user.email,
        role=user.role,
        token_name=token.name,
        token_expires_at=token.expires_at,
    )


@api.get(
    "/businesses",
    response={200: list[BusinessOut], 401: Problem},
    summary="Businesses that chose to share with your organisation",
)
def shared_businesses(request: HttpRequest) -> list[BusinessOut]:
    user = token_user(request)
    businesses = list(businesses_shared_with(user=user))
    for business in businesses:
        business_read_record(
            actor=user,
            business_id=business.pk,
            grounds=consent_grounds(user, business) or "",
            request=request,
        )
    return [_business_out(business) for business in businesses]


@api.get(
    "/businesses/{business_id}",
    response={200: BusinessOut, 401: Problem, 404: Problem},
    summary="One business that chose to share with your organisation",
)
def shared_business(request: HttpRequest, business_id: UUID) -> BusinessOut:
    user = token_user(request)
    business = (
        Business.objects.select_related("district").filter(pk=business_id, is_active=True).first()
    )
    grounds = consent_grounds(user, business) if business is not None else None
    if business is None or grounds is None:
        raise Http404
    business_read_record(actor=user, business_id=business.pk, grounds=grounds, request=request)
    return _business_out(business)
