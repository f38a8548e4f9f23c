from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "smeshield.api"
    label = "api"
    verbose_name = "API for partner integrations"
