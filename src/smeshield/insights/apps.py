from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "smeshield.insights"
    label = "insights"
    verbose_name = "Insights"

    def ready(self) -> None:
        from smeshield.insights.services import figures_released_log
        from smeshield.kernel import events

        events.listen(events.FIGURES_RELEASED, figures_released_log)
