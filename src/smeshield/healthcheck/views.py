"""Health-check pages: start, one question per page, check answers, results, plan, sharing."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from smeshield.businesses.models import Business
from smeshield.domain.assessment.answers import InvalidAnswerError
from smeshield.domain.assessment.questionnaire import hint_for
from smeshield.domain.catalog.model import Barrier, Question
from smeshield.healthcheck import selectors, services
from smeshield.healthcheck.forms import (
    ActionStatusForm,
    CertificateForm,
    QuestionForm,
    ShareLinkForm,
    StuckForm,
)
from smeshield.healthcheck.models import ActionStatus, Assessment, ShareLink
from smeshield.healthcheck.pdf import render_pdf
from smeshield.healthcheck.presenters import (
    ANSWER_ERRORS,
    answer_summaries,
    areas_with_verdicts,
    catalogue_notice,
    planned_with_progress,
)
from smeshield.healthcheck.services import HealthCheckError
from smeshield.kernel.access import PolicyName, SignedInRequest, permitted_business, policy
from smeshield.kernel.links import site_link


def _attempt(business: Business, assessment_id: UUID) -> Assessment:
    attempt = selectors.attempt_of(business=business, assessment_id=assessment_id)
    if attempt is None:
        raise Http404
    return attempt


def _question_url(business: Business, attempt: Assessment, question_id: str) -> str:
    return reverse(
        "healthcheck_question",
        kwargs={
            "business_id": business.pk,
            "assessment_id": attempt.pk,
            "question_id": question_id,
        },
    )


def _check_url(business: Business, attempt: Assessment) -> str:
    return reverse(
        "healthcheck_check", kwargs={"business_id": business.pk, "assessment_id": attempt.pk}
    )


@policy(PolicyName.BUSINESS_MEMBER)
@require_http_methods(["GET"])
def overview(request: SignedInRequest, business_id: UUID) -> HttpResponse:
    """Start, carry on, or see where you stand and take the check again."""
    business = permitted_business(request)
    latest = selectors.latest_attempt(business=business)
    state = selectors.assessment_state(latest) if latest else None
    history = list(selectors.attempts(business=business).filter(completed_at__isnull=False))
    return render(
        request,
        "healthcheck/overview.html",
        {
            "business": business,
            "latest": latest,
            "state": state,
            "history": history,
            "standard": selectors.standard_changes(business=business),
            "reminders": [
                services.reminder_text(r.kind, r.params)
                for r in selectors.recent_reminders(business=business)
            ],
        },
    )


@policy(PolicyName.BUSINESS_MEMBER)
@require_POST
def start(request: SignedInRequest, business_id: UUID) -> HttpResponse:
    business = permitted_business(request)
    latest = selectors.latest_attempt(business=business)
    if latest is not None and not latest.is_complete:
        attempt = latest  # carry on rather than starting twice (double click, back button)
    else:
        attempt = services.assessment_start(business=business, actor=request.user)
    state = selectors.assessment_state(attempt)
    first = state.path.first_unanswered(state.answers) or state.path.questions[0]
    return redirect(_question_url(business, attempt, first.id))


def _next_page(business: Business, attempt: Assessment, state: selectors.AssessmentState) -> str:
    following = state.path.first_unanswered(state.answers)
    return (
        _question_url(business, attempt, following.id)
        if following
        else _check_url(business, attempt)
    )


def _question_form(
    request: SignedInRequest, state: selectors.AssessmentState, current: Question
) -> QuestionForm:
    given = state.answers.get(current.id)
    initial = {"answer": list(given.choices), "other": "\n".join(given.other)} if given else None
    return QuestionForm(
        request.POST if request.method == "POST" else None,
        question=current,
        catalogue=state.catalogue,
        initial=initial,
    )


def _save_answer(
    request: SignedInRequest,
    business: Business,
    state: selectors.AssessmentState,
    form: QuestionForm,
    question_id: str,
) -> HttpResponse | None:
    """Save the answer and send the user on; None (with the error on the form) if refused."""
    attempt = state.assessment
    if form.cleaned_data["catalogue_version"] != attempt.catalogue_version:
        messages.info(
            request,
            _("The questions have changed since this page was opened. Please answer again."),
        )
        return redirect(_question_url(business, attempt, question_id))
    try:
        recorded = services.answer_record(
            assessment=attempt,
            question_id=question_id,
            choices=form.cleaned_data["answer"],
            other=form.other_lines(),
            idempotency_key=form.cleaned_data["idempotency_key"],
            actor=request.user,
        )
    except InvalidAnswerError as error:
        form.add_error("answer", ANSWER_ERRORS.get(error.code, ANSWER_ERRORS["unknown_option"]))
        return None
    except HealthCheckError as error:
        if error.code != "key_reused":
            raise Http404 from error
        messages.info(request, _("This page was sent twice. We kept the answer you gave first."))
        return redirect(_question_url(business, attempt, question_id))
    return _after_saving(request, business, state.with_answer(recorded.answer), question_id)


def _after_saving(
    request: SignedInRequest,
    business: Business,
    state: selectors.AssessmentState,
    question_id: str,
) -> HttpResponse:
    """Leave for later, back to check-your-answers, or on to the next question."""
    attempt = state.assessment
    if request.POST.get("later"):
        messages.success(
            request, _("Your answer is saved. Carry on whenever you like, on any device.")
        )
        return redirect("healthcheck_overview", business_id=business.pk)
    if request.GET.get("return") == "check":
        return redirect(_check_url(business, attempt))
    following = (
        state.path.next_unanswered_after(question_id, state.answers)
        if state.path.includes(question_id)
        else state.path.first_unanswered(state.answers)
    )
    if following is None:
        return redirect(_check_url(business, attempt))
    return redirect(_question_url(business, attempt, following.id))


def _nothing_given(request: SignedInRequest) -> bool:
    """A page left with nothing ticked or typed: there is nothing to save, nothing wrong."""
    return not any(request.POST.getlist("answer")) and not request.POST.get("other", "").strip()


def _back_link(
    business: Business, attempt: Assessment, request: SignedInRequest, previous: Question | None
) -> str:
    if request.GET.get("return") == "check":
        return _check_url(business, attempt)
    if previous is not None:
        return _question_url(business, attempt, previous.id)
    return reverse("healthcheck_overview", kwargs={"business_id": business.pk})


@policy(PolicyName.BUSINESS_MEMBER)
@require_http_methods(["GET", "POST"])
def question(
    request: SignedInRequest, business_id: UUID, assessment_id: UUID, question_id: str
) -> HttpResponse:
    """One question. The answer is saved as soon as it is given."""
    business = permitted_business(request)
    attempt = _attempt(business, assessment_id)
    if attempt.is_complete:
        return redirect("healthcheck_results", business_id=business.pk, assessment_id=attempt.pk)
    state = selectors.assessment_state(attempt)
    current = state.catalogue.question(question_id)
    if current is None or not state.path.includes(question_id):
        messages.info(
            request, _("That question has changed or no longer applies. Here is the next one.")
        )
        return redirect(_next_page(business, attempt, state))
    form = _question_form(request, state, current)
    if request.method == "POST" and request.POST.get("later") and _nothing_given(request):
        messages.info(request, _("Nothing was ticked on that page, so there was nothing to save."))
        return redirect("healthcheck_overview", business_id=business.pk)
    if request.method == "POST" and form.is_valid():
        moved_on = _save_answer(request, business, state, form, question_id)
        if moved_on is not None:
            return moved_on
    given = state.answers.get(question_id)
    position, total = state.path.position(current)
    context = {
        "business": business,
        "attempt": attempt,
        "question": current,
        "area": None if current.is_profile else state.catalogue.area(current.section),
        "form": form,
        "selected": request.POST.getlist("answer")
        if form.is_bound
        else list(given.choices)
        if given
        else [],
        "back": _back_link(business, attempt, request, state.path.before(question_id)),
        "hint": hint_for(current, state.profile),
        "position": position,
        "total": total,
        "profile_done": state.path.profile_done(state.answers),
        "controls": state.path.controls(),
        "answered": sum(1 for q in state.path.part_of(current) if q.id in state.answers),
        "leaving": request.method == "POST" and bool(request.POST.get("later")),
    }
    return render(request, "healthcheck/question.html", context, status=400 if form.errors else 200)


@policy(PolicyName.BUSINESS_MEMBER)
@require_http_methods(["GET", "POST"])
def check_answers(request: SignedInRequest, business_id: UUID, assessment_id: UUID) -> HttpResponse:
    """Check your answers, change any, then finish."""
    business = permitted_business(request)
    attempt = _attempt(business, assessment_id)
    state = selectors.assessment_state(attempt)
    if request.method == "POST" and not attempt.is_complete:
        try:
            services.assessment_complete(assessment=attempt, actor=request.user)
        except HealthCheckError:
            missing = state.path.first_unanswered(state.answers)
            messages.info(request, _("Some questions still need an answer."))
            if missing is not None:
                return redirect(_question_url(business, attempt, missing.id))
        return redirect("healthcheck_results", business_id=business.pk, assessment_id=attempt.pk)
    return render(
        request,
        "healthcheck/check_answers.html",
        {
            "business": business,
            "attempt": attempt,
            "state": state,
            "rows": answer_summaries(state, business),
            "complete": state.path.complete(state.answers),
        },
    )


@policy(PolicyName.BUSINESS_MEMBER)
@require_http_methods(["GET"])
def results(request: SignedInRequest, business_id: UUID, assessment_id: UUID) -> HttpResponse:
    """Where you stand: readiness, risk in words, and every requirement with its reason."""
    business = permitted_business(request)
    attempt = _attempt(business, assessment_id)
    state = selectors.assessment_state(attempt)
    return render(
        request,
        "healthcheck/results.html",
        {
            "business": business,
            "attempt": attempt,
            "state": state,
            "verdicts": state.verdicts,
            "areas": areas_with_verdicts(state),
            "notice": catalogue_notice(state.catalogue),
            "standard": selectors.standard_changes(business=business, attempt=attempt),
            "progress": selectors.progress_since_last(attempt=attempt),
        },
    )


def _plan_state(business: Business) -> selectors.AssessmentState | None:
    attempt = selectors.latest_completed(business=business) or selectors.latest_attempt(
        business=business
    )
    return selectors.assessment_state(attempt) if attempt else None


@policy(PolicyName.BUSINESS_MEMBER)
@require_http_methods(["GET"])
def plan(request: SignedInRequest, business_id: UUID) -> HttpResponse:
    """What to do first, with cost, time and where each action has got to."""
    business = permitted_business(request)
    state = _plan_state(business)
    if state is None:
        return redirect("healthcheck_overview", business_id=business.pk)
    progress = selectors.action_progress(business=business)
    return render(
        request,
        "healthcheck/plan.html",
        {
            "business": business,
            "state": state,
            "items": planned_with_progress(state.plan, progress, state.catalogue),
        },
    )


@policy(PolicyName.BUSINESS_MEMBER)
@require_http_methods(["GET", "POST"])
def action(request: SignedInRequest, business_id: UUID, action_id: str) -> HttpResponse:
    """One action: what, why, how, cost, time, who can help; and its status."""
    business = permitted_business(request)
    state = _plan_state(business)
    planned = (
        next((p for p in state.plan.actions if p.action.id == action_id), None) if state else None
    )
    if state is None or planned is None:
        raise Http404
    progress = selectors.action_progress(business=business).get(action_id)
    form = ActionStatusForm(
        request.POST if request.method == "POST" else None,
        initial={"status": progress.status if progress else ActionStatus.TO_DO},
    )
    if request.method == "POST" and form.is_valid():
        status = ActionStatus(form.cleaned_data["status"])
        if status == ActionStatus.STUCK:
            return redirect("healthcheck_stuck", business_id=business.pk, action_id=action_id)
        services.action_status_set(
            business=business, action_id=action_id, status=status, actor=request.user
        )
        messages.success(request, _("Saved."))
        return redirect("healthcheck_plan", business_id=business.pk)
    offer = (
        state.catalogue.offer(Barrier(progress.barrier)) if progress and progress.barrier else None
    )
    return render(
        request,
        "healthcheck/action.html",
        {
            "business": business,
            "planned": planned,
            "progress": progress,
            "form": form,
            "offer": offer,
        },
        status=400 if form.errors else 200,
    )


@policy(PolicyName.BUSINESS_MEMBER)
@require_http_methods(["GET", "POST"])
def stuck(request: SignedInRequest, business_id: UUID, action_id: str) -> HttpResponse:
    """Stuck asks why; the reason is kept as barrier data and answered with an offer."""
    business = permitted_business(request)
    state = _plan_state(business)
    planned = (
        next((p for p in state.plan.actions if p.action.id == action_id), None) if state else None
    )
    if state is None or planned is None:
        raise Http404
    form = StuckForm(request.POST if request.method == "POST" else None, catalogue=state.catalogue)
    if request.method == "POST" and form.is_valid():
        services.action_status_set(
            business=business,
            action_id=action_id,
            status=ActionStatus.STUCK,
            barrier=form.chosen,
            note=form.cleaned_data["note"],
            actor=request.user,
        )
        return redirect("healthcheck_action", business_id=business.pk, action_id=action_id)
    return render(
        request,
        "healthcheck/stuck.html",
        {"business": business, "planned": planned, "form": form},
        status=400 if form.errors else 200,
    )


@policy(PolicyName.BUSINESS_MEMBER)
@require_http_methods(["GET"])
def pdf(request: SignedInRequest, business_id: UUID, assessment_id: UUID) -> HttpResponse:
    """The verdicts and plan as a printable PDF."""
    business = permitted_business(request)
    state = selectors.assessment_state(_attempt(business, assessment_id))
    document = render_pdf(
        request,
        "healthcheck/pdf.html",
        {
            "business": business,
            "plan_url": site_link(reverse("healthcheck_plan", kwargs={"business_id": business.pk})),
            "state": state,
            "verdicts": state.verdicts,
            "areas": areas_with_verdicts(state),
            "items": planned_with_progress(
                state.plan, selectors.action_progress(business=business), state.catalogue
            ),
        },
    )
    response = HttpResponse(document, content_type="application/pdf")
    filename = f"sme-shield-health-check-{state.assessment.number}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@policy(PolicyName.BUSINESS_OWNER)
@require_http_methods(["GET", "POST"])
def share(request: SignedInRequest, business_id: UUID) -> HttpResponse:
    """Make, list and revoke links that show a customer or insurer your readiness."""
    business = permitted_business(request)
    completed = selectors.latest_completed(business=business)
    form = ShareLinkForm(request.POST if request.method == "POST" else None)
    new_link = None
    if request.method == "POST" and completed is not None and form.is_valid():
        _, token = services.share_link_create(
            business=business,
            assessment=completed,
            label=form.cleaned_data["label"],
            days=form.cleaned_data["days"],
            actor=request.user,
            request=request,
        )
        # SITE_URL, not the request's host: the link must work wherever it is pasted.
        new_link = site_link(reverse("healthcheck_shared", kwargs={"token": token}))
    links = selectors.share_links_of(business=business)
    return render(
        request,
        "healthcheck/share.html",
        {
            "business": business,
            "completed": completed,
            "form": form,
            "links": links,
            "new_link": new_link,
        },
        status=400 if form.errors else 200,
    )


@policy(PolicyName.BUSINESS_MEMBER)
@require_http_methods(["GET", "POST"])
def certificate(request: SignedInRequest, business_id: UUID) -> HttpResponse:
    """Tell us when your Cyber Essentials certificate ends: we remind you 30 days before."""
    business = permitted_business(request)
    form = CertificateForm(
        request.POST if request.method == "POST" else None, today=timezone.localdate()
    )
    if request.method == "POST" and form.is_valid():
        services.certificate_record(
            business=business,
            expires_on=form.cleaned_data["expires_on"],
            actor=request.user,
            request=request,
        )
        messages.success(request, _("Saved. We will remind you 30 days before it ends."))
        return redirect("healthcheck_certificate", business_id=business.pk)
    return render(
        request,
        "healthcheck/certificate.html",
        {
            "business": business,
            "form": form,
            "recorded": selectors.certificate_of(business=business),
        },
        status=400 if form.errors else 200,
    )


@policy(PolicyName.BUSINESS_OWNER)
@require_POST
def share_revoke(request: SignedInRequest, business_id: UUID, link_id: UUID) -> HttpResponse:
    business = permitted_business(request)
    link = ShareLink.objects.filter(business=business, pk=link_id).first()
    if link is None:
        raise Http404
    services.share_link_revoke(link=link, actor=request.user, request=request)
    messages.success(request, _("The link is switched off. Nobody can open it now."))
    return redirect("healthcheck_share", business_id=business.pk)


@policy(PolicyName.PUBLIC)
@require_http_methods(["GET"])
def shared(request: HttpRequest, token: str) -> HttpResponse:
    """What a customer or insurer sees: the readiness summary and its date, nothing else."""
    link = services.share_link_open(token=token, request=request)
    if link is None:
        raise Http404
    return render(request, "healthcheck/shared.html", {"link": link, "attempt": link.assessment})
