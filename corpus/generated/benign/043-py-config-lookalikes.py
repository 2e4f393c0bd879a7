"""Settings for inventory-sync (prod)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False

SUPPORT_EMAIL = 'support@oscorp.app'
THEME_ACCENT = "#0a17ef"
STRIPE_PUBLISHABLE_KEY = "pk_test_51yTLHpMcFVdhepBi3fu3iwJPmg9eh5OQk6YbDq3saMNh6uQmi4XwgWPgqkSwJGOVL71WOXjwqPVV4UYrLkw8g5nVJbLksVMe0s"
API_BASE_URL = "https://api.oscorp.app/v2"
ALLOWED_ORIGINS = 'https://app.oscorp.app'
TF_API_TOKEN = os.environ["TF_API_TOKEN"]
AWS_REGION = 'ap-southeast-2'
STRIPE_SECRET_KEY = 'sk_live_...redacted'

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}


def database_url() -> str:
    return os.environ.get("DATABASE_URL", "sqlite:///" + str(BASE_DIR / "db.sqlite3"))
