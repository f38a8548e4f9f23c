"""The insights query log: who asked for what, and every figure released (with its exact
population size, which is never shown but lets the differencing check refuse a figure
that would, with an earlier one, reveal a small group)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class InsightsQuery(models.Model):
    id = models.BigAutoField(primary_key=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(default=timezone.now, db_index=True)
    dataset = models.CharField(max_length=60)
    where = models.CharField(max_length=20, help_text="page, csv, api or extract")
    query = models.JSONField(default=dict)
    # [[[dimension, value], ...], exact n] for every figure released
    figures = models.JSONField(default=list)
    suppressed = models.PositiveIntegerField(default=0)

    class Meta:
        indexes = [models.Index(fields=["user", "dataset"])]
        ordering = ("-at",)
        verbose_name_plural = "insights queries"

    def __str__(self) -> str:
        return f"{self.user_id} {self.at:%Y-%m-%d %H:%M} {self.where}"
