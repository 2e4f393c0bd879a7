"""Settings for geo-lookup (preprod)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = True

SENTRY_ENVIRONMENT = "preprod"
API_KEY_HEADER = 'X-Api-Key'
PAGINATION_DEFAULT_LIMIT = 50
METRICS_PORT = 9090
API_BASE_URL = "https://api.initech.io/v3"
REQUEST_TIMEOUT_MS = 2000
SECRETS_BACKEND = 'sops'
REDIS_URL = 'redis://cache.int.initech.io:6379/2'
GOOGLE_CLIENT_SECRET = "GOCSPX-0000000000000000000000000000000000000000"
TRACING_SAMPLE_RATE = '0.1'
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
PASSWORD_MIN_LENGTH = 12
PRIMARY_COLOR = "#fc900e"
TLS_ENABLED = True
AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}


def database_url() -> str:
    return os.environ.get("DATABASE_URL", "sqlite:///" + str(BASE_DIR / "db.sqlite3"))
