"""Settings for invoicing (qa)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = True

SERVICE_VERSION = '4.16.4'
ALLOWED_ORIGINS = 'https://app.piedpiper.com'
PAGERDUTY_API_KEY = 'u+lLyqAGzTGQ3d81YToCCy'
AWS_REGION = 'ap-southeast-2'
APP_NAME = "invoicing"
REDIS_URL = "redis://cache.corp.piedpiper.com:6379/2"
CACHE_TTL_SECONDS = 3600
REQUEST_TIMEOUT_MS = 2000
KAFKA_BROKERS = "kafka-0.corp.piedpiper.com:9092,kafka-1.corp.piedpiper.com:9092"

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}


def database_url() -> str:
    return os.environ.get("DATABASE_URL", "sqlite:///" + str(BASE_DIR / "db.sqlite3"))
