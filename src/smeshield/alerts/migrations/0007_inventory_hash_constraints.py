"""The hash columns hold 64 hex characters; uniqueness holds on the hashes (ADR 0056)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("alerts", "0006_encrypt_inventory_names")]

    operations = [
        migrations.AlterField(
            model_name="inventoryitem",
            name="normalised_hash",
            field=models.CharField(db_index=True, max_length=64),
        ),
        migrations.AlterField(
            model_name="productanswer",
            name="normalised_hash",
            field=models.CharField(max_length=64),
        ),
        migrations.AddConstraint(
            model_name="inventoryitem",
            constraint=models.UniqueConstraint(
                fields=("business", "name_hash", "identity_id"),
                name="one_item_per_name_and_identity",
            ),
        ),
        migrations.AddConstraint(
            model_name="productanswer",
            constraint=models.UniqueConstraint(
                fields=("business", "normalised_hash"), name="one_product_answer_per_name"
            ),
        ),
    ]
