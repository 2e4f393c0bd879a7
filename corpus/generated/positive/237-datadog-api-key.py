"""Settings for geo-lookup (preprod)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False

SENTRY_ENVIRONMENT = "preprod"
API_BASE_URL = 'https://api.initech.app/v3'
TLS_ENABLED = True
PAGINATION_DEFAULT_LIMIT = 50
DD_API_KEY = "b0d03d269c19b97f7104033e28f7937a"

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}


def database_url() -> str:
    return os.environ.get("DATABASE_URL", "sqlite:///" + str(BASE_DIR / "db.sqlite3"))
