"""Settings for pytest: fast hashing, tasks run immediately, a fresh key per run.

The database comes from DATABASE_URL, so the same suite runs on SQLite and on
PostgreSQL (``make test`` runs both).
"""

from __future__ import annotations

import os

from cryptography.fernet import Fernet

from smeshield.config.env import VAR_DIR
from smeshield.config.settings.base import *  # noqa: F403
from smeshield.config.settings.base import DATABASES

VAR_DIR.mkdir(exist_ok=True)  # a fresh clone has no var/ yet
SECRET_KEY = "test-only-" + os.urandom(16).hex()
DATA_KEYS = [Fernet.generate_key().decode("ascii")]
AUDIT_KEY = "test-audit-key-" + os.urandom(16).hex()
LOOKUP_KEY = "test-lookup-key-" + os.urandom(16).hex()
DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # speed; tests only
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
STATIC_ROOT = VAR_DIR / "test-static"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["NAME"] = str(VAR_DIR / "test.sqlite3")
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-run.sqlite3")}

# A smaller synthetic population keeps the insights pages quick in tests.
INSIGHTS_SYNTHETIC_BUSINESSES = 60_000

# WebAuthn over plain http works only on this machine (localhost), never in production.
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = True
