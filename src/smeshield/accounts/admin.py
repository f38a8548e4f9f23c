from django.contrib import admin
from django.contrib.auth.models import Group

from smeshield.accounts.models import User


@admin.register(User)
class UserAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("email", "display_name", "role", "is_active", "date_joined")
    list_filter = ("role", "is_active")
    search_fields = ("email", "display_name")
    fields = ("email", "display_name", "role", "is_active")
    ordering = ("email",)


# Access is decided by roles and the access policy; Django's groups are not used.
admin.site.unregister(Group)
