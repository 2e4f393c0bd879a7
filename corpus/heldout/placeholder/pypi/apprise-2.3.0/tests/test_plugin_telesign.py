import requests

from apprise import Apprise
from apprise.exception import AppriseImproperlyConfigured
from apprise.plugins.telesign import NotifyTelesign

logging.disable(logging.CRITICAL)

# A realistic Customer ID and API Key; the key holds a slash and plus
CUSTOMER_ID = "FFFFFFFF-EEEE-DDDD-1234-AB1234567890"
APIKEY = "EXAMPLE/abcdefghijklmnopqrstuvwxyz+0123456789=="

# The same API Key, written so it fits in a URL
