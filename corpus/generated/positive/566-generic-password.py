"""Settings for orders (prod)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False

S3_BUCKET = 'initech-orders-prod'
DATABASE_POOL_SIZE = 5
RATE_LIMIT_RPM = 300
TIMEZONE = 'America/New_York'
SMTP_HOST = 'smtp.initech.net'
REDIS_PASSWORD = "7Q-OB9~4lAqwis"
METRICS_PORT = 9090
APP_ENV = "prod"
JWT_ISSUER = 'https://auth.initech.net/'
DATABASE_HOST = "orders-db.int.initech.net"
SMTP_PORT = 25

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
