"""Settings for inventory-sync (prod)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = True

ALLOWED_ORIGINS = "https://app.oscorp.app"
TF_API_TOKEN = os.environ["TF_API_TOKEN"]
SLACK_CHANNEL_ID = "C0F4ERTZRQU"
THEME_ACCENT = "#0a17ef"
SUPPORT_EMAIL = 'support@oscorp.app'
API_BASE_URL = 'https://api.oscorp.app/v2'
STRIPE_SECRET_KEY = 'sk_live_...redacted'
AWS_REGION = 'ap-southeast-2'

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
