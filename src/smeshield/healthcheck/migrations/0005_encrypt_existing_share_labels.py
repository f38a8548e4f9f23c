"""Encrypt the labels businesses already gave their share links (ADR 0056); going back
decrypts them."""

from typing import Any

from django.db import migrations

from smeshield.kernel.encryption import encrypt_columns


def _encrypt(apps: Any, schema_editor: Any) -> None:
    encrypt_columns(schema_editor.connection, "healthcheck_sharelink", ("label",))


def _decrypt(apps: Any, schema_editor: Any) -> None:
    encrypt_columns(schema_editor.connection, "healthcheck_sharelink", ("label",), reverse=True)


class Migration(migrations.Migration):
    dependencies = [("healthcheck", "0004_encrypted_share_link_label")]

    operations = [migrations.RunPython(_encrypt, _decrypt)]
