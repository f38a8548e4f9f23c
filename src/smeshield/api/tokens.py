"""Bearer-token authentication for the API, shared by every router."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.security import HttpBearer

from smeshield.api.models import ApiToken
from smeshield.api.services import api_token_authenticate


class BearerToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        record = api_token_authenticate(token=token)
        if record is None:
            return None
        request.api_token = record  # type: ignore[attr-defined]
        return record.user


def token_of(request: HttpRequest) -> ApiToken:
    """The token that authenticated this request (set by ``BearerToken``)."""
    token: ApiToken = request.api_token  # type: ignore[attr-defined]
    return token
