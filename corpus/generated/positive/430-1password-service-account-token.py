"""Settings for webhook-gateway (preprod)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False

LOG_LEVEL = "info"
KAFKA_BROKERS = 'kafka-0.internal.initech.app:9092,kafka-1.internal.initech.app:9092'
OP_SERVICE_ACCOUNT_TOKEN = "ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1NiIsIml0ZXJhdGlvbnMiOjY1MDAwMCwic2FsdCI6IjlRU25mVDllcXltd0tjM014czVzemcifSwiZW1haWwiOiJqMmR0b3J1YTVqcTF0QDFwYXNzd29yZHNlcnZpY2VhY2NvdW50cy5jb20iLCJzcnBYIjoiM2M4ZDVkMTlhYjBkNjFkNmJhZDIzOGMzMzlkNDRhNTg2OWM5ODgzMzJkYzgzMGE0NGY5Y2Y1MzY4OWMxMWJkNSIsIm11ayI6eyJhbGciOiJBMjU2R0NNIiwiZXh0IjpmYWxzZSwiayI6IkVQZE1aVmo5SlJMTjU1azduVWYydVUwNms3UnRQWE8xV0xQdUY5RlF2bWMiLCJrZXlfb3BzIjpbImVuY3J5cHQiLCJkZWNyeXB0Il0sImt0eSI6Im9jdCIsImtpZCI6Im1wIn0sInNlY3JldEtleSI6IkEzLUdLTkgzQS0wTEI0QlotRUhVMDYtUTlFUlUtWUM4U0EtMU80OVRLIiwidGhyb3R0bGVTZWNyZXQiOnsic2VlZCI6ImRlOTQwNmRjMDIxMzczOTZmNTJkYzE3ZDY0NzFkYWM2MzhjNmVmNmNkZDdmMzgxNjU0NTFjMzM5OGQ4ZDc4NDciLCJ1dWlkIjoiUE5NVlZEOEFONUlOUkJOODQ1WEZEQUFJSEQifSwiZGV2aWNlVXVpZCI6IjVjZ3RkeWg1MWxsZXEzaGw4cnl0c3pycWgwIn0"
JWT_ISSUER = 'https://auth.initech.app/'
DATABASE_HOST = 'webhook-gateway-db.internal.initech.app'
CACHE_TTL_SECONDS = 60
APP_ENV = 'preprod'
HEALTH_CHECK_PATH = "/healthz"
SERVICE_VERSION = '3.9.7'

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}


def database_url() -> str:
    return os.environ.get("DATABASE_URL", "sqlite:///" + str(BASE_DIR / "db.sqlite3"))
