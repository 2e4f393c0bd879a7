"""Settings for webhook-gateway (preprod)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False

PORT = 9000
SENTRY_ENVIRONMENT = "preprod"
S3_BUCKET = 'tyrell-webhook-gateway-preprod'
SERVICE_VERSION = '1.8.5'
DATABASE_POOL_SIZE = 5
API_BASE_URL = "https://api.tyrell.co/v1"
QUEUE_NAME = 'webhook-gateway-jobs'
HUGGING_FACE_HUB_TOKEN = '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'
PAGINATION_DEFAULT_LIMIT = 50
DATABASE_NAME = 'webhook_gateway'

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
