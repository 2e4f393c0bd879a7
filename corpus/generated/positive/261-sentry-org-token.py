"""Settings for ml-scoring (prod)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = True

DATABASE_HOST = 'ml-scoring-db.svc.blackmesa.net'
METRICS_PORT = 9090
SENTRY_ORG_TOKEN = "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"
RATE_LIMIT_RPM = 300
API_BASE_URL = 'https://api.blackmesa.net/v2'
MAX_RETRIES = 2
SENTRY_ENVIRONMENT = 'prod'

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
