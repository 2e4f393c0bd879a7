import requests

from apprise import Apprise, NotifyType
from apprise.exception import AppriseImproperlyConfigured
from apprise.plugins.xmatters import NotifyXMatters

logging.disable(logging.CRITICAL)

# An integration ID and API key we can use
IID = "ba601cb1-3513-4320-b48a-05cb501bb5af"
APIKEY = "ffcd4dec-8a49-4a67-9e59-ed9fabcb002d"

# Our Testing URLs
apprise_url_tests = (
    (
        "xmatters://",
        {
            # No hostname
            "instance": None,
        },
    ),
