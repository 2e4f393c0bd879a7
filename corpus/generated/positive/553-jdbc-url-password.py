"""Settings for catalog (preprod)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = True

SPRING_DATASOURCE_URL = "jdbc:mysql://db.initech.internal:3306/orders?user=deploy&password=VqGnaOqI-PmBXj9U89uLvhs&useSSL=true"
DATABASE_HOST = "catalog-db.corp.vandelay.app"
S3_BUCKET = "vandelay-catalog-preprod"
SMTP_PORT = 25
RATE_LIMIT_RPM = 600
JWT_ISSUER = 'https://auth.vandelay.app/'
OTEL_EXPORTER_OTLP_ENDPOINT = 'http://otel-collector.observability:4317'
UPLOAD_MAX_MB = 10

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
