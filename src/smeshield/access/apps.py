from django.apps import AppConfig


class AccessConfig(AppConfig):
    name = "smeshield.access"
    label = "access"
    verbose_name = "Access policy"
