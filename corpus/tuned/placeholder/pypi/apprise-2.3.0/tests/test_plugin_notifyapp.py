import requests

import apprise
from apprise import NotifyType
from apprise.exception import AppriseImproperlyConfigured
from apprise.plugins.notifyapp import NotifyNotifyApp

logging.disable(logging.CRITICAL)

# A device token as the Notify! app hands it out
TOKEN = "aB3dE5fG7hJ9kL2"

# Our Testing URLs
apprise_url_tests = (
    (
        "notifyapp://",
        {
            # No Device ID specified
            "instance": AppriseImproperlyConfigured,
        },
    ),
