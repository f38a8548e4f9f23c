from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "smeshield.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from smeshield.accounts import receivers  # noqa: F401
