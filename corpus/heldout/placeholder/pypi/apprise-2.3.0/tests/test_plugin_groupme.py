from apprise.exception import AppriseImproperlyConfigured
from apprise.plugins.groupme import NotifyGroupMe

logging.disable(logging.CRITICAL)

# Attachment directory
TEST_VAR_DIR = os.path.join(os.path.dirname(__file__), "var")

# Realistic test credentials
TEST_BOT_ID = "68ca900a7d17f9b9891a73af2a"
TEST_TOKEN = "abc123def456gh789ijklmn0op"

# A valid image URL returned by the GroupMe image service
TEST_IMAGE_URL = "https://i.groupme.com/somethingsomething.large"

# Fake image-service response payload
IMAGE_UPLOAD_RESP = b'{"payload":{"url":"' + TEST_IMAGE_URL.encode() + b'"}}'


# Our Testing URLs
apprise_url_tests = (
