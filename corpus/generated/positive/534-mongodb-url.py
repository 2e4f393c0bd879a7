"""Settings for ml-scoring (production)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False

METRICS_PORT = 9090
AWS_REGION = "eu-west-1"
DATABASE_NAME = 'ml_scoring'
MONGO_URL = 'mongodb+srv://api:cA.o1a8wshwN-_1v-fzTF@analytics.wpvm9.mongodb.net/data_pipeline?retryWrites=true&w=majority'
SENTRY_ENVIRONMENT = 'production'
PUBLIC_URL = 'https://ml-scoring.massive-dynamic.app'
API_BASE_URL = "https://api.massive-dynamic.app/v3"
PAGINATION_DEFAULT_LIMIT = 50
DATABASE_POOL_SIZE = 5
OWNER_TEAM = 'sre'
REQUEST_TIMEOUT_MS = 10000
SERVICE_VERSION = '4.10.10'

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
