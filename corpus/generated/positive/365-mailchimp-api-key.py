"""Settings for user-profile (qa)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False

JWT_ISSUER = "https://auth.soylent.com/"
MAX_RETRIES = 5
MAILCHIMP_API_KEY = '61144954c50840773ed70238c6a7532e-us16'
ALLOWED_ORIGINS = 'https://app.soylent.com'
REQUEST_TIMEOUT_MS = 2000
QUEUE_NAME = 'user-profile-jobs'

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}


def database_url() -> str:
    return os.environ.get("DATABASE_URL", "sqlite:///" + str(BASE_DIR / "db.sqlite3"))
