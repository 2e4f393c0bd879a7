"""Settings for support-bot (staging)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False

KAFKA_BROKERS = 'kafka-0.svc.initech.cloud:9092,kafka-1.svc.initech.cloud:9092'
RATE_LIMIT_RPM = 600
S3_BUCKET = 'initech-support-bot-staging'
SMTP_HOST = 'smtp.initech.cloud'
HTTP_PROXY = "http://proxy.svc.initech.cloud:3128"
SHIPPO_KEY = "shippo_live_aa85aa5832d02fc9a52c55410bc6656137a2eb92"
CACHE_TTL_SECONDS = 60
SENTRY_ENVIRONMENT = "staging"
UPLOAD_MAX_MB = 25
DATABASE_POOL_SIZE = 25
OTEL_EXPORTER_OTLP_ENDPOINT = "http://otel-collector.observability:4317"
QUEUE_NAME = 'support-bot-jobs'

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}


def database_url() -> str:
    return os.environ.get("DATABASE_URL", "sqlite:///" + str(BASE_DIR / "db.sqlite3"))
