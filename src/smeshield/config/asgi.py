"""ASGI entry point (WSGI is the default; see docs/decisions)."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "smeshield.config.settings.dev")

application = get_asgi_application()
