"""Settings, read from the environment (twelve-factor) and parsed strictly.

`LIANYANG_MODE` is `development` (the default: a newcomer runs with nothing set) or `production`, which refuses
to start without its secrets or with the demo's TOTP switch on. Every secret can also be given as a file through
`NAME_FILE` (Docker and systemd credentials).
"""

import json
import os
import re
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
    fresh = {
        "SECRET_KEY": lambda: secrets.token_urlsafe(50),
        "FIELD_ENCRYPTION_KEYS": lambda: Fernet.generate_key().decode(),
        "BLIND_INDEX_KEY": lambda: secrets.token_urlsafe(32),
        "AUDIT_KEYS": lambda: secrets.token_urlsafe(32),
    }
    values = json.loads(path.read_text()) if path.exists() else {}
    if values.keys() >= fresh.keys():
        return values
    VAR_DIR.mkdir(exist_ok=True)
    # A machine set up before a secret existed gains it, and keeps the others (its encrypted rows stay readable).
    values = {name: values.get(name) or make() for name, make in fresh.items()}
    path.write_text(json.dumps(values))
    path.chmod(0o600)
    return values


def _required_secret(name: str, *, shortest: int = 0, several: bool = False) -> str:
    """A secret from the environment; production refuses one that is missing or guessable (shorter than
    `shortest`, fewer than five different characters, or Django's own insecure placeholder). With `several`, the
    value is a comma-separated list of keys and each one is held to that."""
    value = secret(name)
    if value:
        for key in value.split(",") if several else [value]:
            key = key.strip()
            if PRODUCTION and (len(key) < shortest or len(set(key)) < 5 or key.startswith("django-insecure-")):
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
# The audit log's MAC keys, comma-separated, newest first: the worker seals new events with the first; every
# event names its key, so keep an older key for as long as the events it sealed must verify (audit/chain.py).
AUDIT_KEYS = [k.strip() for k in _required_secret("AUDIT_KEYS", shortest=32, several=True).split(",") if k.strip()]
# Where the signed checkpoints of the audit chain go: outside the database, ideally another disk or machine.
AUDIT_CHECKPOINT_DIR = Path(env.str("AUDIT_CHECKPOINT_DIR", default=str(VAR_DIR / "audit-checkpoints")))

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

# How long the enrolment code a station head issues for a member of staff's first authenticator app works.
ENROLMENT_CODE_HOURS = env.int("ENROLMENT_CODE_HOURS", default=72)
if ENROLMENT_CODE_HOURS < 1:
    raise ImproperlyConfigured("ENROLMENT_CODE_HOURS must be at least 1")

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
    "parler",
    "lianyang.core",
    "lianyang.audit",
    "lianyang.accounts",
    "lianyang.community",
    "lianyang.people",
    "lianyang.notify",
    "lianyang.registration",
    "lianyang.casework",
    "lianyang.activities",
    "lianyang.publishing",
    "lianyang.civic",
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
    "django_ratelimit.middleware.RatelimitMiddleware",
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
    # Parameters bound by the server, and a query run five times on a connection prepared there (psycopg's
    # prepare_threshold): PostgreSQL then plans it once per connection, not on every request; a page's joins
    # took it longer to plan than to run (decision 0014). Off behind a transaction-mode pooler.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        server_side_binding=True, prepare_threshold=5 if env_bool("DATABASE_PREPARED_STATEMENTS", True) else None
    )
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

# How often one sender (its address, as client_ip reads it) or one e-mail address may ask for login codes, guess
# them, open portal accounts and check slips (lianyang/accounts/throttle.py). "count/period", the period s, m, h
# or d, optionally multiplied: 10/10m is ten in ten minutes. Counted in CACHES under hashed keys; with several
# server processes the counts are shared only through Redis (CACHE_URL), each process counts apart otherwise.
_RATE = re.compile(r"[1-9]\d*/(?:[1-9]\d*)?[smhd]")


def env_rate(name: str, default: str) -> str:
    """A rate such as 5/h or 10/10m; anything else stops start-up with a message."""
    rate = env.str(name, default=default).strip()
    if not _RATE.fullmatch(rate):
        raise ImproperlyConfigured(f"{name} must be a rate such as 5/h or 10/10m, not {rate!r}")
    return rate


THROTTLE_RATES = {
    "code_emails_per_address": env_rate("RATE_CODE_EMAILS_PER_ADDRESS", "5/h"),
    "code_emails_per_client": env_rate("RATE_CODE_EMAILS_PER_CLIENT", "20/h"),
    "code_guesses_per_address": env_rate("RATE_CODE_GUESSES_PER_ADDRESS", "10/10m"),
    "code_guesses_per_client": env_rate("RATE_CODE_GUESSES_PER_CLIENT", "30/10m"),
    "accounts_per_client": env_rate("RATE_ACCOUNTS_PER_CLIENT", "10/h"),
    "slip_checks_per_client": env_rate("RATE_SLIP_CHECKS_PER_CLIENT", "30/m"),
}
RATELIMIT_IP_META_KEY = "lianyang.core.clients.client_ip"
RATELIMIT_VIEW = "lianyang.core.errors.too_many_requests"

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
# Content written by staff (activities, notices…) is translated in django-parler's rows; a reader without their
# language gets English, else Chinese, and the page says so.
PARLER_LANGUAGES = {
    None: tuple({"code": code} for code, _name in LANGUAGES),
    "default": {"fallbacks": ["en", "zh-hans"], "hide_untranslated": False},
}
PARLER_DEFAULT_LANGUAGE_CODE = "en"
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
# Residents' papers, never served by the web server itself; the worker's retention pass deletes the files here
# that no record names, so one folder belongs to one database.
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(VAR_DIR / "private")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": MEDIA_ROOT}},
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
    # What the retention pass deleted, by count, is kept in the log whatever LOG_LEVEL says (PIPL art. 19).
    "loggers": {"lianyang.registration.retention": {"level": "INFO"}},
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
    ("lianyang.registration.tasks.uploads_forget", 60 * 60),
    ("lianyang.audit.tasks.audit_checkpoint_write", 60 * 60),
    ("lianyang.notify.tasks.notifications_resume", 5 * 60),
    ("lianyang.activities.events.tasks.activity_offers_expire", 5 * 60),
    ("lianyang.activities.events.tasks.activity_reminders_send", 15 * 60),
    ("lianyang.activities.events.tasks.activity_no_shows_mark", 15 * 60),
    # Last week's newsletter digest: sent by the first pass after Monday 00:00, once per resident and week.
    ("lianyang.publishing.tasks.newsletter_digests_send", 24 * 60 * 60),
]
# A notification still undelivered this long after it was made lost its task with a dead worker (notify/tasks.py).
NOTIFY_RESUME_AFTER_SECONDS = env.int("NOTIFY_RESUME_AFTER_SECONDS", default=10 * 60)
# Light steps the worker calls itself on every turn (about once a second), without a task row each time: the
# audit log is sealed a moment after a request appended to it (audit/chain.py).
WORKER_EACH_TURN = ["lianyang.audit.chain.audit_seal"]

# --- Residents' papers (registration/uploads.py, registration/retention.py) ---
# What one account may send in a rolling day, in bytes: ten phone photos or scans of up to 10 MB each.
UPLOAD_QUOTA_BYTES = env.int("UPLOAD_QUOTA_BYTES", default=100 * 1024 * 1024)
# The largest picture taken, in pixels (read from its header before decoding): a phone photo is 12–50 million.
UPLOAD_MAX_PIXELS = env.int("UPLOAD_MAX_PIXELS", default=40_000_000)
# The most pages a PDF may have: a passport, a visa or a lease needs a few.
UPLOAD_MAX_PDF_PAGES = env.int("UPLOAD_MAX_PDF_PAGES", default=20)
# Days a paper of a registration never sent is kept before the worker deletes it (PIPL art. 19).
UPLOAD_RETENTION_DAYS = env.int("UPLOAD_RETENTION_DAYS", default=30)
for _limit in ("UPLOAD_QUOTA_BYTES", "UPLOAD_MAX_PIXELS", "UPLOAD_MAX_PDF_PAGES", "UPLOAD_RETENTION_DAYS"):
    if vars()[_limit] < 1:
        raise ImproperlyConfigured(f"{_limit} must be a whole number above 0")

# How long a worker holds a pass without renewing it (core/passes.py): it renews after every chunk of residents, so
# a worker that died mid-pass hands the pass to the next one after this many seconds.
WORKER_LEASE_SECONDS = env.int("WORKER_LEASE_SECONDS", default=300)
# Residents per chunk of a pass: the lease is renewed, and the progress written, after each.
WORKER_CHUNK_RESIDENTS = env.int("WORKER_CHUNK_RESIDENTS", default=1000)

# --- The WeChat Official Account (publishing/wechat/) ---
# `outbox` keeps every payload for staff to copy into WeChat; `http` sends it to WeChat's API as the account whose
# AppID and secret (WECHAT_APP_SECRET or WECHAT_APP_SECRET_FILE) are given here.
WECHAT_TRANSPORT = env.str("WECHAT_TRANSPORT", default="outbox")
if WECHAT_TRANSPORT not in {"outbox", "http"}:
    raise ImproperlyConfigured("WECHAT_TRANSPORT must be outbox or http")
WECHAT_APP_ID = env.str("WECHAT_APP_ID", default="")
WECHAT_APP_SECRET = secret("WECHAT_APP_SECRET") or ""
WECHAT_API_BASE = env.str("WECHAT_API_BASE", default="https://api.weixin.qq.com").rstrip("/")
if not WECHAT_API_BASE.startswith(("https://", "http://")):
    raise ImproperlyConfigured("WECHAT_API_BASE must be an http(s) address")
if WECHAT_TRANSPORT == "http" and not (WECHAT_APP_ID and WECHAT_APP_SECRET):
    raise ImproperlyConfigured("WECHAT_TRANSPORT=http needs WECHAT_APP_ID and WECHAT_APP_SECRET (or _FILE)")
