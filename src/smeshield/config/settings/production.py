"""Production settings: PostgreSQL, SMTP, HTTPS only. Refuses to start when unsafe."""

from __future__ import annotations

import os

from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured

from smeshield.config.settings.base import *  # noqa: F403
from smeshield.config.settings.base import ENV

if ENV.DEBUG:
    raise ImproperlyConfigured("Production refuses to start with DEBUG on. Unset DEBUG.")
if ENV.SECRET_KEY is None or len(ENV.SECRET_KEY.get_secret_value()) < 50:
    raise ImproperlyConfigured(
        "Production needs SECRET_KEY: at least 50 random characters, from the environment."
    )
if not ENV.DATA_KEY:
    raise ImproperlyConfigured("Production needs DATA_KEY (Fernet keys, newest first).")
for _position, _key in enumerate(ENV.DATA_KEY, start=1):
    try:
        Fernet(_key.get_secret_value())
    except ValueError:
        # The key itself is never printed: only which one is wrong.
        raise ImproperlyConfigured(
            f"DATA_KEY number {_position} is not a Fernet key (32 url-safe base64-encoded bytes). "
            "Make one with: python -c 'from cryptography.fernet import Fernet; "
            "print(Fernet.generate_key().decode())'"
        ) from None
if ENV.AUDIT_KEY is None or len(ENV.AUDIT_KEY.get_secret_value()) < 32:
    raise ImproperlyConfigured(
        "Production needs AUDIT_KEY: at least 32 random characters, kept out of the database "
        "and apart from SECRET_KEY and DATA_KEY. It keys the audit trail's chain head."
    )
if ENV.AUDIT_KEY.get_secret_value() in {
    ENV.SECRET_KEY.get_secret_value(),
    *(key.get_secret_value() for key in ENV.DATA_KEY),
}:
    raise ImproperlyConfigured("AUDIT_KEY must differ from SECRET_KEY and every DATA_KEY.")
if ENV.LOOKUP_KEY is None or len(ENV.LOOKUP_KEY.get_secret_value()) < 32:
    raise ImproperlyConfigured(
        "Production needs LOOKUP_KEY: at least 32 random characters, apart from SECRET_KEY, "
        "DATA_KEY and AUDIT_KEY. It keys the hashes that find encrypted words; keep it for "
        "good (a new one means re-hashing, ADR 0056)."
    )
if ENV.LOOKUP_KEY.get_secret_value() in {
    ENV.SECRET_KEY.get_secret_value(),
    ENV.AUDIT_KEY.get_secret_value(),
    *(key.get_secret_value() for key in ENV.DATA_KEY),
}:
    raise ImproperlyConfigured("LOOKUP_KEY must differ from SECRET_KEY, AUDIT_KEY and DATA_KEY.")
if not ENV.ALLOWED_HOSTS or any(host == "*" or host.startswith("*") for host in ENV.ALLOWED_HOSTS):
    raise ImproperlyConfigured(
        "Production needs ALLOWED_HOSTS: the service's own host names, comma-separated. "
        "A wildcard ('*') would let any Host header through."
    )

DEBUG = False
SECRET_KEY = ENV.SECRET_KEY.get_secret_value()
DATA_KEYS = [key.get_secret_value() for key in ENV.DATA_KEY]
AUDIT_KEY = ENV.AUDIT_KEY.get_secret_value()
LOOKUP_KEY = ENV.LOOKUP_KEY.get_secret_value()

SECURE_SSL_REDIRECT = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"

# Production shows live figures (consenting businesses only) unless told otherwise.
INSIGHTS_DATASET = os.environ.get("INSIGHTS_DATASET", "live")
