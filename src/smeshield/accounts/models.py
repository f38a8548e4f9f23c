"""People who use SME Shield, and their second factor."""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from smeshield.domain.roles import Role
from smeshield.kernel.encryption import EncryptedTextField


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


class TotpDevice(models.Model):
    """An authenticator app enrolled by a person. The secret is encrypted at rest."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="totp_device")
    secret = EncryptedTextField()
    created_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    # The last time step accepted: a code is never accepted twice (S7).
    last_used_step = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"authenticator for {self.user_id}"

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None


class RecoveryCode(models.Model):
    """A single-use recovery code, stored only as a salted hash (S7)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="recovery_codes")
    code_hash = models.CharField(max_length=200)
    created_at = models.DateTimeField(default=timezone.now)
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"recovery code for {self.user_id}"
