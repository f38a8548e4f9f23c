from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "smeshield.web"
    label = "web"
    verbose_name = "Web pages"
