"""Settings, read from the environment (twelve-factor) and parsed strictly.

`LIANYANG_MODE` is `development` (the default: a newcomer runs with nothing set) or `production`, which refuses
to start without its secrets or with the demo's TOTP switch on. Every secret can also be given as a file through
`NAME_FILE` (Docker and systemd credentials).
"""

import json
import os
import secrets
from pathlib import Path

import environ
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()

_TRUE, _FALSE = {"true", "1", "yes", "on"}, {"false", "0", "no", "off", ""}


def env_bool(name: str, default: bool) -> bool:
    """A boolean that refuses anything but true/false (and 1/0, yes/no, on/off)."""
    raw = env.str(name, default=str(default)).strip().lower()
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}")


def secret(name: str) -> str | None:
    """A secret from `NAME`, or from the file named by `NAME_FILE`."""
    path = env.str(f"{name}_FILE", default="")
    if path:
        return Path(path).read_text().strip()
    return env.str(name, default="") or None


MODE = env.str("LIANYANG_MODE", default="development")
if MODE not in {"development", "production"}:
    raise ImproperlyConfigured("LIANYANG_MODE must be development or production")
PRODUCTION = MODE == "production"


def _development_secrets() -> dict:
    """Random secrets for a development machine, kept in var/ so encrypted rows stay readable across runs."""
    path = VAR_DIR / "development-secrets.json"
    if path.exists():
        return json.loads(path.read_text())
    VAR_DIR.mkdir(exist_ok=True)
    values = {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "FIELD_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "BLIND_INDEX_KEY": secrets.token_urlsafe(32),
    }
    path.write_text(json.dumps(values))
    path.chmod(0o600)
    return values


def _required_secret(name: str, *, shortest: int = 0) -> str:
    """A secret from the environment; production refuses one that is missing or guessable (shorter than
    `shortest`, fewer than five different characters, or Django's own insecure placeholder)."""
    value = secret(name)
    if value:
        if PRODUCTION and (len(value) < shortest or len(set(value)) < 5 or value.startswith("django-insecure-")):
            raise ImproperlyConfigured(
                f"{name} is too weak for production: use at least {shortest} random characters, for example "
                f"the output of: python3 -c 'import secrets; print(secrets.token_urlsafe({shortest}))'"
            )
        return value
    if PRODUCTION:
        raise ImproperlyConfigured(f"{name} is required in production (set {name} or {name}_FILE)")
    return _development_secrets()[name]


SECRET_KEY = _required_secret("SECRET_KEY", shortest=50)
# Fernet keys, comma-separated, newest first: new rows are encrypted with the first, all of them decrypt.
FIELD_ENCRYPTION_KEYS = [k.strip() for k in _required_secret("FIELD_ENCRYPTION_KEYS").split(",") if k.strip()]
for _key in FIELD_ENCRYPTION_KEYS:
    try:
        Fernet(_key)
    except ValueError as error:
        raise ImproperlyConfigured("FIELD_ENCRYPTION_KEYS holds a key that is not a Fernet key") from error
# The key of the HMAC blind index that finds a document by its number; it never rotates with the Fernet keys.
BLIND_INDEX_KEY = _required_secret("BLIND_INDEX_KEY", shortest=32)

DEBUG = env_bool("DEBUG", False)
if PRODUCTION and DEBUG:
    raise ImproperlyConfigured("DEBUG cannot be on in production")

# The demo may let staff in without a second factor; production refuses to start with it on.
DEMO_SKIP_TOTP = env_bool("DEMO_SKIP_TOTP", False)
if PRODUCTION and DEMO_SKIP_TOTP:
    raise ImproperlyConfigured("DEMO_SKIP_TOTP cannot be on in production")
# The demo keeps every e-mail in its outbox page instead of sending it (lianyang/demo/outbox.py); never in
# production, where the outbox would show anyone every resident's login code.
DEMO_OUTBOX = env_bool("DEMO_OUTBOX", False)
if PRODUCTION and DEMO_OUTBOX:
    raise ImproperlyConfigured("DEMO_OUTBOX cannot be on in production")

if PRODUCTION:
    ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
else:
    ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver", "[::1]"])

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "csp",
    "django_countries",
    "phonenumber_field",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "lianyang.core",
    "lianyang.audit",
    "lianyang.accounts",
    "lianyang.community",
    "lianyang.people",
    "lianyang.notify",
    "lianyang.registration",
    "lianyang.reports",
    "lianyang.portal",
    "lianyang.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "lianyang.core.middleware.RefuseNulMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "lianyang.accounts.middleware.StaffLanguageMiddleware",
    "lianyang.accounts.caching.PrivatePagesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "lianyang.urls"
WSGI_APPLICATION = "lianyang.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "lianyang" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "lianyang.demo.outbox.demo_outbox",
            ],
        },
    },
]

# The cache holds only short-lived lists for filters (never personal data): each process's memory by default,
# Redis through CACHE_URL (rediscache://127.0.0.1:6379/1) when several machines serve one deployment.
CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://")}

# Databases: SQLite in var/ by default; PostgreSQL through DATABASE_URL.
VAR_DIR.mkdir(exist_ok=True)
DATABASES = {"default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'lianyang.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work while one writer writes; IMMEDIATE takes the write lock at BEGIN so two writers
    # queue behind the busy timeout instead of failing with "database is locked" halfway through.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
    }
    # A file (WAL needs one), one per test process so parallel runs on one machine never share it.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")}
else:
    DATABASES["default"].setdefault("CONN_MAX_AGE", 60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "lianyang.accounts.backends.UserBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:staff_login"

# Lockout after repeated failures (ASVS 2.2.1), per user name and address together.
AXES_ENABLED = env_bool("AXES_ENABLED", True)
# The reverse proxies in front of `lianyang serve` (addresses or networks): behind them, the sender is read from
# X-Forwarded-For (lianyang/core/clients.py), for the lockout and the audit log alike.
TRUSTED_PROXIES = env.list("TRUSTED_PROXIES", default=[])
AXES_CLIENT_IP_CALLABLE = "lianyang.core.clients.client_ip"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"

SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

FORM_RENDERER = "lianyang.core.rendering.FormRenderer"  # the plainest widgets drawn in Python (core/rendering.py)

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("zh-hans", _("Simplified Chinese")),
    ("ja", _("Japanese")),
    ("ko", _("Korean")),
    ("fr", _("French")),
    ("de", _("German")),
    ("es", _("Spanish")),
    ("pt-br", _("Brazilian Portuguese")),
    ("ru", _("Russian")),
    ("ar", _("Arabic")),
]
LOCALE_PATHS = [BASE_DIR / "lianyang" / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Shanghai"
PHONENUMBER_DEFAULT_REGION = "CN"

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "lianyang" / "static"]
WHITENOISE_USE_FINDERS = not PRODUCTION
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": VAR_DIR / "private"}},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
if DEMO_OUTBOX:
    EMAIL_BACKEND = "lianyang.demo.outbox.OutboxBackend"
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="station@lianyang.invalid")

# Background work: the database queue by default, run by `lianyang worker`; `immediate` runs tasks in-process
# (tests); `rq` sends them to Redis when one machine is not enough.
TASK_BACKEND = env.str("TASK_BACKEND", default="database")
_TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
if TASK_BACKEND not in _TASK_BACKENDS:
    raise ImproperlyConfigured(f"TASK_BACKEND must be one of {', '.join(_TASK_BACKENDS)}")
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[TASK_BACKEND]}}

# Content Security Policy: everything from this deployment, nothing from outside (PIPL art. 36).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "style-src": ["'self'"],
        "script-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
    }
}

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="WARNING")},
}
CSRF_FAILURE_VIEW = "lianyang.core.errors.csrf_failure"

# --- Registration slips and the rules the worker keeps (registration/pdf.py, registration/tasks.py) ---
# The address the slip's QR code opens (`SITE_URL` + /verify/<token>): the deployment's public address, no
# trailing slash. Production must name it; a slip pointing at a developer's machine would verify nothing.
SITE_URL = env.str("SITE_URL", default="" if PRODUCTION else "http://127.0.0.1:8000").rstrip("/")
if PRODUCTION and not SITE_URL:
    raise ImproperlyConfigured("SITE_URL is required in production (the address the slips' QR codes open)")
# The passes `lianyang worker` enqueues by itself: (task's import path, every so many seconds). Named by path, so
# core's worker imports nothing of the domain apps.
PERIODIC_TASKS = [
    ("lianyang.registration.tasks.registration_duties_scan", 5 * 60),
    ("lianyang.registration.tasks.reminders_send", 15 * 60),
]
# How long a worker holds a pass without renewing it (core/passes.py): it renews after every chunk of residents, so
# a worker that died mid-pass hands the pass to the next one after this many seconds.
WORKER_LEASE_SECONDS = env.int("WORKER_LEASE_SECONDS", default=300)
# Residents per chunk of a pass: the lease is renewed, and the progress written, after each.
WORKER_CHUNK_RESIDENTS = env.int("WORKER_CHUNK_RESIDENTS", default=1000)
