from django.apps import AppConfig
from django.core.exceptions import ImproperlyConfigured


class HealthcheckConfig(AppConfig):
    name = "smeshield.healthcheck"
    label = "healthcheck"
    verbose_name = "Health check"

    def ready(self) -> None:
        """Check every catalogue file at start-up: a broken content file stops the app."""
        from smeshield.content.catalogues import all_catalogues
        from smeshield.domain.catalog.loader import CatalogueError

        try:
            all_catalogues()
        except CatalogueError as error:
            raise ImproperlyConfigured(
                "A health-check content file is not valid:\n  " + "\n  ".join(error.problems)
            ) from error
