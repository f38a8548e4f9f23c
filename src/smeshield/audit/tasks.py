"""Background work for the audit trail: publish the chain head outside the database (daily)."""

from __future__ import annotations

from django.conf import settings
from django_tasks import task

from smeshield.audit.services import audit_head_publish


@task()
def publish_head() -> str:
    """Append today's head to ``settings.AUDIT_HEAD_FILE`` (a file the database user cannot
    change); `smeshield audit verify --expect-head` checks against it later."""
    return audit_head_publish(to=settings.AUDIT_HEAD_FILE)
