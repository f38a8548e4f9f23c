"""Bearer-token authentication for the API, shared by every router.

The ``api`` app owns the tokens; it registers how a presented token is checked
(``register_authenticator`` in its ``AppConfig.ready``), so routers in any app can
authenticate without importing it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest
from ninja.security import HttpBearer

if TYPE_CHECKING:
    from smeshield.api.models import ApiToken

Authenticator = Callable[[str], "ApiToken | None"]
_authenticators: list[Authenticator] = []


def register_authenticator(authenticator: Authenticator) -> None:
    _authenticators[:] = [authenticator]


class BearerToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        if not _authenticators:
            raise ImproperlyConfigured("no API token authenticator is registered")
        record = _authenticators[0](token)
        if record is None:
            return None
        request.api_token = record  # type: ignore[attr-defined]
        return record.user


def token_of(request: HttpRequest) -> ApiToken:
    """The token that authenticated this request (set by ``BearerToken``)."""
    token: ApiToken = request.api_token  # type: ignore[attr-defined]
    return token
