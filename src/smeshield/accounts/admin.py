from typing import Any

from django.contrib import admin
from django.contrib.auth.models import Group
from django.http import HttpRequest

from smeshield.accounts.models import User
from smeshield.accounts.services import user_admin_save


@admin.register(User)
class UserAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("email", "display_name", "role", "is_active", "date_joined")
    list_filter = ("role", "is_active")
    search_fields = ("email", "display_name")
    fields = ("email", "display_name", "role", "is_active")
    ordering = ("email",)

    def save_model(self, request: HttpRequest, obj: User, form: Any, change: bool) -> None:
        user_admin_save(
            user=obj,
            creating=not change,
            changed=list(form.changed_data),
            actor=request.user,  # type: ignore[arg-type]
        )


# Access is decided by roles and the access policy; Django's groups are not used.
admin.site.unregister(Group)
