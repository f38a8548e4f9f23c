from django.apps import AppConfig
from django.core.exceptions import ImproperlyConfigured


class IncidentsConfig(AppConfig):
    name = "smeshield.incidents"
    label = "incidents"
    verbose_name = "Incidents"

    def ready(self) -> None:
        """Check the playbooks at start-up: a broken content file stops the app."""
        from smeshield.content.playbooks import playbooks
        from smeshield.domain.catalog.loader import CatalogueError

        try:
            playbooks()
        except CatalogueError as error:
            raise ImproperlyConfigured(
                "The incident playbooks are not valid:\n  " + "\n  ".join(error.problems)
            ) from error

        from smeshield.incidents.selectors import urgent_requirements
        from smeshield.kernel import hooks

        hooks.contribute(hooks.PLAN_URGENCY, urgent_requirements)
