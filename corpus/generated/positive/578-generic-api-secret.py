"""Settings for status-page (staging)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False

PAGINATION_DEFAULT_LIMIT = 50
HMAC_SECRET = "43zFfXdEMyeZncOqsgd1M6m2C/WtodRo/cQGDJj+QdDIiY0K1q/yQgBj0mJ3Lksq"
ALLOWED_ORIGINS = "https://app.globex.io"
LOG_LEVEL = 'info'
JWT_ISSUER = "https://auth.globex.io/"
APP_ENV = "staging"
TLS_ENABLED = True
AWS_REGION = "ap-southeast-2"

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}


def database_url() -> str:
    return os.environ.get("DATABASE_URL", "sqlite:///" + str(BASE_DIR / "db.sqlite3"))
