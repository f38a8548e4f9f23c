from django.apps import AppConfig


class OperationsConfig(AppConfig):
    name = "smeshield.operations"
    label = "operations"
    verbose_name = "Running the service"
