import requests

from apprise import Apprise, NotifyType
from apprise.exception import AppriseImproperlyConfigured
from apprise.plugins.gupshup import NotifyGupshup

logging.disable(logging.CRITICAL)

# A realistic App Name, API Key and sandbox sending number
APP = "DemoAPI"
APIKEY = "abcdef0123456789abcdef0123456789"
SOURCE = "917834811114"

# An approved template ID
TEMPLATE = "c6aecef6-bcb0-4fb1-8100-28c094e3bc6b"

# The start of every URL below
BASE = f"gupshup://{APP}:{APIKEY}@{SOURCE}"

# A successful Gupshup response
OK_RESPONSE = json.dumps(
