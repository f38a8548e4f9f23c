from django.apps import AppConfig


class AlertsConfig(AppConfig):
    name = "smeshield.alerts"
    label = "alerts"
    verbose_name = "Alerts"

    def ready(self) -> None:
        from smeshield.alerts import listeners

        listeners.register()
