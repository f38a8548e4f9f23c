from django.apps import AppConfig


class AccessConfig(AppConfig):
    name = "smeshield.access"
    label = "access"
    verbose_name = "Access policy"

    def ready(self) -> None:
        """Register every decider under its ``PolicyName``; views only name them."""
        from smeshield.access import checks  # noqa: F401 - registers the system check
        from smeshield.access.policy import register_all

        register_all()
