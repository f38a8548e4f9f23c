"""The database itself refuses to change audit entries (SECURITY.md S22).

UPDATE is always refused. DELETE (and TRUNCATE on PostgreSQL) is refused unless
a row exists in audit_purge_permit, which only a deliberate purge creates
(``audit_purge_permitted`` in services.py). The permit table is not a Django
model, so emptying Django's tables never removes a permit by accident.
The application never updates or deletes entries; these triggers catch anything
else with ordinary access, and the hash chain catches what gets past them.
"""

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

TABLE = "audit_auditentry"
PERMIT = "audit_purge_permit"
PERMIT_TABLE = f"CREATE TABLE {PERMIT} (reason varchar(200) NOT NULL)"

SQLITE_UP = [
    PERMIT_TABLE,
    f"""CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON {TABLE}
        BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END""",
    f"""CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON {TABLE}
        WHEN NOT EXISTS (SELECT 1 FROM {PERMIT})
        BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END""",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS audit_entry_no_update",
    "DROP TRIGGER IF EXISTS audit_entry_no_delete",
    f"DROP TABLE IF EXISTS {PERMIT}",
]

POSTGRES_UP = [
    PERMIT_TABLE,
    f"""CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger AS $$
        BEGIN
            IF TG_OP IN ('DELETE', 'TRUNCATE') AND EXISTS (SELECT 1 FROM {PERMIT}) THEN
                IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
                RETURN NULL;
            END IF;
            RAISE EXCEPTION 'audit entries are append-only';
        END;
        $$ LANGUAGE plpgsql""",
    f"""CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON {TABLE}
        FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()""",
    f"""CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON {TABLE}
        FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()""",
]
POSTGRES_DOWN = [
    f"DROP TRIGGER IF EXISTS audit_entry_no_change ON {TABLE}",
    f"DROP TRIGGER IF EXISTS audit_entry_no_truncate ON {TABLE}",
    "DROP FUNCTION IF EXISTS audit_entry_append_only()",
    f"DROP TABLE IF EXISTS {PERMIT}",
]


def _run(schema_editor: BaseDatabaseSchemaEditor, statements: dict[str, list[str]]) -> None:
    for statement in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement)


def install(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    _run(schema_editor, {"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP})


def remove(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    _run(schema_editor, {"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN})


def create_head(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    apps.get_model("audit", "AuditHead").objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]

    operations = [
        migrations.RunPython(install, remove),
        migrations.RunPython(create_head, migrations.RunPython.noop),
    ]
