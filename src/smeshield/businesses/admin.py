"""Admin for partner organisations. Businesses are not in the admin: staff see a business
only through the audited staff page, with a stated reason."""

from django.contrib import admin
from django.db import models

from smeshield.businesses.models import PartnerMembership, PartnerOrganisation


class PartnerMembershipInline(admin.TabularInline):  # type: ignore[type-arg]
    model = PartnerMembership
    extra = 0
    autocomplete_fields = ("user",)


@admin.register(PartnerOrganisation)
class PartnerOrganisationAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "kind", "police_force_code", "is_active")
    list_filter = ("kind", "is_active")
    search_fields = ("name",)
    inlines = (PartnerMembershipInline,)
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}  # noqa: RUF012
