"""The audit trail page for admins: newest entries and whether the chain holds."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from smeshield.audit.selectors import audit_chain_problems, audit_entries
from smeshield.kernel.access import PolicyName, policy

PAGE_SIZE = 50


@policy(PolicyName.ADMIN_ONLY)
@require_http_methods(["GET"])
def audit_trail(request: HttpRequest) -> HttpResponse:
    page = Paginator(audit_entries(), PAGE_SIZE).get_page(request.GET.get("page"))
    problems = audit_chain_problems() if request.GET.get("verify") == "1" else None
    return render(request, "audit/trail.html", {"page": page, "problems": problems})
