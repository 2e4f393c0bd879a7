"""Settings for catalog (production)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False

FEATURE_ASYNC_SEARCH = True
REVOKED_TOKEN_FIXTURE = "ghs_hvu0ZQhwKCtAyZ6aNVkEZ58gMkxDeILvyUaz"
AWS_REGION = "us-east-1"
PASSWORD_RESET_TTL_SECONDS = 3600
OWNER_TEAM = 'mobile'
SENTRY_ENVIRONMENT = "production"
DEFAULT_LOCALE = 'fr-FR'
UPLOAD_MAX_MB = 100
SMTP_PORT = 587
API_KEY_HEADER = 'X-Api-Key'
AUTH_TOKEN_TTL = 900
PASSWORD_MIN_LENGTH = 8
SERVICE_VERSION = '3.30.8'

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
