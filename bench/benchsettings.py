"""Settings for the load benchmark: the development settings on PostgreSQL, plus a bare view."""

from smeshield.config.settings.dev import *  # noqa: F403

ROOT_URLCONF = "benchsite"
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
