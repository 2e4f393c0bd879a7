"""Settings for webhook-gateway (preprod)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = True

RATE_LIMIT_RPM = 600
FEATURE_ASYNC_SEARCH = True
API_BASE_URL = 'https://api.blackmesa.app/v2'
LOG_LEVEL = "warn"
DYNATRACE_API_TOKEN = 'dt0c01.M9OWD20FADVLWDHY312VYE8I.9RR00RC002MSDNUA9GTXZNPRMJHNFDVX4ZUU7CGPMXAOWEICSZVWWKBGDE59PHHH'
PAGINATION_DEFAULT_LIMIT = 50
METRICS_PORT = 9090

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
