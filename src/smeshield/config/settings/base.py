"""Settings shared by every environment. Environment-specific modules import this."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import dj_database_url
import dj_email_url
from csp.constants import NONCE, NONE, SELF

from smeshield.config.env import REPO_ROOT, VAR_DIR, Environment, load_environment

ENV: Environment = load_environment()

BASE_DIR = REPO_ROOT
DEBUG = ENV.DEBUG
ALLOWED_HOSTS = ENV.ALLOWED_HOSTS
SITE_NAME = "SME Shield"

INSTALLED_APPS = [
    "smeshield.config.apps.SmeShieldAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_forms_gds",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "smeshield.web",
    "smeshield.access",
    "smeshield.audit",
    "smeshield.accounts",
    "smeshield.geography",
    "smeshield.businesses",
    "smeshield.healthcheck",
    "smeshield.incidents",
    "smeshield.alerts",
    "smeshield.insights",
    "smeshield.people",
    "smeshield.api",
    "smeshield.operations",
    # After our apps, so our templates override allauth's.
    "allauth",
    "allauth.account",
    "allauth.mfa",
]

MIDDLEWARE = [
    # Header middleware sits above WhiteNoise so static files get the headers too.
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "smeshield.web.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After sign-in is known: a signed-in person's saved language wins over the cookie.
    "smeshield.accounts.middleware.UserLanguageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "smeshield.accounts.middleware.StaffSessionMiddleware",
]

ROOT_URLCONF = "smeshield.config.urls"
WSGI_APPLICATION = "smeshield.config.wsgi.application"

TEMPLATES: list[dict[str, Any]] = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "smeshield.web.context_processors.service",
                "smeshield.people.context_processors.notices",
            ],
            "builtins": ["django.templatetags.i18n", "smeshield.web.templatetags.wording"],
        },
    }
]

# --- Database -------------------------------------------------------------
DATABASES = {"default": dj_database_url.parse(ENV.DATABASE_URL, conn_max_age=600)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers run beside a writer; IMMEDIATE takes the write lock at
    # BEGIN so two writers queue instead of failing half-way.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
            "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=20000;"
        ),
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
else:
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Accounts -------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "landing"

ACCOUNT_ADAPTER = "smeshield.accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = True
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_TIMEOUT = 15 * 60
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_LOGIN_BY_CODE_TIMEOUT = 15 * 60
ACCOUNT_LOGIN_BY_CODE_MAX_ATTEMPTS = 3
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = "SME Shield: "
# Proving it is you again means the second factor: an emailed code never re-proves it.
ACCOUNT_REAUTHENTICATION_METHODS = ["mfa"]
ACCOUNT_FORMS = {
    "signup": "smeshield.accounts.forms.SignUpForm",
    "request_login_code": "smeshield.accounts.forms.RequestCodeForm",
    "confirm_login_code": "smeshield.accounts.forms.ConfirmCodeForm",
    "confirm_email_verification_code": "smeshield.accounts.forms.ConfirmEmailCodeForm",
}
# Throttling (SECURITY.md S8). Keys are the email address; windows are the
# cool-off, so an attacker can hold a real user back for at most that long.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,20/h/key",
    "request_login_code": "20/m/ip,5/15m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/10s/key",
    # Wrong learning-set join codes, per business: codes are short, so guessing is throttled.
    "learning_set_join_failed": "10/15m/key",
}
# Second factor for staff (SECURITY.md S6-S8; ADR 0034): allauth's mfa app.
# Wrong second-factor codes count against "login_failed" per person (20 an hour).
MFA_ADAPTER = "smeshield.accounts.adapter.MFAAdapter"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_FORMS = {
    "authenticate": "smeshield.accounts.forms.MFAAuthenticateForm",
    "reauthenticate": "smeshield.accounts.forms.MFAReauthenticateForm",
    "activate_totp": "smeshield.accounts.forms.ActivateTOTPForm",
    "add_webauthn": "smeshield.accounts.forms.AddWebAuthnForm",
}
MFA_TOTP_ISSUER = "SME Shield"
MFA_TOTP_TOLERANCE = 1  # the previous and next 30-second step, for clocks a little out
MFA_RECOVERY_CODES_SHOW_ONCE = True
# Passkeys are a second factor after the emailed code, not a sign-in on their own.
MFA_PASSKEY_LOGIN_ENABLED = False
MFA_PASSKEY_SIGNUP_ENABLED = False
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = False  # plain http only in dev and test settings
# Staff add a factor in a session that has just proved the emailed code (and, once
# they have one, their second factor): no extra re-authentication step.
MFA_REAUTHENTICATION_REQUIRED = False
MFA_TRUST_ENABLED = False
ALLAUTH_TRUSTED_PROXY_COUNT = ENV.TRUSTED_PROXY_COUNT
ALLAUTH_TRUSTED_CLIENT_IP_HEADER: str | None = None

# Sessions (S9): staff get 12 hours absolute and 30 minutes idle; new key at login.
SESSION_COOKIE_AGE = int(timedelta(days=14).total_seconds())
STAFF_SESSION_ABSOLUTE = timedelta(hours=12)
STAFF_SESSION_IDLE = timedelta(minutes=30)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_FAILURE_VIEW = "smeshield.web.views.csrf_failure"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.ScryptPasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

# Field encryption (S20): a dedicated key, never SECRET_KEY.
DATA_KEYS = [key.get_secret_value() for key in ENV.DATA_KEY]
# Keys the lookup hashes beside encrypted text (ADR 0056); never a DATA_KEY.
LOOKUP_KEY = ENV.LOOKUP_KEY.get_secret_value() if ENV.LOOKUP_KEY else ""
# The audit chain's head is MACed with this key (SECURITY.md S22; ADR 0049).
AUDIT_KEY = ENV.AUDIT_KEY.get_secret_value() if ENV.AUDIT_KEY else ""
# Where the daily job appends the chain head; production: a file the database user cannot change.
AUDIT_HEAD_FILE = Path(ENV.AUDIT_HEAD_FILE) if ENV.AUDIT_HEAD_FILE else VAR_DIR / "audit-heads.log"

# --- Email ----------------------------------------------------------------
_email = dj_email_url.parse(ENV.EMAIL_URL)
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_FILE_PATH = _email.get("EMAIL_FILE_PATH") or str(VAR_DIR / "mail")
if EMAIL_BACKEND.endswith("filebased.EmailBackend") and not EMAIL_FILE_PATH.startswith("/"):
    EMAIL_FILE_PATH = "/" + EMAIL_FILE_PATH
EMAIL_HOST = _email.get("EMAIL_HOST") or "localhost"
EMAIL_PORT = _email.get("EMAIL_PORT") or 25
EMAIL_HOST_USER = _email.get("EMAIL_HOST_USER") or ""
EMAIL_HOST_PASSWORD = _email.get("EMAIL_HOST_PASSWORD") or ""
EMAIL_USE_TLS = bool(_email.get("EMAIL_USE_TLS"))
EMAIL_USE_SSL = bool(_email.get("EMAIL_USE_SSL"))
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = ENV.DEFAULT_FROM_EMAIL
SITE_URL = ENV.SITE_URL.rstrip("/")
INSIGHTS_DATASET = ENV.INSIGHTS_DATASET
INSIGHTS_SYNTHETIC_BUSINESSES = ENV.INSIGHTS_SYNTHETIC_BUSINESSES
INSIGHTS_SYNTHETIC_SEED = ENV.INSIGHTS_SYNTHETIC_SEED
SERVER_EMAIL = ENV.DEFAULT_FROM_EMAIL

# --- Cache ----------------------------------------------------------------
if ENV.REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": ENV.REDIS_URL,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "smeshield_cache",
        }
    }

# --- Background tasks -----------------------------------------------------
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# --- Internationalisation -------------------------------------------------
LANGUAGE_CODE = "en-gb"
# Each language by its own name (not translated), so a reader finds theirs in any language.
# Urdu and Arabic are right to left (Django's LANGUAGES_BIDI): pages get dir="rtl". ADR 0062.
LANGUAGES = [
    ("en-gb", "English"),
    ("pl", "Polski"),
    ("ur", "اردو"),
    ("ar", "العربية"),
]
LOCALE_PATHS = [REPO_ROOT / "src" / "smeshield" / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/London"
USE_TZ = True
LANGUAGE_COOKIE_SECURE = False
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# --- Static files ---------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
# VAR_DIR (imported above) is a setting too: apps read settings.VAR_DIR, not config.env.

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Forms ----------------------------------------------------------------
CRISPY_ALLOWED_TEMPLATE_PACKS = ["gds"]
CRISPY_TEMPLATE_PACK = "gds"
CRISPY_GDS_FRONTEND_VERSION = "5.14.0"
FORM_RENDERER = "django.forms.renderers.DjangoTemplates"

# --- Security headers (S17) -----------------------------------------------
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# --- Logging --------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": ENV.LOG_LEVEL},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

# --- API ------------------------------------------------------------------
NINJA_PAGINATION_PER_PAGE = 50
