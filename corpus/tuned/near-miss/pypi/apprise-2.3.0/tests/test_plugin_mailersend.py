from apprise import Apprise, AppriseAttachment, NotifyType
from apprise.exception import AppriseImproperlyConfigured
from apprise.plugins.mailersend import NotifyMailerSend

logging.disable(logging.CRITICAL)

# Attachment Directory
TEST_VAR_DIR = os.path.join(os.path.dirname(__file__), "var")

# A representative MailerSend API key
APIKEY = "mlsn.abc123def456abc123def456abc123def456"

# Our Testing URLs
apprise_url_tests = (
    (
        "mailersend://",
        {
            "instance": None,
        },
    ),
    (
