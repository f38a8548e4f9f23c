from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "smeshield.insights"
    label = "insights"
    verbose_name = "Insights"
