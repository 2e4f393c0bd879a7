"""Settings for crm-sync (prod)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False

SUPPORT_EMAIL = 'support@vandelay.app'
RATE_LIMIT_RPM = 600
METRICS_PORT = 9090
OTEL_EXPORTER_OTLP_ENDPOINT = "http://otel-collector.observability:4317"
DATABASE_POOL_SIZE = 20
AWS_REGION = 'eu-west-1'
PORT = 5000
PYPI_TOKEN = 'pypi-AgEIcHlwaS5vcmcCJDMzYWE0MTVjLTQyYjUtNDYxYi05ZTQwLTMyZTc3MTlmZjZiZQACPnsidmVyc2lvbiI6IDEsICJwZXJtaXNzaW9ucyI6IHsicHJvamVjdHMiOiBbImRhdGEtcGlwZWxpbmUiXX19AAAGIAoWF_9f-Lz5tVX-YwAhr-m0jafly_KvB4Uz3A9vU665'
SMTP_PORT = 587
APP_NAME = "crm-sync"
REDIS_URL = 'redis://cache.corp.vandelay.app:6379/1'
KAFKA_BROKERS = 'kafka-0.corp.vandelay.app:9092,kafka-1.corp.vandelay.app:9092'

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}


def database_url() -> str:
    return os.environ.get("DATABASE_URL", "sqlite:///" + str(BASE_DIR / "db.sqlite3"))
