"""The old second-factor tables, emptied into allauth's by 0002."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_second_factor_to_allauth"),
    ]

    operations = [
        migrations.RemoveField(model_name="totpdevice", name="user"),
        migrations.DeleteModel(name="RecoveryCode"),
        migrations.DeleteModel(name="TotpDevice"),
    ]
