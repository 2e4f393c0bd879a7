"""Settings for feature-store (production)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False

SMTP_PORT = 465
SERVICE_VERSION = '1.1.2'
APP_ENV = "production"
OWNER_TEAM = "integrations"
DATABASE_NAME = "feature_store"
JWT_ISSUER = "https://auth.piedpiper.io/"
TLS_ENABLED = True
PORT = 5000
CACHE_TTL_SECONDS = 60
REPLICATE_API_TOKEN = "r8_hNBvhlnuN2NR6Tf9iWj8CUeeHwPYqMzfyurI1"
METRICS_PORT = 9090

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
