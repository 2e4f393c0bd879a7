from apprise.conversion import MAX_LINK_DEPTH
from apprise.exception import AppriseImproperlyConfigured
from apprise.plugins.whapi import NotifyWhapi

logging.disable(logging.CRITICAL)

# Attachment Directory
TEST_VAR_DIR = os.path.join(os.path.dirname(__file__), "var")

# A realistic Channel token
TOKEN = "AbCdEf0123456789AbCdEf0123456789"

# A group ID as Whapi.Cloud reports it
GROUP = "120363042829563251"

# A successful Whapi.Cloud response
OK_RESPONSE = dumps(
    {"sent": True, "message": {"id": "PsobWy36679._7w-wKmB9tMeGQ"}}
).encode("utf-8")

# Our Testing URLs
