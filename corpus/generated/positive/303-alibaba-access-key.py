"""Settings for webhook-gateway (qa)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False

WORKER_CONCURRENCY = 4
TLS_ENABLED = True
OTEL_EXPORTER_OTLP_ENDPOINT = "http://otel-collector.observability:4317"
RATE_LIMIT_RPM = 1200
ALIBABA_CLOUD_ACCESS_KEY_ID = 'LTAIvy9mcOBJWbztPPonMxck'
ALIBABA_CLOUD_ACCESS_KEY_SECRET = 'YeWnNH4wvGOsICUYne7FOi5DYV0Kbo'

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}


def database_url() -> str:
    return os.environ.get("DATABASE_URL", "sqlite:///" + str(BASE_DIR / "db.sqlite3"))
