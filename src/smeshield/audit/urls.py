from django.urls import path

from smeshield.audit import views

urlpatterns = [path("staff/audit/", views.audit_trail, name="audit_trail")]
