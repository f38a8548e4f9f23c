from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "smeshield.api"
    label = "api"
    verbose_name = "API for partner integrations"

    def ready(self) -> None:
        from smeshield.api.services import api_token_authenticate
        from smeshield.kernel.tokens import register_authenticator

        register_authenticator(lambda token: api_token_authenticate(token=token))
