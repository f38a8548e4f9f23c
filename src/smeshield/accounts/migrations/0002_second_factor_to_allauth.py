"""Move enrolled staff's second factor into allauth's mfa app, without re-enrolment.

Each confirmed authenticator app becomes an ``mfa.Authenticator`` of type ``totp``
holding the same secret (encrypted with DATA_KEY, as allauth's adapter reads it), so
the app on the person's phone keeps working. Their unused recovery codes were only
ever stored as salted hashes, so they cannot become allauth's codes; they are kept,
still hashed, inside the person's ``recovery_codes`` authenticator and each still
works once (``smeshield.accounts.forms``). ADR 0034.
"""

from __future__ import annotations

import secrets
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from django.db import migrations

from smeshield import encryption

LEGACY_RECOVERY_HASHES = "smeshield_legacy_hashes"


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
            data={
                "seed": encryption.encrypt(secrets.token_hex(40)),
                "used_mask": 0,
                LEGACY_RECOVERY_HASHES: hashes.get(user_id, []),
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
