"""Deliveries keep why they reached a business as a code and parameters, not a sentence.

Existing sentences were written by the two rules the matcher has always had; they are
read back into codes. A sentence neither rule could have written becomes the general
"it matches what you told us" (never kept as text).
"""

import re

from django.db import migrations, models

_USES_AS = re.compile(r"^You told us you use (?P<name>.+) \((?P<identity>[^()]+)\)\.$")
_USES = re.compile(r"^You told us you use (?P<name>.+)\.$")
_LIKE_YOURS = re.compile(r"^It is for businesses like yours \((?P<kinds>.*)\)\.$")


def _kind(part: str) -> dict:
    if part.endswith(" businesses"):
        return {
            "code": "alerts.kind_size_band",
            "params": {"size_band": part[: -len(" businesses")]},
        }
    return {"code": "alerts.kind_place", "params": {"place": part}}


def reason_from_sentence(text: str) -> dict:
    if text == "It is for every business.":
        return {"code": "alerts.for_every_business", "params": {}}
    if found := _USES_AS.match(text):
        return {"code": "alerts.uses_product_as", "params": found.groupdict()}
    if found := _USES.match(text):
        return {"code": "alerts.uses_product", "params": found.groupdict()}
    if found := _LIKE_YOURS.match(text):
        kinds = [_kind(p) for p in found["kinds"].split("; ") if p]
        return {"code": "alerts.for_businesses_like_yours", "params": {"kinds": kinds}}
    return {"code": "alerts.matched", "params": {}}


def forwards(apps, schema_editor):
    Delivery = apps.get_model("alerts", "Delivery")
    for delivery in Delivery.objects.only("pk", "reason_text").iterator():
        delivery.reason = reason_from_sentence(delivery.reason_text)
        delivery.save(update_fields=["reason"])


def backwards(apps, schema_editor):
    Delivery = apps.get_model("alerts", "Delivery")
    for delivery in Delivery.objects.only("pk", "reason").iterator():
        delivery.reason_text = str((delivery.reason or {}).get("code", ""))[:300]
        delivery.save(update_fields=["reason_text"])


class Migration(migrations.Migration):
    dependencies = [
        ("alerts", "0002_longer_titles_and_identity_ids"),
    ]

    operations = [
        migrations.RenameField("delivery", "reason", "reason_text"),
        migrations.AddField("delivery", "reason", models.JSONField(null=True)),
        migrations.RunPython(forwards, backwards),
        migrations.RemoveField("delivery", "reason_text"),
        migrations.AlterField("delivery", "reason", models.JSONField()),
    ]
