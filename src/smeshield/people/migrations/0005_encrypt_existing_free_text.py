"""Encrypt what members, mentors and facilitators already wrote (ADR 0056); going back
decrypts it."""

from typing import Any

from django.db import migrations

from smeshield.kernel.encryption import encrypt_columns

COLUMNS = {
    "people_mentorship": ("end_reason",),
    "people_mentoringsession": ("topic",),
    "people_setmember": ("display_name",),
    "people_meetingnote": ("issue", "commitments", "review_note"),
}


def _encrypt(apps: Any, schema_editor: Any) -> None:
    for table, columns in COLUMNS.items():
        encrypt_columns(schema_editor.connection, table, columns)


def _decrypt(apps: Any, schema_editor: Any) -> None:
    for table, columns in COLUMNS.items():
        encrypt_columns(schema_editor.connection, table, columns, reverse=True)


class Migration(migrations.Migration):
    dependencies = [("people", "0004_encrypted_free_text_columns")]

    operations = [migrations.RunPython(_encrypt, _decrypt)]
