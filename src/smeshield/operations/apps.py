from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _create_cache_table(sender: AppConfig, **kwargs: Any) -> None:
    """Throttles live in the cache; with the database cache its table must exist."""
    from django.core.management import call_command

    call_command("createcachetable", database=kwargs.get("using", "default"), verbosity=0)


class OperationsConfig(AppConfig):
    name = "smeshield.operations"
    label = "operations"
    verbose_name = "Running the service"

    def ready(self) -> None:
        post_migrate.connect(_create_cache_table, sender=self)
