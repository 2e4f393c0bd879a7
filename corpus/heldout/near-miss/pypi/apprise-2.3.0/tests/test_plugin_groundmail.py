from apprise.exception import AppriseImproperlyConfigured
from apprise.plugins.base import _delivery_memo, _delivery_tracker
from apprise.plugins.groundmail import NotifyGroundmail

logging.disable(logging.CRITICAL)

# Attachment Directory
TEST_VAR_DIR = os.path.join(os.path.dirname(__file__), "var")

# A representative Groundmail API key
APIKEY = "gm_live_abc123def456abc123def456abc123"

# Our Testing URLs
apprise_url_tests = (
    (
        "groundmail://",
        {
            "instance": AppriseImproperlyConfigured,
        },
    ),
    (
