"""Settings for status-page (prod)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False

SMTP_PORT = 587
APP_ENV = 'prod'
DEFAULT_LOCALE = "fr-FR"
WORKER_CONCURRENCY = 8
HEALTH_CHECK_PATH = "/healthz"
BITBUCKET_APP_PASSWORD = 'ATBBkPThjDWqzCkVH9f1LOjIvykNxLLnA41C648C'
RATE_LIMIT_RPM = 600
FEATURE_BETA_EXPORTS = True
OWNER_TEAM = 'platform'
SENTRY_ENVIRONMENT = 'prod'
CACHE_TTL_SECONDS = 900
APP_NAME = 'status-page'

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}


def database_url() -> str:
    return os.environ.get("DATABASE_URL", "sqlite:///" + str(BASE_DIR / "db.sqlite3"))
