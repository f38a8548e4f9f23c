"""Move enrolled staff's second factor into allauth's mfa app, without re-enrolment.

Each confirmed authenticator app becomes an ``mfa.Authenticator`` of type ``totp``
holding the same secret (encrypted with DATA_KEY, as allauth's adapter reads it), so
the app on the person's phone keeps working. Their unused recovery codes stay salted
hashes, now inside the person's ``recovery_codes`` authenticator, where every
recovery code is kept once shown; each still works once (``smeshield.accounts``
services and forms). ADR 0034.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from django.db import migrations

from smeshield.kernel import encryption

RECOVERY_CODE_HASHES = "smeshield_code_hashes"  # as in smeshield.accounts.services


def legacy_second_factors_to_authenticators(
    authenticator_model: Any,
    devices: Iterable[tuple[Any, str, Any]],
    unused_codes: Iterable[tuple[Any, str]],
) -> int:
    """Write allauth authenticators for ``(user_id, secret, confirmed_at)`` devices and
    ``(user_id, code_hash)`` unused recovery codes; returns how many people moved."""
    hashes: dict[Any, list[str]] = defaultdict(list)
    for user_id, code_hash in unused_codes:
        hashes[user_id].append(code_hash)
    moved = 0
    for user_id, secret, confirmed_at in devices:
        if confirmed_at is None:
            continue  # never finished setting up: they will set up afresh
        authenticator_model.objects.create(
            user_id=user_id,
            type="totp",
            data={"secret": encryption.encrypt(secret)},
            created_at=confirmed_at,
        )
        authenticator_model.objects.create(
            user_id=user_id,
            type="recovery_codes",
            # No seed: allauth's own code list is empty; only the hashes count.
            data={
                "migrated_codes": [],
                RECOVERY_CODE_HASHES: hashes.get(user_id, []),
                "viewed_at": time.time(),
            },
            created_at=confirmed_at,
        )
        moved += 1
    return moved


def forwards(apps: Any, schema_editor: Any) -> None:
    device_model = apps.get_model("accounts", "TotpDevice")
    code_model = apps.get_model("accounts", "RecoveryCode")
    authenticator_model = apps.get_model("mfa", "Authenticator")
    legacy_second_factors_to_authenticators(
        authenticator_model,
        device_model.objects.values_list("user_id", "secret", "confirmed_at"),
        code_model.objects.filter(used_at__isnull=True).values_list("user_id", "code_hash"),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("mfa", "0003_authenticator_type_uniq"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
