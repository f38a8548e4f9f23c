"""Encrypt the names already written and hash them (ADR 0056).

Raw SQL: the historical model already reads ``name_as_written`` as encrypted. Going
back decrypts the names and works the normalised names out again; the businesses'
"Did you mean ...?" answers are kept only as hashes, which cannot be turned back into
words, so going back forgets them (the business is asked again).
"""

from typing import Any

from django.db import migrations

from smeshield.domain.products.vocabulary import normalise_name
from smeshield.kernel.encryption import decrypt, encrypt, lookup_hash


def _hash_and_encrypt(apps: Any, schema_editor: Any) -> None:
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT id, name_as_written FROM alerts_inventoryitem")
        for pk, name in cursor.fetchall():
            cursor.execute(
                "UPDATE alerts_inventoryitem SET name_as_written = %s, name_hash = %s, "
                "normalised_hash = %s WHERE id = %s",
                [
                    encrypt(name),
                    lookup_hash(name),
                    lookup_hash(normalise_name(name)[:120]),
                    pk,
                ],
            )
        cursor.execute("SELECT id, normalised_hash FROM alerts_productanswer")
        for pk, normalised in cursor.fetchall():
            cursor.execute(
                "UPDATE alerts_productanswer SET normalised_hash = %s WHERE id = %s",
                [lookup_hash(normalised), pk],
            )


def _decrypt(apps: Any, schema_editor: Any) -> None:
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT id, name_as_written FROM alerts_inventoryitem")
        for pk, token in cursor.fetchall():
            name = decrypt(token)
            cursor.execute(
                "UPDATE alerts_inventoryitem SET name_as_written = %s, name_hash = '', "
                "normalised_hash = %s WHERE id = %s",
                [name[:120], normalise_name(name)[:120], pk],
            )
        cursor.execute("DELETE FROM alerts_productanswer")


class Migration(migrations.Migration):
    dependencies = [("alerts", "0005_inventory_name_hashes")]

    operations = [migrations.RunPython(_hash_and_encrypt, _decrypt)]
