from django.apps import AppConfig


class GeographyConfig(AppConfig):
    name = "smeshield.geography"
    label = "geography"
    verbose_name = "Places"
