from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "smeshield.audit"
    label = "audit"
    verbose_name = "Audit trail"
