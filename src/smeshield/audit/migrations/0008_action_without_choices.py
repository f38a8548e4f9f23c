"""The action column loses its ``choices`` so that a new audited action is a code change,
not a migration (ADR 0025). The application refuses unknown actions; the database refuses
anything that is not a lower-case code without spaces.

On SQLite, adding a check constraint rebuilds the table, and the rebuild drops the table's
triggers: the append-only triggers of 0002 are put back straight afterwards, in the same
migration. On PostgreSQL the table is altered in place and its triggers stay.
Stored rows are untouched, so the hash chain over them still verifies.
"""

import django.db.models.functions.text
from django.db import migrations, models
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

TABLE = "audit_auditentry"
PERMIT = "audit_purge_permit"
SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER IF NOT EXISTS audit_entry_no_update BEFORE UPDATE ON {TABLE}
        BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END""",
    f"""CREATE TRIGGER IF NOT EXISTS audit_entry_no_delete BEFORE DELETE ON {TABLE}
        WHEN NOT EXISTS (SELECT 1 FROM {PERMIT})
        BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END""",
]


def restore_sqlite_triggers(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    if schema_editor.connection.vendor == "sqlite":
        for statement in SQLITE_TRIGGERS:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0007_keyed_chain_head"),
    ]

    operations = [
        # Undoing the constraint rebuilds the table again: the triggers come back last.
        migrations.RunPython(migrations.RunPython.noop, restore_sqlite_triggers),
        migrations.AlterField(
            model_name="auditentry",
            name="action",
            field=models.CharField(max_length=40),
        ),
        migrations.AddConstraint(
            model_name="auditentry",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("action", ""), _negated=True),
                    ("action", django.db.models.functions.text.Lower("action")),
                    models.Q(("action__contains", " "), _negated=True),
                ),
                name="audit_action_is_a_code",
            ),
        ),
        migrations.RunPython(restore_sqlite_triggers, migrations.RunPython.noop),
    ]
