"""Incident pages: public help (no sign-in, no JavaScript), a business's records, police view."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any
from uuid import UUID

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from smeshield.audit.services import business_reads_record
from smeshield.businesses.models import Business
from smeshield.content.playbooks import playbooks
from smeshield.domain.incidents.triage import triage
from smeshield.healthcheck.pdf import render_pdf
from smeshield.incidents import selectors, services
from smeshield.incidents.forms import IncidentForm, ShareForm, TriageForm
from smeshield.incidents.models import Incident
from smeshield.incidents.presenters import contact_rows, report_summary, type_titles
from smeshield.kernel.access import (
    PolicyName,
    SignedInRequest,
    permitted_business,
    policy,
    signed_in_user,
)
from smeshield.kernel.links import site_link

REPORT_FRAUD_ONLINE = "https://www.reportfraud.police.uk"


def _playbook_context(type_id: str) -> dict[str, Any]:
    """One kind of incident's playbook with its contacts, or 404 for an unknown kind."""
    book = playbooks()
    playbook = book.get(type_id)
    if playbook is None:
        raise Http404
    return {
        "playbook": playbook,
        "contacts": contact_rows(book.contact(c) for c in playbook.contacts),
    }


# --- Public help ---------------------------------------------------------------------------


@policy(PolicyName.PUBLIC)
@require_http_methods(["GET"])
def help_index(request: HttpRequest) -> HttpResponse:
    """Something's wrong: pick what happened, or answer a few questions."""
    return render(request, "incidents/help_index.html", {"types": playbooks().types})


@policy(PolicyName.PUBLIC)
@require_http_methods(["GET"])
def help_type(request: HttpRequest, type_id: str) -> HttpResponse:
    """What to do now for one kind of incident: steps in order, who to call, what to keep."""
    return render(request, "incidents/help_type.html", _playbook_context(type_id))


@policy(PolicyName.PUBLIC)
@require_http_methods(["GET"])
def help_checklist(request: HttpRequest, type_id: str) -> HttpResponse:
    """The same steps as a checklist to print and tick by hand."""
    return render(request, "incidents/checklist.html", _playbook_context(type_id))


@lru_cache(maxsize=64)
def _checklist_pdf(type_id: str, language: str, site_url: str) -> bytes:
    """Rendered once per kind, language and SITE_URL: the page is public, so keep it cheap."""
    online = site_link(reverse("help_type", kwargs={"type_id": type_id}))
    return render_pdf(
        HttpRequest(),
        "incidents/checklist_pdf.html",
        {**_playbook_context(type_id), "online_url": online},
    )


@policy(PolicyName.PUBLIC)
@require_http_methods(["GET"])
def help_checklist_pdf(request: HttpRequest, type_id: str) -> HttpResponse:
    _playbook_context(type_id)  # 404 for an unknown kind, before anything is cached
    response = HttpResponse(
        _checklist_pdf(type_id, get_language() or "en", settings.SITE_URL),
        content_type="application/pdf",
    )
    response["Content-Disposition"] = f'attachment; filename="sme-shield-{type_id}-checklist.pdf"'
    return response


@policy(PolicyName.PUBLIC)
@require_http_methods(["GET"])
def help_triage(request: HttpRequest) -> HttpResponse:
    """A few questions (sent with GET: no sign-in, no cookies, no JavaScript) and the answer."""
    book = playbooks()
    asked = bool(request.GET)
    form = TriageForm(request.GET if asked else None, playbooks=book)
    if asked and form.is_valid():
        result = triage(book, form.answers())
        return render(
            request,
            "incidents/triage_result.html",
            {"result": result, "contacts": contact_rows(result.contacts)},
        )
    return render(
        request, "incidents/triage.html", {"form": form}, status=400 if form.errors else 200
    )


# --- A business's own records --------------------------------------------------------------


def _incident(business: Business, incident_id: UUID) -> Incident:
    incident = selectors.incident_of(business=business, incident_id=incident_id)
    if incident is None:
        raise Http404
    return incident


@policy(PolicyName.BUSINESS_MEMBER)
@require_http_methods(["GET"])
def incident_list(request: SignedInRequest, business_id: UUID) -> HttpResponse:
    business = permitted_business(request)
    book = playbooks()
    rows = [
        (incident, type_titles(incident.types, book))
        for incident in selectors.incidents_of(business=business)
    ]
    return render(request, "incidents/list.html", {"business": business, "rows": rows})


@policy(PolicyName.BUSINESS_MEMBER)
@require_http_methods(["GET", "POST"])
def incident_new(request: SignedInRequest, business_id: UUID) -> HttpResponse:
    """Record an incident or near miss. Nothing is saved unless every answer is right."""
    business = permitted_business(request)
    initial = {"types": [t for t in request.GET.getlist("type") if playbooks().get(t)]}
    form = IncidentForm(
        request.POST if request.method == "POST" else None,
        playbooks=playbooks(),
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        try:
            incident = services.incident_record(
                business=business, record=form.record(), actor=request.user
            )
        except services.IncidentError as error:
            for field, message in error.problems.items():
                form.add_error(field, message)
        else:
            messages.success(request, _("Your record is saved. Only your business can see it."))
            return redirect("incident_detail", business_id=business.pk, incident_id=incident.pk)
    return render(
        request,
        "incidents/new.html",
        {"business": business, "form": form},
        status=400 if form.errors else 200,
    )


@policy(PolicyName.BUSINESS_MEMBER)
@require_http_methods(["GET"])
def incident_detail(request: SignedInRequest, business_id: UUID, incident_id: UUID) -> HttpResponse:
    business = permitted_business(request)
    incident = _incident(business, incident_id)
    view = selectors.details_of(incident)
    book = playbooks()
    return render(
        request,
        "incidents/detail.html",
        {
            "business": business,
            "view": view,
            "incident": incident,
            "titles": type_titles(incident.types, book),
            "summary_text": report_summary(view, book),
            "report_fraud_online": REPORT_FRAUD_ONLINE,
            "shares": selectors.shares_of(incident),
            "prevents": selectors.plan_changes(incident),
        },
    )


@policy(PolicyName.BUSINESS_MEMBER)
@require_http_methods(["GET"])
def incident_veris(request: SignedInRequest, business_id: UUID, incident_id: UUID) -> HttpResponse:
    """The record as VERIS 1.4.1 JSON, for an insurer, a researcher or the police."""
    incident = _incident(permitted_business(request), incident_id)
    response = HttpResponse(
        json.dumps(selectors.veris_of(incident), indent=2, ensure_ascii=False),
        content_type="application/json",
    )
    response["Content-Disposition"] = f'attachment; filename="{incident.pk}.json"'
    return response


@policy(PolicyName.BUSINESS_OWNER)
@require_http_methods(["GET", "POST"])
def incident_share(request: SignedInRequest, business_id: UUID, incident_id: UUID) -> HttpResponse:
    """Send the record to a police force: only when the owner chooses and agrees."""
    business = permitted_business(request)
    incident = _incident(business, incident_id)
    forces = selectors.police_forces()
    form = ShareForm(
        request.POST if request.method == "POST" else None,
        partners=[(str(force.pk), force.name) for force in forces],
    )
    if request.method == "POST" and form.is_valid():
        force = next(f for f in forces if str(f.pk) == form.cleaned_data["partner"])
        services.incident_share(
            incident=incident, partner=force, actor=request.user, request=request
        )
        messages.success(request, _("Sent to %(force)s.") % {"force": force.name})
        return redirect("incident_detail", business_id=business.pk, incident_id=incident.pk)
    return render(
        request,
        "incidents/share.html",
        {"business": business, "incident": incident, "form": form, "forces": forces},
        status=400 if form.errors else 200,
    )


# --- Police ----------------------------------------------------------------------------------


LIST_GROUNDS = "list of incidents sent to the force"


@policy(PolicyName.POLICE_ONLY)
@require_http_methods(["GET"])
def police_incidents(request: SignedInRequest) -> HttpResponse:
    """Records businesses chose to send to the person's force, newest first."""
    book = playbooks()
    shares = [
        (share, type_titles(share.incident.types, book))
        for share in selectors.shared_with(signed_in_user(request))
    ]
    business_reads_record(
        actor=signed_in_user(request),
        reads=[
            (share.incident.business_id, "list of incidents sent to the force")
            for share, _ in shares
        ],
        request=request,
    )
    return render(request, "incidents/police_list.html", {"shares": shares})


@policy(PolicyName.SHARED_INCIDENT_VIEWER)
@require_http_methods(["GET"])
def police_incident(request: SignedInRequest, incident_id: UUID) -> HttpResponse:
    """One record a business sent to this force. The read is in the audit trail."""
    business = permitted_business(request)
    incident = _incident(business, incident_id)
    view = selectors.details_of(incident)
    book = playbooks()
    return render(
        request,
        "incidents/police_detail.html",
        {
            "business": business,
            "incident": incident,
            "view": view,
            "titles": type_titles(incident.types, book),
            "summary_text": report_summary(view, book),
            "explanation": request.access.explanation,
            "back": reverse("police_incidents"),
        },
    )
