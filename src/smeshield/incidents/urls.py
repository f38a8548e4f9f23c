from django.urls import path

from smeshield.incidents import views

BASE = "businesses/<uuid:business_id>/incidents/"
ONE = BASE + "<uuid:incident_id>/"

urlpatterns = [
    path("help/", views.help_index, name="help"),
    path("help/questions/", views.help_triage, name="help_triage"),
    path("help/<slug:type_id>/", views.help_type, name="help_type"),
    path("help/<slug:type_id>/checklist/", views.help_checklist, name="help_checklist"),
    path("help/<slug:type_id>/checklist.pdf", views.help_checklist_pdf, name="help_checklist_pdf"),
    path(BASE, views.incident_list, name="incident_list"),
    path(BASE + "new/", views.incident_new, name="incident_new"),
    path(ONE, views.incident_detail, name="incident_detail"),
    path(ONE + "veris.json", views.incident_veris, name="incident_veris"),
    path(ONE + "send-to-police/", views.incident_share, name="incident_share"),
    path("staff/incidents/", views.police_incidents, name="police_incidents"),
    path("staff/incidents/<uuid:incident_id>/", views.police_incident, name="police_incident"),
]
