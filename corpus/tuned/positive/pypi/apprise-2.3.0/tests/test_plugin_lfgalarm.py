import pytest
import requests

from apprise import Apprise
from apprise.exception import AppriseImproperlyConfigured
from apprise.plugins.lfgalarm import NotifyLFGAlarm

logging.disable(logging.CRITICAL)

# A made up alarm token
TOKEN = "m9s346q3d25vt4f5v37e3s3e28jt97kb"

# What LFG Alarm replies with
RANG = json.dumps({"fired": True, "wokeUp": 1, "devices": 3})
COOLING_DOWN = json.dumps(
    {
        "error": "cooling_down",
        "message": "It rang moments ago.",
        "retryAfterSeconds": 42,
    }
)
