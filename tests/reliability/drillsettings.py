"""Settings for the R3 drill: the development settings, with a short stale-task threshold so
a killed worker's task is queued again within seconds rather than a minute."""

from smeshield.config.settings.dev import *  # noqa: F403

TASKS_STALE_AFTER_SECONDS = 6
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
