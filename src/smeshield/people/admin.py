"""Admin for the support directory: admins add, correct, re-verify and retire entries.
An entry past its review date shows as overdue in the list (and on the public page)."""

from __future__ import annotations

from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

from smeshield.people.models import SupportOrganisation


@admin.register(SupportOrganisation)
class SupportOrganisationAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "kind", "cost", "national", "verified_by", "review_by", "is_overdue")
    list_filter = ("kind", "cost", "national", "is_active")
    search_fields = ("name", "services")
    ordering = ("review_by",)
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}  # noqa: RUF012

    @admin.display(boolean=True, description=_("Review overdue"))
    def is_overdue(self, organisation: SupportOrganisation) -> bool:
        return organisation.overdue()
