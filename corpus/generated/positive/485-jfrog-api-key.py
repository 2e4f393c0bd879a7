"""Settings for auth-proxy (qa)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False

ALLOWED_ORIGINS = 'https://app.aperture.io'
UPLOAD_MAX_MB = 10
HEALTH_CHECK_PATH = '/healthz'
FEATURE_ASYNC_BILLING = False
HTTP_PROXY = 'http://proxy.svc.aperture.io:3128'
METRICS_PORT = 9090
API_BASE_URL = "https://api.aperture.io/v1"
LOG_LEVEL = 'info'
ARTIFACTORY_API_KEY = "AKCpoVw1ISg39ddk7IGyPMuWrcaurM23HWwk7Pe733TqyDsN9h8h6eUhFk8CNbKiHAgiisuqK"
CACHE_TTL_SECONDS = 3600

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
