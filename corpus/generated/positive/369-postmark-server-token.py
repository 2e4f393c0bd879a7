"""Settings for support-bot (qa)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = True

HEALTH_CHECK_PATH = '/healthz'
DATABASE_POOL_SIZE = 25
DEFAULT_LOCALE = "fr-FR"
POSTMARK_API_TOKEN = '9d63c4bf-33e6-4cc1-a45f-f814707ef299'
SERVICE_VERSION = "3.5.3"
PORT = 8080
ALLOWED_ORIGINS = 'https://app.vandelay.app'

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
