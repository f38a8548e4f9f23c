"""Production settings: PostgreSQL, SMTP, HTTPS only. Refuses to start when unsafe."""

from __future__ import annotations

import os

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

DEBUG = False
SECRET_KEY = ENV.SECRET_KEY.get_secret_value()
DATA_KEYS = [key.get_secret_value() for key in ENV.DATA_KEY]

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
