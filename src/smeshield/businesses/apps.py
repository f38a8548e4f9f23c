from django.apps import AppConfig


class BusinessesConfig(AppConfig):
    name = "smeshield.businesses"
    label = "businesses"
    verbose_name = "Businesses and partners"
