from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "smeshield.people"
    label = "people"
    verbose_name = "People who help"

    def ready(self) -> None:
        from smeshield.people import listeners

        listeners.register()
