"""People who use SME Shield. Their second factor is allauth's ``mfa.Authenticator``."""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from smeshield.domain.roles import Role


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        if not email:
            raise ValueError("email is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("role", Role.ADMIN)
        return self.create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """A person. Signs in with a code sent to their email; staff add a second factor."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    email = models.EmailField(_("email address"), unique=True, max_length=254)
    display_name = models.CharField(_("name"), max_length=100, blank=True)
    role = models.CharField(
        _("role"),
        max_length=20,
        choices=[(r.value, _(r.label)) for r in Role],
        default=Role.BUSINESS,
    )
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(default=timezone.now)
    # The language they chose (a code from settings.LANGUAGES), applied when they sign in;
    # blank until they choose one. ADR 0062.
    language = models.CharField(_("language"), max_length=10, blank=True, default="")

    objects: ClassVar[UserManager] = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.display_name or self.email

    @property
    def role_enum(self) -> Role:
        return Role(self.role)

    @property
    def is_staff_role(self) -> bool:
        """Mentors, facilitators, police, partners, researchers and admins."""
        return self.role_enum.is_staff_role

    @property
    def is_staff(self) -> bool:
        """Django admin access: admins only (and the policy still asks for two factors)."""
        return self.role == Role.ADMIN and self.is_active

    def has_perm(self, perm: str, obj: object = None) -> bool:
        """Roles, not Django permissions, decide: an active admin may use the admin."""
        return self.is_staff

    def has_module_perms(self, app_label: str) -> bool:
        return self.is_staff
