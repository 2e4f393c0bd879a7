"""Settings for support-bot (preprod)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = True

JWT_ISSUER = "https://auth.piedpiper.net/"
RATE_LIMIT_RPM = 300
REQUEST_TIMEOUT_MS = 10000
S3_BUCKET = 'piedpiper-support-bot-preprod'
DATABASE_HOST = "support-bot-db.int.piedpiper.net"
TIMEZONE = 'America/New_York'
AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
GRAFANA_TOKEN = os.environ.get("GRAFANA_TOKEN", "")
DATABASE_NAME = "support_bot"
AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
STRIPE_PUBLISHABLE_KEY = "pk_test_9BySNkfBx45YqytuAsBK2p7k"
FEATURE_NEW_BILLING = True
CONTENT_HASH = "50f690b2ab720667d112"
GITHUB_TOKEN = 'ref+vault://secret/ci#/github_token'

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
