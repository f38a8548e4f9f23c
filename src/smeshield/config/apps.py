from django.contrib.admin.apps import AdminConfig


class SmeShieldAdminConfig(AdminConfig):
    default_site = "smeshield.config.admin.SmeShieldAdminSite"
