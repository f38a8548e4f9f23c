from django.urls import path

from smeshield.healthcheck import views

BASE = "businesses/<uuid:business_id>/health-check/"
ATTEMPT = BASE + "<uuid:assessment_id>/"

urlpatterns = [
    path(BASE, views.overview, name="healthcheck_overview"),
    path(BASE + "start/", views.start, name="healthcheck_start"),
    path(ATTEMPT + "questions/<str:question_id>/", views.question, name="healthcheck_question"),
    path(ATTEMPT + "check/", views.check_answers, name="healthcheck_check"),
    path(ATTEMPT + "results/", views.results, name="healthcheck_results"),
    path(ATTEMPT + "health-check.pdf", views.pdf, name="healthcheck_pdf"),
    path(BASE + "plan/", views.plan, name="healthcheck_plan"),
    path(BASE + "plan/<str:action_id>/", views.action, name="healthcheck_action"),
    path(BASE + "plan/<str:action_id>/stuck/", views.stuck, name="healthcheck_stuck"),
    path(BASE + "share/", views.share, name="healthcheck_share"),
    path(BASE + "certificate/", views.certificate, name="healthcheck_certificate"),
    path(
        BASE + "share/<uuid:link_id>/revoke/", views.share_revoke, name="healthcheck_share_revoke"
    ),
    path("shared/<str:token>/", views.shared, name="healthcheck_shared"),
]
