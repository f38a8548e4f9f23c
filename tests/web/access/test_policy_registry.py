"""Views name a policy; access registers who decides it. A name nobody decides is refused."""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponse
from django.test import RequestFactory

from smeshield.access.checks import policies_registered
from smeshield.kernel import access


def test_given_the_access_app_is_ready_then_every_policy_name_has_a_decider() -> None:
    assert access.unregistered_names() == []
    assert policies_registered() == []


def test_given_a_decider_nobody_registered_then_the_check_names_it_and_the_view_refuses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    deciders = dict(access._registry.deciders)
    deciders.pop("business_owner")
    monkeypatch.setattr(access._registry, "deciders", deciders)

    errors = policies_registered()
    view = access.policy(access.PolicyName.BUSINESS_OWNER)(lambda request: HttpResponse())

    assert "access.E001" in {error.id for error in errors}
    # Every URL of the business's API tokens page names business_owner: each is listed.
    assert any(error.id == "access.E002" and "api-tokens" in error.msg for error in errors), errors
    with pytest.raises(ImproperlyConfigured):
        view(RequestFactory().get("/"))


def test_given_a_policy_named_by_a_plain_string_then_declaring_it_fails() -> None:
    with pytest.raises(TypeError):
        access.policy("business_member")  # type: ignore[arg-type]


def test_given_a_decider_registered_under_another_name_then_registering_fails() -> None:
    with pytest.raises(ImproperlyConfigured):
        access.register(access.PolicyName.PUBLIC, access.registered("admin_only"))  # type: ignore[arg-type]
