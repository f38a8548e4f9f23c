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


class ReleasedFigure(models.Model):
    """Every population a figure has been released about, to anyone, once per version
    of the data: the release log the differencing check reads (shared by all users and
    organisations, so two people cannot combine their figures)."""

    id = models.BigAutoField(primary_key=True)
    dataset = models.CharField(max_length=60)
    version = models.CharField(max_length=64, help_text="Which state of the data it counted")
    # [[column, value], ...] sorted: the conditions that pick out the businesses
    population = models.JSONField()
    population_key = models.CharField(max_length=64, help_text="SHA-256 of the population")
    n = models.PositiveIntegerField(help_text="Exact number of businesses (never shown)")
    first_query = models.ForeignKey(InsightsQuery, on_delete=models.PROTECT, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["dataset", "version", "population_key"], name="insights_figure_once"
            )
        ]
        indexes = [models.Index(fields=["dataset", "n"])]

    def __str__(self) -> str:
        return f"{self.dataset} {self.version[:8]} n={self.n}"
