"""Encrypt the reasons already stored with each delivery: they quote the product's name
as the owner wrote it (ADR 0056). Going back decrypts them."""

from typing import Any

from django.db import migrations

from smeshield.kernel.encryption import encrypt_columns


def _encrypt(apps: Any, schema_editor: Any) -> None:
    encrypt_columns(schema_editor.connection, "alerts_delivery", ("reason",))


def _decrypt(apps: Any, schema_editor: Any) -> None:
    encrypt_columns(schema_editor.connection, "alerts_delivery", ("reason",), reverse=True)


class Migration(migrations.Migration):
    dependencies = [("alerts", "0008_encrypted_delivery_reason")]

    operations = [migrations.RunPython(_encrypt, _decrypt)]
