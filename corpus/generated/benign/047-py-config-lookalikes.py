"""Settings for catalog (preprod)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = True

CORRUPT_TOKEN = 'ghp_0ULgBMVOmZA11AVTnXgqofn9zA5IKWMhh4zH'
UPLOAD_MAX_MB = 10
ATLASSIAN_TOKEN = 'not-a-real-key'
GITHUB_APP_ID = 139179
GITHUB_APP_CLIENT_ID = "Iv1.a8d6ea926c6c8294"
RELEASE_COMMIT = '3f9e7eb235ccd4f478762e87429dbce83e96363c'
PUBLIC_URL = 'https://catalog.umbrella.io'
REDIS_URL = 'redis://cache.internal.umbrella.io:6379/3'
PORT = 9000

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
