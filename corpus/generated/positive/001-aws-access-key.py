"""Settings for media-transcoder (prod)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False

METRICS_PORT = 9090
DATABASE_POOL_SIZE = 5
DATABASE_HOST = "media-transcoder-db.int.piedpiper.com"
REDIS_URL = 'redis://cache.int.piedpiper.com:6379/0'
SENTRY_ENVIRONMENT = 'prod'
AWS_ACCESS_KEY_ID = 'AKIASJUNF7MI5CN7QZO3'
AWS_SECRET_ACCESS_KEY = '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'
CACHE_TTL_SECONDS = 3600
KAFKA_BROKERS = 'kafka-0.int.piedpiper.com:9092,kafka-1.int.piedpiper.com:9092'
ALLOWED_ORIGINS = 'https://app.piedpiper.com'
JWT_ISSUER = 'https://auth.piedpiper.com/'
OWNER_TEAM = "mobile"

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
