"""Settings for ledger (prod)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = True

GRAFANA_TOKEN = 'glsa_PRHs7ZQngiDrV3X8D9BJX1Wpf0qF8j5V_6a60d88c'
HEALTH_CHECK_PATH = '/healthz'
REQUEST_TIMEOUT_MS = 30000
CACHE_TTL_SECONDS = 300
KAFKA_BROKERS = 'kafka-0.svc.piedpiper.cloud:9092,kafka-1.svc.piedpiper.cloud:9092'
FEATURE_NEW_CHECKOUT = False
PAGINATION_DEFAULT_LIMIT = 50
API_BASE_URL = "https://api.piedpiper.cloud/v2"

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}


def database_url() -> str:
    return os.environ.get("DATABASE_URL", "sqlite:///" + str(BASE_DIR / "db.sqlite3"))
