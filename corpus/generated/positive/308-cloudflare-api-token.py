"""Settings for data-pipeline (preprod)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False

TRACING_SAMPLE_RATE = '0.1'
LOG_LEVEL = "error"
APP_ENV = 'preprod'
PORT = 3000
TLS_ENABLED = True
TIMEZONE = "Europe/Berlin"
FEATURE_ASYNC_EXPORTS = False
WORKER_CONCURRENCY = 16
CLOUDFLARE_API_TOKEN = 'IlRyKyop_Duae1yoMmUTwAtI5SCfuI9gn2T8FbAP'
ALLOWED_ORIGINS = "https://app.cyberdyne.cloud"
RATE_LIMIT_RPM = 1200

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}


def database_url() -> str:
    return os.environ.get("DATABASE_URL", "sqlite:///" + str(BASE_DIR / "db.sqlite3"))
