from apprise import Apprise, AppriseAttachment, NotifyType
from apprise.exception import AppriseImproperlyConfigured
from apprise.plugins.bale import NotifyBale

logging.disable(logging.CRITICAL)

# Attachment Directory
TEST_VAR_DIR = os.path.join(os.path.dirname(__file__), "var")

# A Bot Token in the form @botfather hands out
TOKEN = "123456789:abcdefghijKLMNOPqrst"

# Our Chat IDs
CHAT_ID = "987654321"
GROUP_CHAT_ID = "-987654321"

# Apprise URL Tests
apprise_url_tests = (
    (
        "bale://",
        {
