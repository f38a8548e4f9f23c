"""Product names as written become encrypted; keyed hashes take over finding and
keeping them unique (ADR 0056). Schema first; 0006 converts the rows, 0007 narrows
the hash columns and puts the unique constraints back on the hashes."""

from django.db import migrations, models

import smeshield.kernel.encryption


class Migration(migrations.Migration):
    dependencies = [
        ("alerts", "0004_merge_0003_reason_as_code_0003_what_we_use"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="inventoryitem", name="one_item_per_name_and_identity"
        ),
        migrations.RemoveConstraint(model_name="productanswer", name="one_product_answer_per_name"),
        migrations.AddField(
            model_name="inventoryitem",
            name="name_hash",
            field=models.CharField(default="", max_length=64),
            preserve_default=False,
        ),
        migrations.RenameField(
            model_name="inventoryitem", old_name="normalised", new_name="normalised_hash"
        ),
        migrations.RenameField(
            model_name="productanswer", old_name="normalised", new_name="normalised_hash"
        ),
        migrations.AlterField(
            model_name="inventoryitem",
            name="name_as_written",
            field=smeshield.kernel.encryption.EncryptedTextField(),
        ),
    ]
