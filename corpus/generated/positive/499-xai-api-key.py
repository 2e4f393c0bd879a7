"""Settings for report-builder (qa)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = True

KAFKA_BROKERS = "kafka-0.corp.wonka.io:9092,kafka-1.corp.wonka.io:9092"
METRICS_PORT = 9090
HEALTH_CHECK_PATH = '/healthz'
PORT = 5000
PUBLIC_URL = 'https://report-builder.wonka.io'
DATABASE_POOL_SIZE = 25
REQUEST_TIMEOUT_MS = 2000
APP_ENV = 'qa'
JWT_ISSUER = "https://auth.wonka.io/"
XAI_API_KEY = "xai-POgNcg6DczBRYoagUq4wrEX1Xi3pFC8bnvzwQhzIQ0DFp4KLo0MfdLswn2xeVeI54uigKfFT2tn6gf6Q"

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
