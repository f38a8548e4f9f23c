"""The typed environment: every setting that may differ between machines.

Values come from environment variables (prefix-free, e.g. ``DATABASE_URL``) and,
in development only, from an optional ``.env`` file at the repository root.
Production settings refuse to start when a required value is missing.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[3]
VAR_DIR = REPO_ROOT / "var"


class Environment(BaseSettings):
    """Settings read from the process environment, with types and defaults."""

    model_config = SettingsConfigDict(
        env_file=REPO_ROOT / ".env",
        env_file_encoding="utf-8",
        extra="ignore",
        case_sensitive=True,
    )

    DEBUG: bool = False
    SECRET_KEY: SecretStr | None = None
    ALLOWED_HOSTS: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["127.0.0.1", "localhost"]
    )
    DATABASE_URL: str = f"sqlite:///{VAR_DIR / 'smeshield.sqlite3'}"
    EMAIL_URL: str = f"file://{VAR_DIR / 'mail'}"
    DEFAULT_FROM_EMAIL: str = "SME Shield <no-reply@smeshield.example>"
    # The address people reach the service at, for links in emails.
    SITE_URL: str = "http://127.0.0.1:8000"
    REDIS_URL: str | None = None
    # Comma-separated Fernet keys, newest first. The first encrypts; all decrypt.
    DATA_KEY: Annotated[list[SecretStr], NoDecode] = Field(default_factory=list)
    # Keys the audit chain's head (HMAC). Kept out of the database, apart from DATA_KEY.
    AUDIT_KEY: SecretStr | None = None
    AUDIT_HEAD_FILE: str | None = None
    # Keys the hashes that find encrypted words (a product name typed); apart from DATA_KEY.
    LOOKUP_KEY: SecretStr | None = None
    # Number of reverse proxies in front of the app whose X-Forwarded-For we trust.
    TRUSTED_PROXY_COUNT: int = 0
    LOG_LEVEL: str = "INFO"
    # Insights pages: "synthetic" (a generated population, always labelled) or "live"
    # (businesses that agreed to anonymised statistics).
    INSIGHTS_DATASET: str = "synthetic"
    INSIGHTS_SYNTHETIC_BUSINESSES: int = 200_000
    INSIGHTS_SYNTHETIC_SEED: int = 2026

    @field_validator("ALLOWED_HOSTS", mode="before")
    @classmethod
    def _split_hosts(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("DATA_KEY", mode="before")
    @classmethod
    def _split_keys(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value


PRODUCTION_SETTINGS = "smeshield.config.settings.production"


def reads_dot_env(settings_module: str | None) -> bool:
    """A ``.env`` file is a developer's convenience: production reads only the real environment."""
    return settings_module != PRODUCTION_SETTINGS


def load_environment(
    *, settings_module: str | None = None, env_file: Path = REPO_ROOT / ".env"
) -> Environment:
    """Read the environment once; settings modules call this.

    ``settings_module`` defaults to ``$DJANGO_SETTINGS_MODULE``; under production settings
    the ``.env`` file is never read, so a stray file cannot change a live service.
    """
    module = settings_module or os.environ.get("DJANGO_SETTINGS_MODULE")
    return Environment(_env_file=env_file if reads_dot_env(module) else None)  # type: ignore[call-arg]
