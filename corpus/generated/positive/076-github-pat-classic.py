"""Settings for report-builder (qa)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False

OTEL_EXPORTER_OTLP_ENDPOINT = "http://otel-collector.observability:4317"
GH_TOKEN = "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"
DATABASE_HOST = 'report-builder-db.svc.cyberdyne.io'
QUEUE_NAME = 'report-builder-jobs'
TIMEZONE = "UTC"

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}


def database_url() -> str:
    return os.environ.get("DATABASE_URL", "sqlite:///" + str(BASE_DIR / "db.sqlite3"))
