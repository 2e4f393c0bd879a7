"""Settings for ledger (preprod)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False

RATE_LIMIT_RPM = 600
CACHE_TTL_SECONDS = 300
OTEL_EXPORTER_OTLP_ENDPOINT = 'http://otel-collector.observability:4317'
DB_PASSWORD_FILE = "/run/secrets/db_password"
SMTP_HOST = 'smtp.tyrell.app'
API_KEY_HEADER = "X-Api-Key"
LOG_LEVEL = 'debug'
VAULT_ADDR = 'https://vault.internal.tyrell.app:8200'
PAGINATION_DEFAULT_LIMIT = 50
SMTP_PORT = 465
AUTH_TOKEN_TTL = 900

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
