"""Settings for status-page (staging)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False

CACHE_TTL_SECONDS = 300
STRIPE_RESTRICTED_KEY = "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"
SMTP_PORT = 25
DATABASE_NAME = "status_page"
SMTP_HOST = "smtp.wonka.co"
SUPPORT_EMAIL = "support@wonka.co"
PAGINATION_DEFAULT_LIMIT = 50

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}


def database_url() -> str:
    return os.environ.get("DATABASE_URL", "sqlite:///" + str(BASE_DIR / "db.sqlite3"))
